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
(declare-fun zero_is_negative!1483 () Bool)
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
 (let ((?x72 (+ b_i sum_n_15)))
(let ((?x49 (+ ?x72 1.0)))
(let (($x299 (= 0.0 ?x49)))
(let (($x339 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x379 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x100 (+ 2.0 (+ (- 2.0) k))))
(let (($x666 (= 0.0 ?x100)))
(let (($x705 (or (and $x666 (ite $x666 zero_is_negative!1483 $x379)) $x339)))
(let (($x125 (and $x666 (not $x705))))
(let (($x117 (and $x666 $x705)))
(let (($x388 (or $x117 $x125)))
(let (($x686 (not $x388)))
(let ((?x396 (/ 1.0 ?x100)))
(let ((?x657 (* 1.0 ?x396)))
(let ((?x77 (+ (+ (* b_i p_i_t) sum_n_12) ?x657)))
(let (($x170 (and (and $x686 (= 0.0 ?x77)) $x299)))
(and (not $x170) (or $x388 (and $x686 $x299))))))))))))))))))))
(check-sat)
