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
(declare-fun zero_is_negative!1233 () Bool)
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
 (let ((?x380 (+ b_i sum_n_15)))
(let ((?x70 (+ ?x380 1.0)))
(let (($x368 (= 0.0 ?x70)))
(let (($x177 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x471 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x267 (+ 2.0 (+ (- 2.0) k))))
(let (($x450 (= 0.0 ?x267)))
(let (($x221 (or (and $x450 (ite $x450 zero_is_negative!1233 $x471)) $x177)))
(let (($x362 (and $x450 (not $x221))))
(let (($x46 (and $x450 $x221)))
(let (($x544 (or $x46 $x362)))
(let (($x341 (not $x544)))
(let ((?x474 (/ 1.0 ?x267)))
(let ((?x475 (* 1.0 ?x474)))
(let ((?x543 (+ (+ (* b_i p_i_t) sum_n_12) ?x475)))
(let (($x129 (and (and $x341 (= 0.0 ?x543)) $x368)))
(and (not $x129) (or $x544 (and $x341 $x368))))))))))))))))))))
(check-sat)
