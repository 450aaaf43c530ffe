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
(declare-fun zero_is_negative!2599 () Bool)
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
 (let ((?x243 (+ b_i sum_n_15)))
(let ((?x2410 (+ ?x243 1.0)))
(let (($x1219 (= 0.0 ?x2410)))
(let (($x2500 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x3856 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x4334 (+ 2.0 (+ (- 2.0) k))))
(let (($x1486 (= 0.0 ?x4334)))
(let (($x3146 (or (and $x1486 (ite $x1486 zero_is_negative!2599 $x3856)) $x2500)))
(let (($x1276 (and $x1486 (not $x3146))))
(let (($x2354 (and $x1486 $x3146)))
(let (($x4080 (or $x2354 $x1276)))
(let (($x4393 (not $x4080)))
(let ((?x4289 (/ 1.0 ?x4334)))
(let ((?x856 (* 1.0 ?x4289)))
(let ((?x1572 (+ (+ (* b_i p_i_t) sum_n_12) ?x856)))
(let (($x4008 (and (and $x4393 (= 0.0 ?x1572)) $x1219)))
(and (not $x4008) (or $x4080 (and $x4393 $x1219))))))))))))))))))))
(check-sat)
