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
(declare-fun zero_is_negative!2154 () Bool)
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
 (let ((?x841 (+ b_i sum_n_15)))
(let ((?x886 (+ ?x841 1.0)))
(let (($x2620 (= 0.0 ?x886)))
(let (($x2639 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x1637 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x2628 (+ 2.0 (+ (- 2.0) k))))
(let (($x2926 (= 0.0 ?x2628)))
(let (($x2550 (or (and $x2926 (ite $x2926 zero_is_negative!2154 $x1637)) $x2639)))
(let (($x2922 (and $x2926 (not $x2550))))
(let (($x2686 (and $x2926 $x2550)))
(let (($x748 (or $x2686 $x2922)))
(let (($x79 (not $x748)))
(let ((?x453 (/ 1.0 ?x2628)))
(let ((?x26 (* 1.0 ?x453)))
(let ((?x2479 (+ (+ (* b_i p_i_t) sum_n_12) ?x26)))
(let (($x485 (and (and $x79 (= 0.0 ?x2479)) $x2620)))
(and (not $x485) (or $x748 (and $x79 $x2620))))))))))))))))))))
(check-sat)
