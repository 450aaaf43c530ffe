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
(declare-fun zero_is_negative!2723 () Bool)
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
 (let ((?x4391 (+ b_i sum_n_15)))
(let ((?x232 (+ ?x4391 1.0)))
(let (($x4645 (= 0.0 ?x232)))
(let (($x4499 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x3694 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x993 (+ 2.0 (+ (- 2.0) k))))
(let (($x392 (= 0.0 ?x993)))
(let (($x2763 (or (and $x392 (ite $x392 zero_is_negative!2723 $x3694)) $x4499)))
(let (($x2829 (and $x392 (not $x2763))))
(let (($x919 (and $x392 $x2763)))
(let (($x1484 (or $x919 $x2829)))
(let (($x2920 (not $x1484)))
(let ((?x3377 (/ 1.0 ?x993)))
(let ((?x4579 (* 1.0 ?x3377)))
(let ((?x643 (+ (+ (* b_i p_i_t) sum_n_12) ?x4579)))
(let (($x2961 (and (and $x2920 (= 0.0 ?x643)) $x4645)))
(and (not $x2961) (or $x1484 (and $x2920 $x4645))))))))))))))))))))
(check-sat)
