; linear_reference, every n and k: no output entry is +inf or -inf
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
 (let ((?x530 (+ b_i sum_n_15)))
(let ((?x55 (+ ?x530 1.0)))
(let (($x33 (= 0.0 ?x55)))
(let (($x272 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x768 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x169 (+ 2.0 (+ (- 2.0) k))))
(let (($x417 (= 0.0 ?x169)))
(let (($x411 (or (and $x417 (ite $x417 zero_is_negative!2313 $x768)) $x272)))
(let (($x85 (and $x417 (not $x411))))
(let (($x581 (and $x417 $x411)))
(let (($x280 (or $x581 $x85)))
(let (($x160 (not $x280)))
(let ((?x42 (/ 1.0 ?x169)))
(let ((?x731 (* 1.0 ?x42)))
(let ((?x301 (+ (+ (* b_i p_i_t) sum_n_12) ?x731)))
(let (($x325 (and (and $x160 (= 0.0 ?x301)) $x33)))
(and (not $x325) (or $x280 (and $x160 $x33))))))))))))))))))))
(check-sat)
