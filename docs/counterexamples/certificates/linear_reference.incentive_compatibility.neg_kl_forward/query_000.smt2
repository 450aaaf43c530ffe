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
(declare-fun zero_is_negative!2793 () Bool)
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
 (let ((?x418 (+ b_i sum_n_15)))
(let ((?x1708 (+ ?x418 1.0)))
(let (($x671 (= 0.0 ?x1708)))
(let (($x3454 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x1081 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x3162 (+ 2.0 (+ (- 2.0) k))))
(let (($x1276 (= 0.0 ?x3162)))
(let (($x4254 (or (and $x1276 (ite $x1276 zero_is_negative!2793 $x1081)) $x3454)))
(let (($x4289 (and $x1276 (not $x4254))))
(let (($x1438 (and $x1276 $x4254)))
(let (($x908 (or $x1438 $x4289)))
(let (($x856 (not $x908)))
(let ((?x1513 (/ 1.0 ?x3162)))
(let ((?x729 (* 1.0 ?x1513)))
(let ((?x2617 (+ (+ (* b_i p_i_t) sum_n_12) ?x729)))
(let (($x3698 (and (and $x856 (= 0.0 ?x2617)) $x671)))
(and (not $x3698) (or $x908 (and $x856 $x671))))))))))))))))))))
(check-sat)
