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
(declare-fun zero_is_negative!1796 () Bool)
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
 (let ((?x1293 (+ b_i sum_n_15)))
(let ((?x2870 (+ ?x1293 1.0)))
(let (($x2965 (= 0.0 ?x2870)))
(let (($x1091 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x1751 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x2666 (+ 2.0 (+ (- 2.0) k))))
(let (($x2185 (= 0.0 ?x2666)))
(let (($x1040 (or (and $x2185 (ite $x2185 zero_is_negative!1796 $x1751)) $x1091)))
(let (($x803 (and $x2185 (not $x1040))))
(let (($x1486 (and $x2185 $x1040)))
(let (($x36 (or $x1486 $x803)))
(let (($x2261 (not $x36)))
(let ((?x453 (/ 1.0 ?x2666)))
(let ((?x1640 (* 1.0 ?x453)))
(let ((?x86 (+ (+ (* b_i p_i_t) sum_n_12) ?x1640)))
(let (($x737 (and (and $x2261 (= 0.0 ?x86)) $x2965)))
(and (not $x737) (or $x36 (and $x2261 $x2965))))))))))))))))))))
(check-sat)
