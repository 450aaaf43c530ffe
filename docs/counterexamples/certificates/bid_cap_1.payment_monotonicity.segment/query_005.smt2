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
 (let ((?x3474 (* (- 1.0) sum_n_15)))
 (let ((?x3530 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1781 (+ ?x3530 ?x3474)))
 (let (($x3264 (= 0.0 ?x1781)))
 (let (($x2342 (and (= 0.0 (+ (* ?x3530 p_i_t) (* (- 1.0) sum_n_12))) $x3264)))
 (let (($x1234 (and (not $x2342) $x3264)))
 (let ((?x2949 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x3517 (+ ?x2949 ?x3474)))
 (let (($x662 (= 0.0 ?x3517)))
 (let (($x2039 (and (= 0.0 (+ (* ?x2949 p_i_t) (* (- 1.0) sum_n_12))) $x662)))
 (let (($x2454 (and (not $x2039) $x662)))
 (and (not (or $x2454 $x2039)) (not (or $x1234 $x2342)))))))))))))))
(assert
 (let ((?x3474 (* (- 1.0) sum_n_15)))
(let ((?x3530 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1781 (+ ?x3530 ?x3474)))
(let ((?x1023 (* (- 1.0) sum_n_12)))
(let ((?x1796 (+ (* ?x3530 p_i_t) ?x1023)))
(let ((?x3508 (/ ?x1796 ?x1781)))
(let ((?x2949 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x3517 (+ ?x2949 ?x3474)))
(let ((?x781 (+ (* ?x2949 p_i_t) ?x1023)))
(let ((?x1591 (/ ?x781 ?x3517)))
(or (and (< ?x3508 ?x1591) (< ?x3508 p_i_t)) (and (< ?x1591 ?x3508) (< p_i_t ?x3508))))))))))))))
(check-sat)
