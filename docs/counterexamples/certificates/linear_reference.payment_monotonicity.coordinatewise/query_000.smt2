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
(declare-fun zero_is_negative!1251 () Bool)
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
 (let ((?x287 (+ b_i sum_n_15)))
(let ((?x128 (+ ?x287 1.0)))
(let (($x346 (= 0.0 ?x128)))
(let (($x428 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x347 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x69 (+ 2.0 (+ (- 2.0) k))))
(let (($x657 (= 0.0 ?x69)))
(let (($x46 (or (and $x657 (ite $x657 zero_is_negative!1251 $x347)) $x428)))
(let (($x206 (and $x657 (not $x46))))
(let (($x408 (and $x657 $x46)))
(let (($x244 (or $x408 $x206)))
(let (($x79 (not $x244)))
(let ((?x328 (/ 1.0 ?x69)))
(let ((?x280 (* 1.0 ?x328)))
(let ((?x367 (+ (+ (* b_i p_i_t) sum_n_12) ?x280)))
(let (($x306 (and (and $x79 (= 0.0 ?x367)) $x346)))
(and (not $x306) (or $x244 (and $x79 $x346))))))))))))))))))))
(check-sat)
