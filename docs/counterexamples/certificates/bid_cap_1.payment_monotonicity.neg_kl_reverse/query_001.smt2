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
 (let ((?x2096 (* (- 1.0) sum_n_15)))
 (let ((?x2454 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x3551 (+ ?x2454 ?x2096)))
 (let (($x1537 (= 0.0 ?x3551)))
 (let (($x1758 (and (= 0.0 (+ (* ?x2454 p_i_t) (* (- 1.0) sum_n_12))) $x1537)))
 (let (($x1795 (and (not $x1758) $x1537)))
 (let ((?x1271 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x4924 (+ ?x1271 ?x2096)))
 (let (($x450 (= 0.0 ?x4924)))
 (let (($x1205 (and (= 0.0 (+ (* ?x1271 p_i_t) (* (- 1.0) sum_n_12))) $x450)))
 (let (($x2907 (and (not $x1205) $x450)))
 (and (not (or $x2907 $x1205)) (not (or $x1795 $x1758)))))))))))))))
(assert
 (let ((?x2096 (* (- 1.0) sum_n_15)))
(let ((?x2454 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x3551 (+ ?x2454 ?x2096)))
(let ((?x1635 (* (- 1.0) sum_n_12)))
(let ((?x3370 (+ (* ?x2454 p_i_t) ?x1635)))
(let ((?x1442 (/ ?x3370 ?x3551)))
(let ((?x1271 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x4924 (+ ?x1271 ?x2096)))
(let ((?x866 (+ (* ?x1271 p_i_t) ?x1635)))
(let ((?x2036 (/ ?x866 ?x4924)))
(or (and (< ?x1442 ?x2036) (< ?x1442 p_i_t)) (and (< ?x2036 ?x1442) (< p_i_t ?x1442))))))))))))))
(check-sat)
