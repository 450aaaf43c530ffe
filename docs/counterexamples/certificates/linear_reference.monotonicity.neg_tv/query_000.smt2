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
(declare-fun zero_is_negative!1963 () Bool)
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
 (let ((?x80 (+ b_i sum_n_15)))
(let ((?x919 (+ ?x80 1.0)))
(let (($x94 (= 0.0 ?x919)))
(let (($x224 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x4034 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x3553 (+ 2.0 (+ (- 2.0) k))))
(let (($x643 (= 0.0 ?x3553)))
(let (($x2938 (or (and $x643 (ite $x643 zero_is_negative!1963 $x4034)) $x224)))
(let (($x1452 (and $x643 (not $x2938))))
(let (($x14 (and $x643 $x2938)))
(let (($x2230 (or $x14 $x1452)))
(let (($x988 (not $x2230)))
(let ((?x2587 (/ 1.0 ?x3553)))
(let ((?x4531 (* 1.0 ?x2587)))
(let ((?x849 (+ (+ (* b_i p_i_t) sum_n_12) ?x4531)))
(let (($x2165 (and (and $x988 (= 0.0 ?x849)) $x94)))
(and (not $x2165) (or $x2230 (and $x988 $x94))))))))))))))))))))
(check-sat)
