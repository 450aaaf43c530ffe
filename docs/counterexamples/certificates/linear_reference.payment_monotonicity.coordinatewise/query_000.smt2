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
(declare-fun zero_is_negative!2091 () Bool)
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
 (let ((?x1214 (+ b_i sum_n_15)))
(let ((?x78 (+ ?x1214 1.0)))
(let (($x2094 (= 0.0 ?x78)))
(let (($x2104 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x3410 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x4334 (+ 2.0 (+ (- 2.0) k))))
(let (($x3454 (= 0.0 ?x4334)))
(let (($x856 (or (and $x3454 (ite $x3454 zero_is_negative!2091 $x3410)) $x2104)))
(let (($x916 (and $x3454 (not $x856))))
(let (($x2435 (and $x3454 $x856)))
(let (($x1125 (or $x2435 $x916)))
(let (($x1729 (not $x1125)))
(let ((?x4181 (/ 1.0 ?x4334)))
(let ((?x361 (* 1.0 ?x4181)))
(let ((?x1276 (+ (+ (* b_i p_i_t) sum_n_12) ?x361)))
(let (($x2801 (and (and $x1729 (= 0.0 ?x1276)) $x2094)))
(and (not $x2801) (or $x1125 (and $x1729 $x2094))))))))))))))))))))
(check-sat)
