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
(declare-fun zero_is_negative!1993 () Bool)
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
 (let ((?x581 (+ b_i sum_n_15)))
(let ((?x205 (+ ?x581 1.0)))
(let (($x624 (= 0.0 ?x205)))
(let (($x496 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x667 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x140 (+ 2.0 (+ (- 2.0) k))))
(let (($x634 (= 0.0 ?x140)))
(let (($x12 (or (and $x634 (ite $x634 zero_is_negative!1993 $x667)) $x496)))
(let (($x281 (and $x634 (not $x12))))
(let (($x138 (and $x634 $x12)))
(let (($x156 (or $x138 $x281)))
(let (($x177 (not $x156)))
(let ((?x529 (/ 1.0 ?x140)))
(let ((?x130 (* 1.0 ?x529)))
(let ((?x203 (+ (+ (* b_i p_i_t) sum_n_12) ?x130)))
(let (($x74 (and (and $x177 (= 0.0 ?x203)) $x624)))
(and (not $x74) (or $x156 (and $x177 $x624))))))))))))))))))))
(check-sat)
