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
(declare-fun zero_is_negative!1761 () Bool)
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
 (let ((?x239 (+ b_i sum_n_15)))
(let ((?x405 (+ ?x239 1.0)))
(let (($x191 (= 0.0 ?x405)))
(let (($x163 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x108 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x390 (+ 2.0 (+ (- 2.0) k))))
(let (($x465 (= 0.0 ?x390)))
(let (($x453 (or (and $x465 (ite $x465 zero_is_negative!1761 $x108)) $x163)))
(let (($x414 (and $x465 (not $x453))))
(let (($x255 (and $x465 $x453)))
(let (($x530 (or $x255 $x414)))
(let (($x176 (not $x530)))
(let ((?x202 (/ 1.0 ?x390)))
(let ((?x474 (* 1.0 ?x202)))
(let ((?x507 (+ (+ (* b_i p_i_t) sum_n_12) ?x474)))
(let (($x36 (and (and $x176 (= 0.0 ?x507)) $x191)))
(and (not $x36) (or $x530 (and $x176 $x191))))))))))))))))))))
(check-sat)
