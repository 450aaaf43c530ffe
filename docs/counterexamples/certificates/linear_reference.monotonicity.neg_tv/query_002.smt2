; linear_reference, every n and k: no segment violation
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
(declare-fun zero_is_negative!1970 () Bool)
(declare-fun zero_is_negative!1964 () Bool)
(declare-fun zero_is_negative!1969 () Bool)
(declare-fun zero_is_negative!1963 () Bool)
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
 (let ((?x126 (+ x_raised sum_n_15)))
 (let ((?x2749 (+ ?x126 1.0)))
 (let (($x4065 (= 0.0 ?x2749)))
 (let ((?x3553 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x2587 (/ 1.0 ?x3553)))
 (let ((?x4531 (* 1.0 ?x2587)))
 (let ((?x2451 (+ (+ (* x_raised p_i_u) sum_n_13) ?x4531)))
 (let (($x224 (and (not (= 0.0 ?x3553)) (< 0.0 ?x2587))))
 (let (($x643 (= 0.0 ?x3553)))
 (let (($x956 (or (and $x643 (ite $x643 zero_is_negative!1970 (not (> 0.0 ?x3553)))) $x224)))
 (let (($x2769 (and $x643 (not $x956))))
 (let (($x225 (and $x643 $x956)))
 (let (($x2424 (or $x225 $x2769)))
 (let (($x1325 (not $x2424)))
 (let (($x1503 (and (and $x1325 (= 0.0 ?x2451)) $x4065)))
 (let (($x2248 (and (not $x1503) (or $x2424 (and $x1325 $x4065)))))
 (let ((?x80 (+ b_i sum_n_15)))
 (let ((?x919 (+ ?x80 1.0)))
 (let (($x94 (= 0.0 ?x919)))
 (let (($x2095 (or (and $x643 (ite $x643 zero_is_negative!1964 (not (> 0.0 ?x3553)))) $x224)))
 (let (($x3821 (and $x643 (not $x2095))))
 (let (($x2902 (and $x643 $x2095)))
 (let (($x1186 (or $x2902 $x3821)))
 (let (($x2418 (not $x1186)))
 (let (($x4286 (and (and $x2418 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x4531))) $x94)))
 (let (($x608 (and (not $x4286) (or $x1186 (and $x2418 $x94)))))
 (let (($x2516 (or (and $x643 (ite $x643 zero_is_negative!1969 (not (> 0.0 ?x3553)))) $x224)))
 (let (($x1832 (and $x643 (not $x2516))))
 (let (($x2468 (and $x643 $x2516)))
 (let (($x486 (or $x2468 $x1832)))
 (let (($x4414 (not $x486)))
 (let (($x4045 (and (and $x4414 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x4531))) $x4065)))
 (let (($x2541 (and (not $x4045) (or $x486 (and $x4414 $x4065)))))
 (let (($x2938 (or (and $x643 (ite $x643 zero_is_negative!1963 (not (> 0.0 ?x3553)))) $x224)))
 (let (($x1452 (and $x643 (not $x2938))))
 (let (($x14 (and $x643 $x2938)))
 (let (($x2230 (or $x14 $x1452)))
 (let (($x988 (not $x2230)))
 (let (($x2165 (and (and $x988 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x4531))) $x94)))
 (let (($x4334 (and (not $x2165) (or $x2230 (and $x988 $x94)))))
 (and (not (or $x4334 $x2165)) (not (or $x2541 $x4045)) (not (or $x608 $x4286)) (not (or $x2248 $x1503))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x80 (+ b_i sum_n_15)))
(let ((?x919 (+ ?x80 1.0)))
(let ((?x3553 (+ 2.0 (+ (- 2.0) k))))
(let ((?x2587 (/ 1.0 ?x3553)))
(let ((?x4531 (* 1.0 ?x2587)))
(let ((?x2306 (+ (+ (* b_i p_i_u) sum_n_13) ?x4531)))
(let ((?x3901 (/ ?x2306 ?x919)))
(let ((?x126 (+ x_raised sum_n_15)))
(let ((?x2749 (+ ?x126 1.0)))
(let ((?x2451 (+ (+ (* x_raised p_i_u) sum_n_13) ?x4531)))
(let ((?x118 (/ ?x2451 ?x2749)))
(let ((?x1146 (- ?x118 ?x3901)))
(or (> 0.0 (* ?x1146 (- p_i_u ?x3901))) (< (* (- p_i_u ?x3901) (- p_i_u ?x3901)) (* ?x1146 ?x1146))))))))))))))))
(check-sat)
