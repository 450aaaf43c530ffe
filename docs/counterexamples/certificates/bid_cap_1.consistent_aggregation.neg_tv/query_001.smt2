; bid_cap_1, every n and k: no segment violation
; expect: unsat
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun n () Real)
(declare-fun k () Real)
(declare-fun b_i () Real)
(declare-fun p_i_t () Real)
(declare-fun p_i_u () Real)
(declare-fun p_i_V () Real)
(declare-fun b_J () Real)
(declare-fun p_J_t () Real)
(declare-fun p_J_u () Real)
(declare-fun p_J_V () Real)
(declare-fun sum_k_10 () Real)
(declare-fun sum_k_11 () Real)
(declare-fun sum_n_12 () Real)
(declare-fun sum_n_13 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
(declare-fun x_raised () Real)
(assert
 (>= n 1.0))
(assert
 (>= k 2.0))
(assert
 (>= b_i 0.0))
(assert
 (>= p_i_t 0.0))
(assert
 (>= p_i_u 0.0))
(assert
 (>= p_i_V 0.0))
(assert
 (>= b_J 0.0))
(assert
 (>= p_J_t 0.0))
(assert
 (>= p_J_u 0.0))
(assert
 (>= p_J_V 0.0))
(assert
 (>= sum_k_10 0.0))
(assert
 (= (+ (+ p_i_t p_i_u) sum_k_10) 1.0))
(assert
 (>= sum_k_11 0.0))
(assert
 (= (+ (+ p_J_t p_J_u) sum_k_11) 1.0))
(assert
 (<= sum_n_12 0.0))
(assert
 (<= sum_n_13 0.0))
(assert
 (<= sum_n_14 0.0))
(assert
 (<= sum_n_15 0.0))
(assert
 (<= sum_n_15 sum_n_12))
(assert
 (<= sum_n_15 sum_n_13))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x760 (* (- 1.0) sum_n_15)))
 (let ((?x1419 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1763 (+ ?x1419 ?x760)))
 (let (($x1242 (= 0.0 ?x1763)))
 (let (($x1076 (and (= 0.0 (+ (* ?x1419 p_i_u) (* (- 1.0) sum_n_13))) $x1242)))
 (let (($x1896 (and (not $x1076) $x1242)))
 (let ((?x351 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1101 (+ ?x351 ?x760)))
 (let (($x1705 (= 0.0 ?x1101)))
 (let (($x1874 (and (= 0.0 (+ (* ?x351 p_i_u) (* (- 1.0) sum_n_13))) $x1705)))
 (let (($x1073 (and (not $x1874) $x1705)))
 (let (($x884 (and (= 0.0 (+ (* ?x1419 p_i_t) (* (- 1.0) sum_n_12))) $x1242)))
 (let (($x215 (and (not $x884) $x1242)))
 (let (($x1046 (and (= 0.0 (+ (* ?x351 p_i_t) (* (- 1.0) sum_n_12))) $x1705)))
 (let (($x504 (and (not $x1046) $x1705)))
 (and (not (or $x504 $x1046)) (not (or $x215 $x884)) (not (or $x1073 $x1874)) (not (or $x1896 $x1076)))))))))))))))))))
(assert
 (let ((?x760 (* (- 1.0) sum_n_15)))
(let ((?x351 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1101 (+ ?x351 ?x760)))
(let ((?x701 (* (- 1.0) sum_n_12)))
(let ((?x1688 (+ (* ?x351 p_i_t) ?x701)))
(let ((?x1904 (/ ?x1688 ?x1101)))
(let ((?x1419 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1763 (+ ?x1419 ?x760)))
(let ((?x1697 (+ (* ?x1419 p_i_t) ?x701)))
(let ((?x933 (/ ?x1697 ?x1763)))
(let ((?x1598 (- ?x933 ?x1904)))
(or (> 0.0 (* ?x1598 (- p_i_t ?x1904))) (< (* (- p_i_t ?x1904) (- p_i_t ?x1904)) (* ?x1598 ?x1598)))))))))))))))
(check-sat)
