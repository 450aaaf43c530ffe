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
(declare-fun zero_is_negative!2089 () Bool)
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
 (let ((?x3234 (+ b_i sum_n_15)))
(let ((?x2451 (+ ?x3234 1.0)))
(let (($x4446 (= 0.0 ?x2451)))
(let (($x4567 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x2722 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x224 (+ 2.0 (+ (- 2.0) k))))
(let (($x1969 (= 0.0 ?x224)))
(let (($x392 (or (and $x1969 (ite $x1969 zero_is_negative!2089 $x2722)) $x4567)))
(let (($x677 (and $x1969 (not $x392))))
(let (($x2418 (and $x1969 $x392)))
(let (($x1412 (or $x2418 $x677)))
(let (($x225 (not $x1412)))
(let ((?x4414 (/ 1.0 ?x224)))
(let ((?x3249 (* 1.0 ?x4414)))
(let ((?x1038 (+ (+ (* b_i p_i_t) sum_n_12) ?x3249)))
(let (($x3821 (and (and $x225 (= 0.0 ?x1038)) $x4446)))
(and (not $x3821) (or $x1412 (and $x225 $x4446))))))))))))))))))))
(check-sat)
