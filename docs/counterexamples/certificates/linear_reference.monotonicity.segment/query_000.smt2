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
(declare-fun zero_is_negative!931 () Bool)
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
 (let ((?x331 (+ b_i sum_n_15)))
(let ((?x277 (+ ?x331 1.0)))
(let (($x59 (= 0.0 ?x277)))
(let (($x244 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x265 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x34 (+ 2.0 (+ (- 2.0) k))))
(let (($x132 (= 0.0 ?x34)))
(let (($x155 (or (and $x132 (ite $x132 zero_is_negative!931 $x265)) $x244)))
(let (($x437 (and $x132 (not $x155))))
(let (($x398 (and $x132 $x155)))
(let (($x438 (or $x398 $x437)))
(let (($x189 (not $x438)))
(let ((?x461 (/ 1.0 ?x34)))
(let ((?x177 (* 1.0 ?x461)))
(let ((?x86 (+ (+ (* b_i p_i_t) sum_n_12) ?x177)))
(let (($x362 (and (and $x189 (= 0.0 ?x86)) $x59)))
(and (not $x362) (or $x438 (and $x189 $x59))))))))))))))))))))
(check-sat)
