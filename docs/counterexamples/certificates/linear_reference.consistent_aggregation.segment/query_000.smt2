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
(declare-fun zero_is_negative!1976 () Bool)
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
 (let ((?x96 (+ b_i sum_n_15)))
(let ((?x2649 (+ ?x96 1.0)))
(let (($x359 (= 0.0 ?x2649)))
(let (($x192 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x2798 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x727 (+ 2.0 (+ (- 2.0) k))))
(let (($x619 (= 0.0 ?x727)))
(let (($x2516 (or (and $x619 (ite $x619 zero_is_negative!1976 $x2798)) $x192)))
(let (($x1897 (and $x619 (not $x2516))))
(let (($x3043 (and $x619 $x2516)))
(let (($x2569 (or $x3043 $x1897)))
(let (($x1557 (not $x2569)))
(let ((?x929 (/ 1.0 ?x727)))
(let ((?x1671 (* 1.0 ?x929)))
(let ((?x1662 (+ (+ (* b_i p_i_t) sum_n_12) ?x1671)))
(let (($x3041 (and (and $x1557 (= 0.0 ?x1662)) $x359)))
(and (not $x3041) (or $x2569 (and $x1557 $x359))))))))))))))))))))
(check-sat)
