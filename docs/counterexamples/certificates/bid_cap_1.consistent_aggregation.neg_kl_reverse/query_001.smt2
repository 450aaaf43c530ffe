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
 (let ((?x1150 (* (- 1.0) sum_n_15)))
 (let ((?x1510 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1089 (+ ?x1510 ?x1150)))
 (let (($x1240 (= 0.0 ?x1089)))
 (let (($x1681 (and (= 0.0 (+ (* ?x1510 p_i_u) (* (- 1.0) sum_n_13))) $x1240)))
 (let (($x718 (and (not $x1681) $x1240)))
 (let ((?x1444 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x656 (+ ?x1444 ?x1150)))
 (let (($x146 (= 0.0 ?x656)))
 (let (($x319 (and (= 0.0 (+ (* ?x1444 p_i_u) (* (- 1.0) sum_n_13))) $x146)))
 (let (($x63 (and (not $x319) $x146)))
 (let (($x1229 (and (= 0.0 (+ (* ?x1510 p_i_t) (* (- 1.0) sum_n_12))) $x1240)))
 (let (($x317 (and (not $x1229) $x1240)))
 (let (($x676 (and (= 0.0 (+ (* ?x1444 p_i_t) (* (- 1.0) sum_n_12))) $x146)))
 (let (($x616 (and (not $x676) $x146)))
 (and (not (or $x616 $x676)) (not (or $x317 $x1229)) (not (or $x63 $x319)) (not (or $x718 $x1681)))))))))))))))))))
(assert
 (let ((?x1150 (* (- 1.0) sum_n_15)))
(let ((?x1444 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x656 (+ ?x1444 ?x1150)))
(let ((?x911 (* (- 1.0) sum_n_12)))
(let ((?x1592 (+ (* ?x1444 p_i_t) ?x911)))
(let ((?x1506 (/ ?x1592 ?x656)))
(let ((?x1510 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1089 (+ ?x1510 ?x1150)))
(let ((?x1365 (+ (* ?x1510 p_i_t) ?x911)))
(let ((?x1326 (/ ?x1365 ?x1089)))
(let ((?x1806 (- ?x1326 ?x1506)))
(or (> 0.0 (* ?x1806 (- p_i_t ?x1506))) (< (* (- p_i_t ?x1506) (- p_i_t ?x1506)) (* ?x1806 ?x1806)))))))))))))))
(check-sat)
