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
(declare-fun zero_is_negative!2447 () Bool)
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
 (let ((?x3094 (+ b_i sum_n_15)))
(let ((?x1850 (+ ?x3094 1.0)))
(let (($x2313 (= 0.0 ?x1850)))
(let (($x3690 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x3549 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x248 (+ 2.0 (+ (- 2.0) k))))
(let (($x2722 (= 0.0 ?x248)))
(let (($x943 (or (and $x2722 (ite $x2722 zero_is_negative!2447 $x3549)) $x3690)))
(let (($x4214 (and $x2722 (not $x943))))
(let (($x1970 (and $x2722 $x943)))
(let (($x2229 (or $x1970 $x4214)))
(let (($x4501 (not $x2229)))
(let ((?x1342 (/ 1.0 ?x248)))
(let ((?x3944 (* 1.0 ?x1342)))
(let ((?x3516 (+ (+ (* b_i p_i_t) sum_n_12) ?x3944)))
(let (($x849 (and (and $x4501 (= 0.0 ?x3516)) $x2313)))
(and (not $x849) (or $x2229 (and $x4501 $x2313))))))))))))))))))))
(check-sat)
