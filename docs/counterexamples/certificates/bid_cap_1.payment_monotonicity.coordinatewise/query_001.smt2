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
 (let ((?x707 (* (- 1.0) sum_n_15)))
 (let ((?x2911 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1090 (+ ?x2911 ?x707)))
 (let (($x2259 (= 0.0 ?x1090)))
 (let (($x1804 (and (= 0.0 (+ (* ?x2911 p_i_t) (* (- 1.0) sum_n_12))) $x2259)))
 (let (($x1505 (and (not $x1804) $x2259)))
 (let ((?x2693 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x106 (+ ?x2693 ?x707)))
 (let (($x3414 (= 0.0 ?x106)))
 (let (($x1501 (and (= 0.0 (+ (* ?x2693 p_i_t) (* (- 1.0) sum_n_12))) $x3414)))
 (let (($x2538 (and (not $x1501) $x3414)))
 (and (not (or $x2538 $x1501)) (not (or $x1505 $x1804)))))))))))))))
(assert
 (let ((?x707 (* (- 1.0) sum_n_15)))
(let ((?x2911 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1090 (+ ?x2911 ?x707)))
(let ((?x3571 (* (- 1.0) sum_n_12)))
(let ((?x1368 (+ (* ?x2911 p_i_t) ?x3571)))
(let ((?x1591 (/ ?x1368 ?x1090)))
(let ((?x2693 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x106 (+ ?x2693 ?x707)))
(let ((?x722 (+ (* ?x2693 p_i_t) ?x3571)))
(let ((?x1593 (/ ?x722 ?x106)))
(or (and (< ?x1591 ?x1593) (< ?x1591 p_i_t)) (and (< ?x1593 ?x1591) (< p_i_t ?x1591))))))))))))))
(check-sat)
