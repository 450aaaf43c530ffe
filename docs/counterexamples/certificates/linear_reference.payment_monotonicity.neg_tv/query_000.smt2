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
(declare-fun zero_is_negative!1894 () Bool)
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
 (let ((?x1046 (+ b_i sum_n_15)))
(let ((?x395 (+ ?x1046 1.0)))
(let (($x2788 (= 0.0 ?x395)))
(let (($x1028 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x2344 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x1662 (+ 2.0 (+ (- 2.0) k))))
(let (($x1498 (= 0.0 ?x1662)))
(let (($x2803 (or (and $x1498 (ite $x1498 zero_is_negative!1894 $x2344)) $x1028)))
(let (($x94 (and $x1498 (not $x2803))))
(let (($x619 (and $x1498 $x2803)))
(let (($x136 (or $x619 $x94)))
(let (($x421 (not $x136)))
(let ((?x238 (/ 1.0 ?x1662)))
(let ((?x1121 (* 1.0 ?x238)))
(let ((?x1536 (+ (+ (* b_i p_i_t) sum_n_12) ?x1121)))
(let (($x1177 (and (and $x421 (= 0.0 ?x1536)) $x2788)))
(and (not $x1177) (or $x136 (and $x421 $x2788))))))))))))))))))))
(check-sat)
