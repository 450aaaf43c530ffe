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
(declare-fun zero_is_negative!1394 () Bool)
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
 (let ((?x1167 (+ b_i sum_n_15)))
(let ((?x302 (+ ?x1167 1.0)))
(let (($x1521 (= 0.0 ?x302)))
(let (($x1461 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x1091 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x2307 (+ 2.0 (+ (- 2.0) k))))
(let (($x875 (= 0.0 ?x2307)))
(let (($x1354 (or (and $x875 (ite $x875 zero_is_negative!1394 $x1091)) $x1461)))
(let (($x292 (and $x875 (not $x1354))))
(let (($x169 (and $x875 $x1354)))
(let (($x2960 (or $x169 $x292)))
(let (($x606 (not $x2960)))
(let ((?x927 (/ 1.0 ?x2307)))
(let ((?x886 (* 1.0 ?x927)))
(let ((?x414 (+ (+ (* b_i p_i_t) sum_n_12) ?x886)))
(let (($x86 (and (and $x606 (= 0.0 ?x414)) $x1521)))
(and (not $x86) (or $x2960 (and $x606 $x1521))))))))))))))))))))
(check-sat)
