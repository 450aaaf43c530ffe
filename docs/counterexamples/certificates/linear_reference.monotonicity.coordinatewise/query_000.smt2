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
(declare-fun zero_is_negative!1083 () Bool)
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
 (let ((?x101 (+ b_i sum_n_15)))
(let ((?x40 (+ ?x101 1.0)))
(let (($x328 (= 0.0 ?x40)))
(let (($x363 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x411 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x395 (+ 2.0 (+ (- 2.0) k))))
(let (($x341 (= 0.0 ?x395)))
(let (($x46 (or (and $x341 (ite $x341 zero_is_negative!1083 $x411)) $x363)))
(let (($x372 (and $x341 (not $x46))))
(let (($x91 (and $x341 $x46)))
(let (($x347 (or $x91 $x372)))
(let (($x114 (not $x347)))
(let ((?x177 (/ 1.0 ?x395)))
(let ((?x186 (* 1.0 ?x177)))
(let ((?x60 (+ (+ (* b_i p_i_t) sum_n_12) ?x186)))
(let (($x144 (and (and $x114 (= 0.0 ?x60)) $x328)))
(and (not $x144) (or $x347 (and $x114 $x328))))))))))))))))))))
(check-sat)
