; bid_power_2, every n and k: the outputs sum to 1 wherever q(t) is finite
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
 (let ((?x7448 (* b_i b_i)))
 (let ((?x5545 (+ ?x7448 sum_n_15)))
 (let (($x424 (= 0.0 ?x5545)))
 (let (($x3498 (and (= 0.0 (+ (* ?x7448 p_i_t) sum_n_12)) $x424)))
 (let (($x5381 (and (not $x3498) $x424)))
 (not (or $x5381 $x3498))))))))
(assert
 (let ((?x7448 (* b_i b_i)))
 (let ((?x5545 (+ ?x7448 sum_n_15)))
 (let (($x424 (= 0.0 ?x5545)))
 (let (($x3498 (and (= 0.0 (+ (* ?x7448 p_i_t) sum_n_12)) $x424)))
 (let (($x5381 (and (not $x3498) $x424)))
 (let (($x4233 (not (or $x5381 $x3498))))
 (let (($x7723 (not $x4233)))
 (not $x7723)))))))))
(assert
 (let ((?x7448 (* b_i b_i)))
 (let ((?x5545 (+ ?x7448 sum_n_15)))
 (let ((?x6273 (* ?x7448 p_i_t)))
 (let ((?x3184 (+ ?x6273 sum_n_12)))
 (let ((?x1421 (/ ?x3184 ?x5545)))
 (let (($x1215 (< ?x1421 0.0)))
 (not $x1215))))))))
(assert
 (let ((?x7448 (* b_i b_i)))
(let ((?x5545 (+ ?x7448 sum_n_15)))
(let ((?x3311 (* ?x7448 1.0)))
(let ((?x8547 (+ ?x3311 sum_n_15)))
(let ((?x6177 (/ ?x8547 ?x5545)))
(let (($x424 (= 0.0 ?x5545)))
(let (($x6610 (and (= 0.0 ?x8547) $x424)))
(let (($x4650 (and (not $x6610) $x424)))
(or (not (not (or $x4650 $x6610))) (and (distinct ?x6177 1.0) true)))))))))))
(check-sat)
