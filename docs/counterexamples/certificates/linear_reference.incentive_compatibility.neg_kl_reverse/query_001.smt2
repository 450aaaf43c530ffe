; linear_reference, every n and k: no segment violation
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
(declare-fun zero_is_negative!2320 () Bool)
(declare-fun zero_is_negative!2314 () Bool)
(declare-fun zero_is_negative!2319 () Bool)
(declare-fun zero_is_negative!2313 () Bool)
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
 (>= sum_n_12 0.0))
(assert
 (>= sum_n_13 0.0))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_15 sum_n_12))
(assert
 (>= sum_n_15 sum_n_13))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x439 (+ x_raised sum_n_15)))
 (let ((?x776 (+ ?x439 1.0)))
 (let (($x189 (= 0.0 ?x776)))
 (let ((?x169 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x42 (/ 1.0 ?x169)))
 (let ((?x731 (* 1.0 ?x42)))
 (let ((?x195 (+ (+ (* x_raised p_i_u) sum_n_13) ?x731)))
 (let (($x272 (and (not (= 0.0 ?x169)) (< 0.0 ?x42))))
 (let (($x417 (= 0.0 ?x169)))
 (let (($x130 (or (and $x417 (ite $x417 zero_is_negative!2320 (not (> 0.0 ?x169)))) $x272)))
 (let (($x104 (and $x417 (not $x130))))
 (let (($x529 (and $x417 $x130)))
 (let (($x221 (or $x529 $x104)))
 (let (($x242 (not $x221)))
 (let (($x592 (and (and $x242 (= 0.0 ?x195)) $x189)))
 (let (($x445 (and (not $x592) (or $x221 (and $x242 $x189)))))
 (let ((?x530 (+ b_i sum_n_15)))
 (let ((?x55 (+ ?x530 1.0)))
 (let (($x33 (= 0.0 ?x55)))
 (let (($x441 (or (and $x417 (ite $x417 zero_is_negative!2314 (not (> 0.0 ?x169)))) $x272)))
 (let (($x316 (and $x417 (not $x441))))
 (let (($x373 (and $x417 $x441)))
 (let (($x426 (or $x373 $x316)))
 (let (($x140 (not $x426)))
 (let (($x114 (and (and $x140 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x731))) $x33)))
 (let (($x459 (and (not $x114) (or $x426 (and $x140 $x33)))))
 (let (($x46 (or (and $x417 (ite $x417 zero_is_negative!2319 (not (> 0.0 ?x169)))) $x272)))
 (let (($x543 (and $x417 (not $x46))))
 (let (($x95 (and $x417 $x46)))
 (let (($x423 (or $x95 $x543)))
 (let (($x74 (not $x423)))
 (let (($x307 (and (and $x74 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x731))) $x189)))
 (let (($x192 (and (not $x307) (or $x423 (and $x74 $x189)))))
 (let (($x411 (or (and $x417 (ite $x417 zero_is_negative!2313 (not (> 0.0 ?x169)))) $x272)))
 (let (($x85 (and $x417 (not $x411))))
 (let (($x581 (and $x417 $x411)))
 (let (($x280 (or $x581 $x85)))
 (let (($x160 (not $x280)))
 (let (($x325 (and (and $x160 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x731))) $x33)))
 (let (($x185 (and (not $x325) (or $x280 (and $x160 $x33)))))
 (and (not (or $x185 $x325)) (not (or $x192 $x307)) (not (or $x459 $x114)) (not (or $x445 $x592))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x530 (+ b_i sum_n_15)))
(let ((?x55 (+ ?x530 1.0)))
(let ((?x169 (+ 2.0 (+ (- 2.0) k))))
(let ((?x42 (/ 1.0 ?x169)))
(let ((?x731 (* 1.0 ?x42)))
(let ((?x301 (+ (+ (* b_i p_i_t) sum_n_12) ?x731)))
(let ((?x299 (/ ?x301 ?x55)))
(let ((?x439 (+ x_raised sum_n_15)))
(let ((?x776 (+ ?x439 1.0)))
(let ((?x328 (+ (+ (* x_raised p_i_t) sum_n_12) ?x731)))
(let ((?x164 (/ ?x328 ?x776)))
(let ((?x233 (- ?x164 ?x299)))
(or (> 0.0 (* ?x233 (- p_i_t ?x299))) (< (* (- p_i_t ?x299) (- p_i_t ?x299)) (* ?x233 ?x233))))))))))))))))
(check-sat)
