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
(declare-fun zero_is_negative!2170 () Bool)
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
 (let ((?x1371 (+ b_i sum_n_15)))
(let ((?x1236 (+ ?x1371 1.0)))
(let (($x732 (= 0.0 ?x1236)))
(let (($x291 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x192 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x1392 (+ 2.0 (+ (- 2.0) k))))
(let (($x1056 (= 0.0 ?x1392)))
(let (($x1082 (or (and $x1056 (ite $x1056 zero_is_negative!2170 $x192)) $x291)))
(let (($x2569 (and $x1056 (not $x1082))))
(let (($x1468 (and $x1056 $x1082)))
(let (($x1046 (or $x1468 $x2569)))
(let (($x1338 (not $x1046)))
(let ((?x1276 (/ 1.0 ?x1392)))
(let ((?x110 (* 1.0 ?x1276)))
(let ((?x1671 (+ (+ (* b_i p_i_t) sum_n_12) ?x110)))
(let (($x1135 (and (and $x1338 (= 0.0 ?x1671)) $x732)))
(and (not $x1135) (or $x1046 (and $x1338 $x732))))))))))))))))))))
(check-sat)
