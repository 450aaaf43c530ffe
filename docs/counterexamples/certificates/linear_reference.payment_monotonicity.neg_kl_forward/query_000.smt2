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
(declare-fun zero_is_negative!1401 () Bool)
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
 (let ((?x11 (+ b_i sum_n_15)))
(let ((?x92 (+ ?x11 1.0)))
(let (($x346 (= 0.0 ?x92)))
(let (($x379 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x390 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x240 (+ 2.0 (+ (- 2.0) k))))
(let (($x418 (= 0.0 ?x240)))
(let (($x586 (or (and $x418 (ite $x418 zero_is_negative!1401 $x390)) $x379)))
(let (($x81 (and $x418 (not $x586))))
(let (($x449 (and $x418 $x586)))
(let (($x54 (or $x449 $x81)))
(let (($x657 (not $x54)))
(let ((?x307 (/ 1.0 ?x240)))
(let ((?x473 (* 1.0 ?x307)))
(let ((?x317 (+ (+ (* b_i p_i_t) sum_n_12) ?x473)))
(let (($x205 (and (and $x657 (= 0.0 ?x317)) $x346)))
(and (not $x205) (or $x54 (and $x657 $x346))))))))))))))))))))
(check-sat)
