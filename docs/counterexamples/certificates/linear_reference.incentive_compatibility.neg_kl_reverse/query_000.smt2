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
(declare-fun zero_is_negative!2624 () Bool)
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
 (let ((?x2798 (+ b_i sum_n_15)))
(let ((?x1164 (+ ?x2798 1.0)))
(let (($x331 (= 0.0 ?x1164)))
(let (($x936 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x1146 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x170 (+ 2.0 (+ (- 2.0) k))))
(let (($x1633 (= 0.0 ?x170)))
(let (($x1229 (or (and $x1633 (ite $x1633 zero_is_negative!2624 $x1146)) $x936)))
(let (($x2686 (and $x1633 (not $x1229))))
(let (($x128 (and $x1633 $x1229)))
(let (($x1226 (or $x128 $x2686)))
(let (($x414 (not $x1226)))
(let ((?x1126 (/ 1.0 ?x170)))
(let ((?x190 (* 1.0 ?x1126)))
(let ((?x2796 (+ (+ (* b_i p_i_t) sum_n_12) ?x190)))
(let (($x847 (and (and $x414 (= 0.0 ?x2796)) $x331)))
(and (not $x847) (or $x1226 (and $x414 $x331))))))))))))))))))))
(check-sat)
