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
 (let ((?x656 (* (- 1.0) sum_n_15)))
 (let ((?x1766 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1861 (+ ?x1766 ?x656)))
 (let (($x832 (= 0.0 ?x1861)))
 (let (($x1720 (and (= 0.0 (+ (* ?x1766 p_i_t) (* (- 1.0) sum_n_12))) $x832)))
 (let (($x409 (and (not $x1720) $x832)))
 (let ((?x676 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x875 (+ ?x676 ?x656)))
 (let (($x829 (= 0.0 ?x875)))
 (let (($x435 (and (= 0.0 (+ (* ?x676 p_i_t) (* (- 1.0) sum_n_12))) $x829)))
 (let (($x465 (and (not $x435) $x829)))
 (and (not (or $x465 $x435)) (not (or $x409 $x1720)))))))))))))))
(assert
 (let ((?x656 (* (- 1.0) sum_n_15)))
(let ((?x1766 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1861 (+ ?x1766 ?x656)))
(let ((?x261 (* (- 1.0) sum_n_12)))
(let ((?x1133 (+ (* ?x1766 p_i_t) ?x261)))
(let ((?x480 (/ ?x1133 ?x1861)))
(let ((?x676 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x875 (+ ?x676 ?x656)))
(let ((?x1510 (+ (* ?x676 p_i_t) ?x261)))
(let ((?x1558 (/ ?x1510 ?x875)))
(or (and (< ?x480 ?x1558) (< ?x480 p_i_t)) (and (< ?x1558 ?x480) (< p_i_t ?x480))))))))))))))
(check-sat)
