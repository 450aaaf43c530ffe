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
(declare-fun zero_is_negative!2364 () Bool)
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
 (let ((?x790 (+ b_i sum_n_15)))
(let ((?x1397 (+ ?x790 1.0)))
(let (($x646 (= 0.0 ?x1397)))
(let (($x2766 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x291 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x2681 (+ 2.0 (+ (- 2.0) k))))
(let (($x360 (= 0.0 ?x2681)))
(let (($x634 (or (and $x360 (ite $x360 zero_is_negative!2364 $x291)) $x2766)))
(let (($x1735 (and $x360 (not $x634))))
(let (($x590 (and $x360 $x634)))
(let (($x531 (or $x590 $x1735)))
(let (($x1498 (not $x531)))
(let ((?x1172 (/ 1.0 ?x2681)))
(let ((?x1643 (* 1.0 ?x1172)))
(let ((?x286 (+ (+ (* b_i p_i_t) sum_n_12) ?x1643)))
(let (($x63 (and (and $x1498 (= 0.0 ?x286)) $x646)))
(and (not $x63) (or $x531 (and $x1498 $x646))))))))))))))))))))
(check-sat)
