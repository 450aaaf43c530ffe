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
(declare-fun zero_is_negative!1366 () Bool)
(declare-fun zero_is_negative!1360 () Bool)
(declare-fun zero_is_negative!1365 () Bool)
(declare-fun zero_is_negative!1359 () Bool)
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
 (let ((?x247 (+ x_raised sum_n_15)))
 (let ((?x200 (+ ?x247 1.0)))
 (let (($x49 (= 0.0 ?x200)))
 (let ((?x414 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x368 (/ 1.0 ?x414)))
 (let ((?x111 (* 1.0 ?x368)))
 (let ((?x112 (+ (+ (* x_raised p_i_u) sum_n_13) ?x111)))
 (let (($x63 (and (not (= 0.0 ?x414)) (< 0.0 ?x368))))
 (let (($x363 (= 0.0 ?x414)))
 (let (($x179 (or (and $x363 (ite $x363 zero_is_negative!1366 (not (> 0.0 ?x414)))) $x63)))
 (let (($x73 (and $x363 (not $x179))))
 (let (($x101 (and $x363 $x179)))
 (let (($x210 (or $x101 $x73)))
 (let (($x390 (not $x210)))
 (let (($x195 (and (and $x390 (= 0.0 ?x112)) $x49)))
 (let (($x260 (and (not $x195) (or $x210 (and $x390 $x49)))))
 (let ((?x201 (+ b_i sum_n_15)))
 (let ((?x222 (+ ?x201 1.0)))
 (let (($x98 (= 0.0 ?x222)))
 (let (($x144 (or (and $x363 (ite $x363 zero_is_negative!1360 (not (> 0.0 ?x414)))) $x63)))
 (let (($x116 (and $x363 (not $x144))))
 (let (($x42 (and $x363 $x144)))
 (let (($x348 (or $x42 $x116)))
 (let (($x519 (not $x348)))
 (let (($x203 (and (and $x519 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x111))) $x98)))
 (let (($x31 (and (not $x203) (or $x348 (and $x519 $x98)))))
 (let (($x118 (or (and $x363 (ite $x363 zero_is_negative!1365 (not (> 0.0 ?x414)))) $x63)))
 (let (($x355 (and $x363 (not $x118))))
 (let (($x452 (and $x363 $x118)))
 (let (($x502 (or $x452 $x355)))
 (let (($x431 (not $x502)))
 (let (($x374 (and (and $x431 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x111))) $x49)))
 (let (($x54 (and (not $x374) (or $x502 (and $x431 $x49)))))
 (let (($x388 (or (and $x363 (ite $x363 zero_is_negative!1359 (not (> 0.0 ?x414)))) $x63)))
 (let (($x420 (and $x363 (not $x388))))
 (let (($x205 (and $x363 $x388)))
 (let (($x389 (or $x205 $x420)))
 (let (($x372 (not $x389)))
 (let (($x66 (and (and $x372 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x111))) $x98)))
 (let (($x394 (and (not $x66) (or $x389 (and $x372 $x98)))))
 (and (not (or $x394 $x66)) (not (or $x54 $x374)) (not (or $x31 $x203)) (not (or $x260 $x195))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x201 (+ b_i sum_n_15)))
(let ((?x222 (+ ?x201 1.0)))
(let ((?x414 (+ 2.0 (+ (- 2.0) k))))
(let ((?x368 (/ 1.0 ?x414)))
(let ((?x111 (* 1.0 ?x368)))
(let ((?x129 (+ (+ (* b_i p_i_u) sum_n_13) ?x111)))
(let ((?x304 (/ ?x129 ?x222)))
(let ((?x247 (+ x_raised sum_n_15)))
(let ((?x200 (+ ?x247 1.0)))
(let ((?x112 (+ (+ (* x_raised p_i_u) sum_n_13) ?x111)))
(let ((?x175 (/ ?x112 ?x200)))
(let ((?x296 (- ?x175 ?x304)))
(or (> 0.0 (* ?x296 (- p_i_u ?x304))) (< (* (- p_i_u ?x304) (- p_i_u ?x304)) (* ?x296 ?x296))))))))))))))))
(check-sat)
