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
(declare-fun zero_is_negative!2304 () Bool)
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
 (let ((?x1400 (+ b_i sum_n_15)))
(let ((?x2643 (+ ?x1400 1.0)))
(let (($x2639 (= 0.0 ?x2643)))
(let (($x847 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x1067 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x2417 (+ 2.0 (+ (- 2.0) k))))
(let (($x2818 (= 0.0 ?x2417)))
(let (($x1578 (or (and $x2818 (ite $x2818 zero_is_negative!2304 $x1067)) $x847)))
(let (($x2870 (and $x2818 (not $x1578))))
(let (($x2599 (and $x2818 $x1578)))
(let (($x2469 (or $x2599 $x2870)))
(let (($x414 (not $x2469)))
(let ((?x841 (/ 1.0 ?x2417)))
(let ((?x1091 (* 1.0 ?x841)))
(let ((?x515 (+ (+ (* b_i p_i_t) sum_n_12) ?x1091)))
(let (($x734 (and (and $x414 (= 0.0 ?x515)) $x2639)))
(and (not $x734) (or $x2469 (and $x414 $x2639))))))))))))))))))))
(check-sat)
