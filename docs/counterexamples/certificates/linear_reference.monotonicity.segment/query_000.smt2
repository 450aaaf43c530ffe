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
(declare-fun zero_is_negative!1771 () Bool)
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
 (let ((?x4434 (+ b_i sum_n_15)))
(let ((?x3029 (+ ?x4434 1.0)))
(let (($x2325 (= 0.0 ?x3029)))
(let (($x1614 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x3090 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x4591 (+ 2.0 (+ (- 2.0) k))))
(let (($x609 (= 0.0 ?x4591)))
(let (($x3219 (or (and $x609 (ite $x609 zero_is_negative!1771 $x3090)) $x1614)))
(let (($x387 (and $x609 (not $x3219))))
(let (($x1723 (and $x609 $x3219)))
(let (($x1132 (or $x1723 $x387)))
(let (($x3938 (not $x1132)))
(let ((?x1432 (/ 1.0 ?x4591)))
(let ((?x4496 (* 1.0 ?x1432)))
(let ((?x4659 (+ (+ (* b_i p_i_t) sum_n_12) ?x4496)))
(let (($x3930 (and (and $x3938 (= 0.0 ?x4659)) $x2325)))
(and (not $x3930) (or $x1132 (and $x3938 $x2325))))))))))))))))))))
(check-sat)
