; bid_cap_1, every n and k: no coordinatewise violation
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
 (let ((?x542 (* (- 1.0) sum_n_15)))
 (let ((?x1828 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x338 (+ ?x1828 ?x542)))
 (let (($x901 (= 0.0 ?x338)))
 (let (($x516 (and (= 0.0 (+ (* ?x1828 p_i_t) (* (- 1.0) sum_n_12))) $x901)))
 (let (($x676 (and (not $x516) $x901)))
 (let ((?x1092 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x266 (+ ?x1092 ?x542)))
 (let (($x1753 (= 0.0 ?x266)))
 (let (($x476 (and (= 0.0 (+ (* ?x1092 p_i_t) (* (- 1.0) sum_n_12))) $x1753)))
 (let (($x504 (and (not $x476) $x1753)))
 (and (not (or $x504 $x476)) (not (or $x676 $x516)))))))))))))))
(assert
 (let ((?x542 (* (- 1.0) sum_n_15)))
(let ((?x1828 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x338 (+ ?x1828 ?x542)))
(let ((?x1587 (* (- 1.0) sum_n_12)))
(let ((?x494 (+ (* ?x1828 p_i_t) ?x1587)))
(let ((?x691 (/ ?x494 ?x338)))
(let ((?x1092 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x266 (+ ?x1092 ?x542)))
(let ((?x1628 (+ (* ?x1092 p_i_t) ?x1587)))
(let ((?x1491 (/ ?x1628 ?x266)))
(or (and (< ?x691 ?x1491) (< ?x691 p_i_t)) (and (< ?x1491 ?x691) (< p_i_t ?x691))))))))))))))
(check-sat)
