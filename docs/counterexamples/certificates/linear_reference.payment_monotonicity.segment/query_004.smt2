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
(declare-fun zero_is_negative!2215 () Bool)
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
 (let ((?x2843 (+ b_i sum_n_15)))
(let ((?x3140 (+ ?x2843 1.0)))
(let (($x3501 (= 0.0 ?x3140)))
(let (($x903 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x3045 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x2714 (+ 2.0 (+ (- 2.0) k))))
(let (($x4201 (= 0.0 ?x2714)))
(let (($x3289 (or (and $x4201 (ite $x4201 zero_is_negative!2215 $x3045)) $x903)))
(let (($x336 (and $x4201 (not $x3289))))
(let (($x1087 (and $x4201 $x3289)))
(let (($x3221 (or $x1087 $x336)))
(let (($x2095 (not $x3221)))
(let ((?x4122 (/ 1.0 ?x2714)))
(let ((?x1503 (* 1.0 ?x4122)))
(let ((?x118 (+ (+ (* b_i p_i_t) sum_n_12) ?x1503)))
(let (($x4291 (and (and $x2095 (= 0.0 ?x118)) $x3501)))
(and (not $x4291) (or $x3221 (and $x2095 $x3501))))))))))))))))))))
(check-sat)
