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
 (let ((?x1668 (* (- 1.0) sum_n_15)))
 (let ((?x1058 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1016 (+ ?x1058 ?x1668)))
 (let (($x832 (= 0.0 ?x1016)))
 (let (($x1150 (and (= 0.0 (+ (* ?x1058 p_i_u) (* (- 1.0) sum_n_13))) $x832)))
 (let (($x1681 (and (not $x1150) $x832)))
 (let ((?x456 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x103 (+ ?x456 ?x1668)))
 (let (($x327 (= 0.0 ?x103)))
 (let (($x1500 (and (= 0.0 (+ (* ?x456 p_i_u) (* (- 1.0) sum_n_13))) $x327)))
 (let (($x319 (and (not $x1500) $x327)))
 (let (($x1794 (and (= 0.0 (+ (* ?x1058 p_i_t) (* (- 1.0) sum_n_12))) $x832)))
 (let (($x576 (and (not $x1794) $x832)))
 (let (($x36 (and (= 0.0 (+ (* ?x456 p_i_t) (* (- 1.0) sum_n_12))) $x327)))
 (let (($x1141 (and (not $x36) $x327)))
 (and (not (or $x1141 $x36)) (not (or $x576 $x1794)) (not (or $x319 $x1500)) (not (or $x1681 $x1150)))))))))))))))))))
(assert
 (let ((?x1668 (* (- 1.0) sum_n_15)))
(let ((?x456 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x103 (+ ?x456 ?x1668)))
(let ((?x266 (* (- 1.0) sum_n_13)))
(let ((?x843 (+ (* ?x456 p_i_u) ?x266)))
(let ((?x1133 (/ ?x843 ?x103)))
(let ((?x1058 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1016 (+ ?x1058 ?x1668)))
(let ((?x1089 (+ (* ?x1058 p_i_u) ?x266)))
(let ((?x1664 (/ ?x1089 ?x1016)))
(let ((?x693 (- ?x1664 ?x1133)))
(or (> 0.0 (* ?x693 (- p_i_u ?x1133))) (< (* (- p_i_u ?x1133) (- p_i_u ?x1133)) (* ?x693 ?x693)))))))))))))))
(check-sat)
