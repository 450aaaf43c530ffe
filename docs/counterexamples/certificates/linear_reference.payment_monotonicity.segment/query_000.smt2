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
(declare-fun zero_is_negative!1485 () Bool)
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
 (let ((?x260 (+ b_i sum_n_15)))
(let ((?x82 (+ ?x260 1.0)))
(let (($x355 (= 0.0 ?x82)))
(let (($x456 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x530 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x206 (+ 2.0 (+ (- 2.0) k))))
(let (($x374 (= 0.0 ?x206)))
(let (($x181 (or (and $x374 (ite $x374 zero_is_negative!1485 $x530)) $x456)))
(let (($x202 (and $x374 (not $x181))))
(let (($x116 (and $x374 $x181)))
(let (($x519 (or $x116 $x202)))
(let (($x172 (not $x519)))
(let ((?x211 (/ 1.0 ?x206)))
(let ((?x194 (* 1.0 ?x211)))
(let ((?x66 (+ (+ (* b_i p_i_t) sum_n_12) ?x194)))
(let (($x470 (and (and $x172 (= 0.0 ?x66)) $x355)))
(and (not $x470) (or $x519 (and $x172 $x355))))))))))))))))))))
(check-sat)
