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
(declare-fun zero_is_negative!2311 () Bool)
(declare-fun zero_is_negative!2305 () Bool)
(declare-fun zero_is_negative!2310 () Bool)
(declare-fun zero_is_negative!2304 () Bool)
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
 (let ((?x2638 (+ x_raised sum_n_15)))
 (let ((?x1434 (+ ?x2638 1.0)))
 (let (($x803 (= 0.0 ?x1434)))
 (let ((?x2417 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x841 (/ 1.0 ?x2417)))
 (let ((?x1091 (* 1.0 ?x841)))
 (let ((?x701 (+ (+ (* x_raised p_i_u) sum_n_13) ?x1091)))
 (let (($x847 (and (not (= 0.0 ?x2417)) (< 0.0 ?x841))))
 (let (($x2818 (= 0.0 ?x2417)))
 (let (($x2577 (or (and $x2818 (ite $x2818 zero_is_negative!2311 (not (> 0.0 ?x2417)))) $x847)))
 (let (($x2827 (and $x2818 (not $x2577))))
 (let (($x1314 (and $x2818 $x2577)))
 (let (($x287 (or $x1314 $x2827)))
 (let (($x2842 (not $x287)))
 (let (($x2562 (and (and $x2842 (= 0.0 ?x701)) $x803)))
 (let (($x502 (and (not $x2562) (or $x287 (and $x2842 $x803)))))
 (let ((?x1400 (+ b_i sum_n_15)))
 (let ((?x2643 (+ ?x1400 1.0)))
 (let (($x2639 (= 0.0 ?x2643)))
 (let (($x935 (or (and $x2818 (ite $x2818 zero_is_negative!2305 (not (> 0.0 ?x2417)))) $x847)))
 (let (($x2926 (and $x2818 (not $x935))))
 (let (($x2543 (and $x2818 $x935)))
 (let (($x276 (or $x2543 $x2926)))
 (let (($x1152 (not $x276)))
 (let (($x356 (and (and $x1152 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x1091))) $x2639)))
 (let (($x2620 (and (not $x356) (or $x276 (and $x1152 $x2639)))))
 (let (($x1674 (or (and $x2818 (ite $x2818 zero_is_negative!2310 (not (> 0.0 ?x2417)))) $x847)))
 (let (($x873 (and $x2818 (not $x1674))))
 (let (($x1058 (and $x2818 $x1674)))
 (let (($x2752 (or $x1058 $x873)))
 (let (($x2664 (not $x2752)))
 (let (($x360 (and (and $x2664 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1091))) $x803)))
 (let (($x1288 (and (not $x360) (or $x2752 (and $x2664 $x803)))))
 (let (($x1578 (or (and $x2818 (ite $x2818 zero_is_negative!2304 (not (> 0.0 ?x2417)))) $x847)))
 (let (($x2870 (and $x2818 (not $x1578))))
 (let (($x2599 (and $x2818 $x1578)))
 (let (($x2469 (or $x2599 $x2870)))
 (let (($x414 (not $x2469)))
 (let (($x734 (and (and $x414 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x1091))) $x2639)))
 (let (($x864 (and (not $x734) (or $x2469 (and $x414 $x2639)))))
 (and (not (or $x864 $x734)) (not (or $x1288 $x360)) (not (or $x2620 $x356)) (not (or $x502 $x2562))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1400 (+ b_i sum_n_15)))
(let ((?x2643 (+ ?x1400 1.0)))
(let ((?x2417 (+ 2.0 (+ (- 2.0) k))))
(let ((?x841 (/ 1.0 ?x2417)))
(let ((?x1091 (* 1.0 ?x841)))
(let ((?x515 (+ (+ (* b_i p_i_t) sum_n_12) ?x1091)))
(let ((?x2582 (/ ?x515 ?x2643)))
(let ((?x2638 (+ x_raised sum_n_15)))
(let ((?x1434 (+ ?x2638 1.0)))
(let ((?x53 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1091)))
(let ((?x766 (/ ?x53 ?x1434)))
(let ((?x2794 (- ?x766 ?x2582)))
(or (> 0.0 (* ?x2794 (- p_i_t ?x2582))) (< (* (- p_i_t ?x2582) (- p_i_t ?x2582)) (* ?x2794 ?x2794))))))))))))))))
(check-sat)
