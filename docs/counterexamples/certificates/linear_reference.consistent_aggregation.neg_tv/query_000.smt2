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
(declare-fun zero_is_negative!2430 () Bool)
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
 (let ((?x1512 (+ b_i sum_n_15)))
(let ((?x826 (+ ?x1512 1.0)))
(let (($x473 (= 0.0 ?x826)))
(let (($x356 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x855 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x2827 (+ 2.0 (+ (- 2.0) k))))
(let (($x2734 (= 0.0 ?x2827)))
(let (($x251 (or (and $x2734 (ite $x2734 zero_is_negative!2430 $x855)) $x356)))
(let (($x1674 (and $x2734 (not $x251))))
(let (($x1685 (and $x2734 $x251)))
(let (($x2683 (or $x1685 $x1674)))
(let (($x1534 (not $x2683)))
(let ((?x873 (/ 1.0 ?x2827)))
(let ((?x2813 (* 1.0 ?x873)))
(let ((?x1578 (+ (+ (* b_i p_i_t) sum_n_12) ?x2813)))
(let (($x368 (and (and $x1534 (= 0.0 ?x1578)) $x473)))
(and (not $x368) (or $x2683 (and $x1534 $x473))))))))))))))))))))
(check-sat)
