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
(declare-fun zero_is_negative!2606 () Bool)
(declare-fun zero_is_negative!2600 () Bool)
(declare-fun zero_is_negative!2605 () Bool)
(declare-fun zero_is_negative!2599 () Bool)
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
 (let ((?x1953 (+ x_raised sum_n_15)))
 (let ((?x815 (+ ?x1953 1.0)))
 (let (($x4659 (= 0.0 ?x815)))
 (let ((?x4334 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x4289 (/ 1.0 ?x4334)))
 (let ((?x856 (* 1.0 ?x4289)))
 (let ((?x1444 (+ (+ (* x_raised p_i_u) sum_n_13) ?x856)))
 (let (($x2500 (and (not (= 0.0 ?x4334)) (< 0.0 ?x4289))))
 (let (($x1486 (= 0.0 ?x4334)))
 (let (($x1001 (or (and $x1486 (ite $x1486 zero_is_negative!2606 (not (> 0.0 ?x4334)))) $x2500)))
 (let (($x1887 (and $x1486 (not $x1001))))
 (let (($x2740 (and $x1486 $x1001)))
 (let (($x2392 (or $x2740 $x1887)))
 (let (($x2610 (not $x2392)))
 (let (($x3173 (and (and $x2610 (= 0.0 ?x1444)) $x4659)))
 (let (($x418 (and (not $x3173) (or $x2392 (and $x2610 $x4659)))))
 (let ((?x243 (+ b_i sum_n_15)))
 (let ((?x2410 (+ ?x243 1.0)))
 (let (($x1219 (= 0.0 ?x2410)))
 (let (($x1735 (or (and $x1486 (ite $x1486 zero_is_negative!2600 (not (> 0.0 ?x4334)))) $x2500)))
 (let (($x11 (and $x1486 (not $x1735))))
 (let (($x3443 (and $x1486 $x1735)))
 (let (($x4404 (or $x3443 $x11)))
 (let (($x2550 (not $x4404)))
 (let (($x973 (and (and $x2550 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x856))) $x1219)))
 (let (($x909 (and (not $x973) (or $x4404 (and $x2550 $x1219)))))
 (let (($x2813 (or (and $x1486 (ite $x1486 zero_is_negative!2605 (not (> 0.0 ?x4334)))) $x2500)))
 (let (($x4360 (and $x1486 (not $x2813))))
 (let (($x3250 (and $x1486 $x2813)))
 (let (($x2947 (or $x3250 $x4360)))
 (let (($x2561 (not $x2947)))
 (let (($x38 (and (and $x2561 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x856))) $x4659)))
 (let (($x2864 (and (not $x38) (or $x2947 (and $x2561 $x4659)))))
 (let (($x3146 (or (and $x1486 (ite $x1486 zero_is_negative!2599 (not (> 0.0 ?x4334)))) $x2500)))
 (let (($x1276 (and $x1486 (not $x3146))))
 (let (($x2354 (and $x1486 $x3146)))
 (let (($x4080 (or $x2354 $x1276)))
 (let (($x4393 (not $x4080)))
 (let (($x4008 (and (and $x4393 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x856))) $x1219)))
 (let (($x2325 (and (not $x4008) (or $x4080 (and $x4393 $x1219)))))
 (and (not (or $x2325 $x4008)) (not (or $x2864 $x38)) (not (or $x909 $x973)) (not (or $x418 $x3173))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x243 (+ b_i sum_n_15)))
(let ((?x2410 (+ ?x243 1.0)))
(let ((?x4334 (+ 2.0 (+ (- 2.0) k))))
(let ((?x4289 (/ 1.0 ?x4334)))
(let ((?x856 (* 1.0 ?x4289)))
(let ((?x3688 (+ (+ (* b_i p_i_u) sum_n_13) ?x856)))
(let ((?x2704 (/ ?x3688 ?x2410)))
(let ((?x1953 (+ x_raised sum_n_15)))
(let ((?x815 (+ ?x1953 1.0)))
(let ((?x1444 (+ (+ (* x_raised p_i_u) sum_n_13) ?x856)))
(let ((?x2992 (/ ?x1444 ?x815)))
(let ((?x126 (- ?x2992 ?x2704)))
(or (> 0.0 (* ?x126 (- p_i_u ?x2704))) (< (* (- p_i_u ?x2704) (- p_i_u ?x2704)) (* ?x126 ?x126))))))))))))))))
(check-sat)
