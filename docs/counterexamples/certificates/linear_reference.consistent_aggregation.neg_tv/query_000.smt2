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
(declare-fun zero_is_negative!2119 () Bool)
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
 (let ((?x52 (+ b_i sum_n_15)))
(let ((?x74 (+ ?x52 1.0)))
(let (($x73 (= 0.0 ?x74)))
(let (($x787 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x547 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x316 (+ 2.0 (+ (- 2.0) k))))
(let (($x441 (= 0.0 ?x316)))
(let (($x472 (or (and $x441 (ite $x441 zero_is_negative!2119 $x547)) $x787)))
(let (($x474 (and $x441 (not $x472))))
(let (($x325 (and $x441 $x472)))
(let (($x232 (or $x325 $x474)))
(let (($x169 (not $x232)))
(let ((?x296 (/ 1.0 ?x316)))
(let ((?x112 (* 1.0 ?x296)))
(let ((?x287 (+ (+ (* b_i p_i_t) sum_n_12) ?x112)))
(let (($x624 (and (and $x169 (= 0.0 ?x287)) $x73)))
(and (not $x624) (or $x232 (and $x169 $x73))))))))))))))))))))
(check-sat)
