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
(declare-fun zero_is_negative!1759 () Bool)
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
 (let ((?x383 (+ b_i sum_n_15)))
(let ((?x37 (+ ?x383 1.0)))
(let (($x55 (= 0.0 ?x37)))
(let (($x408 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x466 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x163 (+ 2.0 (+ (- 2.0) k))))
(let (($x186 (= 0.0 ?x163)))
(let (($x388 (or (and $x186 (ite $x186 zero_is_negative!1759 $x466)) $x408)))
(let (($x65 (and $x186 (not $x388))))
(let (($x92 (and $x186 $x388)))
(let (($x788 (or $x92 $x65)))
(let (($x717 (not $x788)))
(let ((?x252 (/ 1.0 ?x163)))
(let ((?x436 (* 1.0 ?x252)))
(let ((?x629 (+ (+ (* b_i p_i_t) sum_n_12) ?x436)))
(let (($x119 (and (and $x717 (= 0.0 ?x629)) $x55)))
(and (not $x119) (or $x788 (and $x717 $x55))))))))))))))))))))
(check-sat)
