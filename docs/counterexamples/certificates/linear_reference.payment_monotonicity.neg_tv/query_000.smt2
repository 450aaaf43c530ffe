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
(declare-fun zero_is_negative!2323 () Bool)
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
 (let ((?x300 (+ b_i sum_n_15)))
(let ((?x4586 (+ ?x300 1.0)))
(let (($x1526 (= 0.0 ?x4586)))
(let (($x3208 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x2469 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x1759 (+ 2.0 (+ (- 2.0) k))))
(let (($x1496 (= 0.0 ?x1759)))
(let (($x4193 (or (and $x1496 (ite $x1496 zero_is_negative!2323 $x2469)) $x3208)))
(let (($x1269 (and $x1496 (not $x4193))))
(let (($x3504 (and $x1496 $x4193)))
(let (($x4682 (or $x3504 $x1269)))
(let (($x2243 (not $x4682)))
(let ((?x3250 (/ 1.0 ?x1759)))
(let ((?x2813 (* 1.0 ?x3250)))
(let ((?x167 (+ (+ (* b_i p_i_t) sum_n_12) ?x2813)))
(let (($x1723 (and (and $x2243 (= 0.0 ?x167)) $x1526)))
(and (not $x1723) (or $x4682 (and $x2243 $x1526))))))))))))))))))))
(check-sat)
