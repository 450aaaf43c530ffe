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
 (let ((?x1223 (* (- 1.0) sum_n_15)))
 (let ((?x2770 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x6273 (+ ?x2770 ?x1223)))
 (let (($x5360 (= 0.0 ?x6273)))
 (let (($x8046 (and (= 0.0 (+ (* ?x2770 p_i_t) (* (- 1.0) sum_n_12))) $x5360)))
 (let (($x866 (and (not $x8046) $x5360)))
 (let ((?x6611 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x7330 (+ ?x6611 ?x1223)))
 (let (($x5975 (= 0.0 ?x7330)))
 (let (($x8338 (and (= 0.0 (+ (* ?x6611 p_i_t) (* (- 1.0) sum_n_12))) $x5975)))
 (let (($x6260 (and (not $x8338) $x5975)))
 (and (not (or $x6260 $x8338)) (not (or $x866 $x8046)))))))))))))))
(assert
 (let ((?x1223 (* (- 1.0) sum_n_15)))
(let ((?x2770 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x6273 (+ ?x2770 ?x1223)))
(let ((?x103 (* (- 1.0) sum_n_12)))
(let ((?x6159 (+ (* ?x2770 p_i_t) ?x103)))
(let ((?x7472 (/ ?x6159 ?x6273)))
(let ((?x6611 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x7330 (+ ?x6611 ?x1223)))
(let ((?x1663 (+ (* ?x6611 p_i_t) ?x103)))
(let ((?x3165 (/ ?x1663 ?x7330)))
(or (and (< ?x7472 ?x3165) (< ?x7472 p_i_t)) (and (< ?x3165 ?x7472) (< p_i_t ?x7472))))))))))))))
(check-sat)
