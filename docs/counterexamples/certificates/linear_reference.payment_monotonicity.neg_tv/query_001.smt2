; linear_reference, every n and k: no coordinatewise violation
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
(declare-fun x_raised () Real)
(declare-fun zero_is_negative!1489 () Bool)
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
 (>= x_raised b_i))
(assert
 (let ((?x143 (+ x_raised sum_n_15)))
 (let ((?x380 (+ ?x143 1.0)))
 (let (($x105 (= 0.0 ?x380)))
 (let ((?x100 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x396 (/ 1.0 ?x100)))
 (let ((?x657 (* 1.0 ?x396)))
 (let ((?x183 (+ (+ (* x_raised p_i_t) sum_n_12) ?x657)))
 (let (($x339 (and (not (= 0.0 ?x100)) (< 0.0 ?x396))))
 (let (($x666 (= 0.0 ?x100)))
 (let (($x328 (or (and $x666 (ite $x666 zero_is_negative!1489 (not (> 0.0 ?x100)))) $x339)))
 (let (($x769 (and $x666 (not $x328))))
 (let (($x188 (and $x666 $x328)))
 (let (($x288 (or $x188 $x769)))
 (let (($x79 (not $x288)))
 (let (($x138 (and (and $x79 (= 0.0 ?x183)) $x105)))
 (let (($x88 (and (not $x138) (or $x288 (and $x79 $x105)))))
 (let ((?x72 (+ b_i sum_n_15)))
 (let ((?x49 (+ ?x72 1.0)))
 (let (($x299 (= 0.0 ?x49)))
 (let (($x705 (or (and $x666 (ite $x666 zero_is_negative!1483 (not (> 0.0 ?x100)))) $x339)))
 (let (($x125 (and $x666 (not $x705))))
 (let (($x117 (and $x666 $x705)))
 (let (($x388 (or $x117 $x125)))
 (let (($x686 (not $x388)))
 (let (($x170 (and (and $x686 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x657))) $x299)))
 (let (($x568 (and (not $x170) (or $x388 (and $x686 $x299)))))
 (and (not (or $x568 $x170)) (not (or $x88 $x138))))))))))))))))))))))))))))))
(assert
 (let ((?x143 (+ x_raised sum_n_15)))
(let ((?x380 (+ ?x143 1.0)))
(let ((?x100 (+ 2.0 (+ (- 2.0) k))))
(let ((?x396 (/ 1.0 ?x100)))
(let ((?x657 (* 1.0 ?x396)))
(let ((?x183 (+ (+ (* x_raised p_i_t) sum_n_12) ?x657)))
(let ((?x69 (/ ?x183 ?x380)))
(let ((?x72 (+ b_i sum_n_15)))
(let ((?x49 (+ ?x72 1.0)))
(let ((?x77 (+ (+ (* b_i p_i_t) sum_n_12) ?x657)))
(let ((?x375 (/ ?x77 ?x49)))
(or (and (< ?x69 ?x375) (< ?x69 p_i_t)) (and (< ?x375 ?x69) (< p_i_t ?x69)))))))))))))))
(check-sat)
