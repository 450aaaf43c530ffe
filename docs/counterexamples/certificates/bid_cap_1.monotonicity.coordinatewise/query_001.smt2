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
 (let ((?x312 (* (- 1.0) sum_n_15)))
 (let ((?x1210 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x95 (+ ?x1210 ?x312)))
 (let (($x2591 (= 0.0 ?x95)))
 (let (($x264 (and (= 0.0 (+ (* ?x1210 p_i_t) (* (- 1.0) sum_n_12))) $x2591)))
 (let (($x2036 (and (not $x264) $x2591)))
 (let ((?x2737 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x2774 (+ ?x2737 ?x312)))
 (let (($x239 (= 0.0 ?x2774)))
 (let (($x2370 (and (= 0.0 (+ (* ?x2737 p_i_t) (* (- 1.0) sum_n_12))) $x239)))
 (let (($x2261 (and (not $x2370) $x239)))
 (and (not (or $x2261 $x2370)) (not (or $x2036 $x264)))))))))))))))
(assert
 (let ((?x312 (* (- 1.0) sum_n_15)))
(let ((?x1210 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x95 (+ ?x1210 ?x312)))
(let ((?x1327 (* (- 1.0) sum_n_12)))
(let ((?x2321 (+ (* ?x1210 p_i_t) ?x1327)))
(let ((?x1271 (/ ?x2321 ?x95)))
(let ((?x2737 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x2774 (+ ?x2737 ?x312)))
(let ((?x22 (+ (* ?x2737 p_i_t) ?x1327)))
(let ((?x1702 (/ ?x22 ?x2774)))
(or (and (< ?x1271 ?x1702) (< ?x1271 p_i_t)) (and (< ?x1702 ?x1271) (< p_i_t ?x1271))))))))))))))
(check-sat)
