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
(declare-fun zero_is_negative!1125 () Bool)
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
 (let ((?x398 (+ b_i sum_n_15)))
(let ((?x40 (+ ?x398 1.0)))
(let (($x759 (= 0.0 ?x40)))
(let (($x259 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x310 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x319 (+ 2.0 (+ (- 2.0) k))))
(let (($x465 (= 0.0 ?x319)))
(let (($x353 (or (and $x465 (ite $x465 zero_is_negative!1125 $x310)) $x259)))
(let (($x437 (and $x465 (not $x353))))
(let (($x441 (and $x465 $x353)))
(let (($x327 (or $x441 $x437)))
(let (($x193 (not $x327)))
(let ((?x342 (/ 1.0 ?x319)))
(let ((?x322 (* 1.0 ?x342)))
(let ((?x253 (+ (+ (* b_i p_i_t) sum_n_12) ?x322)))
(let (($x355 (and (and $x193 (= 0.0 ?x253)) $x759)))
(and (not $x355) (or $x327 (and $x193 $x759))))))))))))))))))))
(check-sat)
