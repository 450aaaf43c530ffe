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
(declare-fun zero_is_negative!2597 () Bool)
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
 (let ((?x4291 (+ b_i sum_n_15)))
(let ((?x332 (+ ?x4291 1.0)))
(let (($x3522 (= 0.0 ?x332)))
(let (($x4627 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x1280 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x919 (+ 2.0 (+ (- 2.0) k))))
(let (($x823 (= 0.0 ?x919)))
(let (($x1623 (or (and $x823 (ite $x823 zero_is_negative!2597 $x1280)) $x4627)))
(let (($x486 (and $x823 (not $x1623))))
(let (($x3324 (and $x823 $x1623)))
(let (($x4646 (or $x3324 $x486)))
(let (($x633 (not $x4646)))
(let ((?x14 (/ 1.0 ?x919)))
(let ((?x248 (* 1.0 ?x14)))
(let ((?x809 (+ (+ (* b_i p_i_t) sum_n_12) ?x248)))
(let (($x709 (and (and $x633 (= 0.0 ?x809)) $x3522)))
(and (not $x709) (or $x4646 (and $x633 $x3522))))))))))))))))))))
(check-sat)
