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
(declare-fun zero_is_negative!1965 () Bool)
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
 (let ((?x1438 (+ b_i sum_n_15)))
(let ((?x4604 (+ ?x1438 1.0)))
(let (($x2735 (= 0.0 ?x4604)))
(let (($x4334 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x358 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x2740 (+ 2.0 (+ (- 2.0) k))))
(let (($x4132 (= 0.0 ?x2740)))
(let (($x782 (or (and $x4132 (ite $x4132 zero_is_negative!1965 $x358)) $x4334)))
(let (($x1432 (and $x4132 (not $x782))))
(let (($x1759 (and $x4132 $x782)))
(let (($x2325 (or $x1759 $x1432)))
(let (($x4496 (not $x2325)))
(let ((?x4620 (/ 1.0 ?x2740)))
(let ((?x2062 (* 1.0 ?x4620)))
(let ((?x3721 (+ (+ (* b_i p_i_t) sum_n_12) ?x2062)))
(let (($x1014 (and (and $x4496 (= 0.0 ?x3721)) $x2735)))
(and (not $x1014) (or $x2325 (and $x4496 $x2735))))))))))))))))))))
(check-sat)
