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
(declare-fun zero_is_negative!2405 () Bool)
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
 (let ((?x909 (+ b_i sum_n_15)))
(let ((?x4682 (+ ?x909 1.0)))
(let (($x3208 (= 0.0 ?x4682)))
(let (($x715 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x3495 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x3206 (+ 2.0 (+ (- 2.0) k))))
(let (($x1959 (= 0.0 ?x3206)))
(let (($x1735 (or (and $x1959 (ite $x1959 zero_is_negative!2405 $x3495)) $x715)))
(let (($x2692 (and $x1959 (not $x1735))))
(let (($x1809 (and $x1959 $x1735)))
(let (($x2714 (or $x1809 $x2692)))
(let (($x1214 (not $x2714)))
(let ((?x1276 (/ 1.0 ?x3206)))
(let ((?x4393 (* 1.0 ?x1276)))
(let ((?x1512 (+ (+ (* b_i p_i_t) sum_n_12) ?x4393)))
(let (($x1418 (and (and $x1214 (= 0.0 ?x1512)) $x3208)))
(and (not $x1418) (or $x2714 (and $x1214 $x3208))))))))))))))))))))
(check-sat)
