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
(declare-fun zero_is_negative!2917 () Bool)
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
 (let ((?x3768 (+ b_i sum_n_15)))
(let ((?x4414 (+ ?x3768 1.0)))
(let (($x341 (= 0.0 ?x4414)))
(let (($x1895 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x3107 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x3394 (+ 2.0 (+ (- 2.0) k))))
(let (($x350 (= 0.0 ?x3394)))
(let (($x4291 (or (and $x350 (ite $x350 zero_is_negative!2917 $x3107)) $x1895)))
(let (($x2455 (and $x350 (not $x4291))))
(let (($x956 (and $x350 $x4291)))
(let (($x486 (or $x956 $x2455)))
(let (($x3377 (not $x486)))
(let ((?x239 (/ 1.0 ?x3394)))
(let ((?x1225 (* 1.0 ?x239)))
(let ((?x2296 (+ (+ (* b_i p_i_t) sum_n_12) ?x1225)))
(let (($x524 (and (and $x3377 (= 0.0 ?x2296)) $x341)))
(and (not $x524) (or $x486 (and $x3377 $x341))))))))))))))))))))
(check-sat)
