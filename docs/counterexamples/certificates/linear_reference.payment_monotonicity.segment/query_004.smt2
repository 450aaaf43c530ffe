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
(declare-fun zero_is_negative!1611 () Bool)
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
 (let ((?x394 (+ b_i sum_n_15)))
(let ((?x355 (+ ?x394 1.0)))
(let (($x187 (= 0.0 ?x355)))
(let (($x530 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x241 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x405 (+ 2.0 (+ (- 2.0) k))))
(let (($x203 (= 0.0 ?x405)))
(let (($x503 (or (and $x203 (ite $x203 zero_is_negative!1611 $x241)) $x530)))
(let (($x427 (and $x203 (not $x503))))
(let (($x31 (and $x203 $x503)))
(let (($x298 (or $x31 $x427)))
(let (($x91 (not $x298)))
(let ((?x163 (/ 1.0 ?x405)))
(let ((?x439 (* 1.0 ?x163)))
(let ((?x338 (+ (+ (* b_i p_i_t) sum_n_12) ?x439)))
(let (($x54 (and (and $x91 (= 0.0 ?x338)) $x187)))
(and (not $x54) (or $x298 (and $x91 $x187))))))))))))))))))))
(check-sat)
