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
(declare-fun zero_is_negative!1359 () Bool)
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
 (let ((?x201 (+ b_i sum_n_15)))
(let ((?x222 (+ ?x201 1.0)))
(let (($x98 (= 0.0 ?x222)))
(let (($x63 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x456 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x414 (+ 2.0 (+ (- 2.0) k))))
(let (($x363 (= 0.0 ?x414)))
(let (($x388 (or (and $x363 (ite $x363 zero_is_negative!1359 $x456)) $x63)))
(let (($x420 (and $x363 (not $x388))))
(let (($x205 (and $x363 $x388)))
(let (($x389 (or $x205 $x420)))
(let (($x372 (not $x389)))
(let ((?x368 (/ 1.0 ?x414)))
(let ((?x111 (* 1.0 ?x368)))
(let ((?x126 (+ (+ (* b_i p_i_t) sum_n_12) ?x111)))
(let (($x66 (and (and $x372 (= 0.0 ?x126)) $x98)))
(and (not $x66) (or $x389 (and $x372 $x98))))))))))))))))))))
(check-sat)
