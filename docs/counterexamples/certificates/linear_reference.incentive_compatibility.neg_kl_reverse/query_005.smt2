; linear_reference, every n and k: q(t) >= 0 wherever q(t) is finite
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
(declare-fun zero_is_negative!2245 () Bool)
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
 (let ((?x426 (+ b_i sum_n_15)))
 (let ((?x73 (+ ?x426 1.0)))
 (let (($x530 (= 0.0 ?x73)))
 (let ((?x72 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x681 (/ 1.0 ?x72)))
 (let ((?x158 (* 1.0 ?x681)))
 (let ((?x226 (* b_i p_i_t)))
 (let ((?x373 (+ ?x226 sum_n_12)))
 (let ((?x303 (+ ?x373 ?x158)))
 (let (($x363 (= 0.0 ?x72)))
 (let (($x772 (not $x363)))
 (let (($x547 (and $x772 (< 0.0 ?x681))))
 (let (($x764 (> 0.0 ?x72)))
 (let (($x417 (not $x764)))
 (let (($x455 (ite $x363 zero_is_negative!2245 $x417)))
 (let (($x526 (and $x363 $x455)))
 (let (($x325 (or $x526 $x547)))
 (let (($x261 (and $x363 (not $x325))))
 (let (($x540 (and $x363 $x325)))
 (let (($x743 (or $x540 $x261)))
 (let (($x169 (not $x743)))
 (let (($x87 (and (and $x169 (= 0.0 ?x303)) $x530)))
 (let (($x204 (and (not $x87) (or $x743 (and $x169 $x530)))))
 (not (or $x204 $x87))))))))))))))))))))))))))
(assert
 (let ((?x426 (+ b_i sum_n_15)))
 (let ((?x73 (+ ?x426 1.0)))
 (let (($x530 (= 0.0 ?x73)))
 (let ((?x72 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x681 (/ 1.0 ?x72)))
 (let ((?x158 (* 1.0 ?x681)))
 (let ((?x226 (* b_i p_i_t)))
 (let ((?x373 (+ ?x226 sum_n_12)))
 (let ((?x303 (+ ?x373 ?x158)))
 (let (($x363 (= 0.0 ?x72)))
 (let (($x772 (not $x363)))
 (let (($x547 (and $x772 (< 0.0 ?x681))))
 (let (($x764 (> 0.0 ?x72)))
 (let (($x417 (not $x764)))
 (let (($x455 (ite $x363 zero_is_negative!2245 $x417)))
 (let (($x526 (and $x363 $x455)))
 (let (($x325 (or $x526 $x547)))
 (let (($x261 (and $x363 (not $x325))))
 (let (($x540 (and $x363 $x325)))
 (let (($x743 (or $x540 $x261)))
 (let (($x169 (not $x743)))
 (let (($x87 (and (and $x169 (= 0.0 ?x303)) $x530)))
 (let (($x204 (and (not $x87) (or $x743 (and $x169 $x530)))))
 (let (($x731 (not (or $x204 $x87))))
 (let (($x362 (not (and $x772 $x169 $x169 $x731))))
 (not $x362)))))))))))))))))))))))))))
(assert
 (let ((?x426 (+ b_i sum_n_15)))
(let ((?x73 (+ ?x426 1.0)))
(let ((?x72 (+ 2.0 (+ (- 2.0) k))))
(let ((?x681 (/ 1.0 ?x72)))
(let ((?x158 (* 1.0 ?x681)))
(let ((?x226 (* b_i p_i_t)))
(let ((?x373 (+ ?x226 sum_n_12)))
(let ((?x303 (+ ?x373 ?x158)))
(let ((?x308 (/ ?x303 ?x73)))
(< ?x308 0.0)))))))))))
(check-sat)
