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
(declare-fun zero_is_negative!1687 () Bool)
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
 (let ((?x2779 (+ b_i sum_n_15)))
(let ((?x2306 (+ ?x2779 1.0)))
(let (($x80 (= 0.0 ?x2306)))
(let (($x4015 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x709 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x4446 (+ 2.0 (+ (- 2.0) k))))
(let (($x3768 (= 0.0 ?x4446)))
(let (($x3553 (or (and $x3768 (ite $x3768 zero_is_negative!1687 $x709)) $x4015)))
(let (($x1505 (and $x3768 (not $x3553))))
(let (($x4066 (and $x3768 $x3553)))
(let (($x4323 (or $x4066 $x1505)))
(let (($x643 (not $x4323)))
(let ((?x86 (/ 1.0 ?x4446)))
(let ((?x1969 (* 1.0 ?x86)))
(let ((?x83 (+ (+ (* b_i p_i_t) sum_n_12) ?x1969)))
(let (($x3576 (and (and $x643 (= 0.0 ?x83)) $x80)))
(and (not $x3576) (or $x4323 (and $x643 $x80))))))))))))))))))))
(check-sat)
