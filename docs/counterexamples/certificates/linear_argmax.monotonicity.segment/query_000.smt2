; linear_argmax, every n and k: no output entry is +inf or -inf
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
(declare-fun max_k_nan_18 () Bool)
(declare-fun max_k_ninf_17 () Bool)
(declare-fun max_k_pinf_16 () Bool)
(declare-fun sum_k_20 () Real)
(declare-fun max_k_nan_23 () Bool)
(declare-fun max_k_ninf_22 () Bool)
(declare-fun max_k_pinf_21 () Bool)
(declare-fun sum_k_25 () Real)
(declare-fun max_k_19 () Real)
(declare-fun zero_is_negative!13908 () Bool)
(declare-fun zero_is_negative!13909 () Bool)
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
 ((_ at-most 1) max_k_pinf_16 max_k_ninf_17 max_k_nan_18))
(assert
 (>= sum_k_20 0.0))
(assert
 ((_ at-most 1) max_k_pinf_21 max_k_ninf_22 max_k_nan_23))
(assert
 (>= sum_k_25 0.0))
(assert
 (let ((?x152 (+ b_i sum_n_15)))
(let ((?x1958 (+ (* b_i p_i_u) sum_n_13)))
(let ((?x1354 (/ ?x1958 ?x152)))
(let ((?x394 (+ (* b_i p_i_t) sum_n_12)))
(let ((?x2189 (/ ?x394 ?x152)))
(let (($x3973 (= 0.0 ?x152)))
(let (($x1486 (= 0.0 ?x394)))
(let (($x1434 (and $x1486 $x3973)))
(let (($x639 (not $x1434)))
(let (($x1083 (and $x639 $x3973)))
(let (($x2459 (not (or $x1083 $x1434))))
(let (($x1508 (= 0.0 ?x1958)))
(let (($x1411 (and $x1508 $x3973)))
(let (($x3753 (not $x1411)))
(let (($x3770 (and $x3753 $x3973)))
(let (($x2704 (not (or $x3770 $x1411))))
(let (($x1784 (or (and (< 0.0 ?x394) (not (> 0.0 ?x152))) (and (> 0.0 ?x394) (> 0.0 ?x152)))))
(let (($x1050 (ite $x3973 zero_is_negative!13908 $x1784)))
(let (($x4150 (and $x1083 $x1050)))
(let (($x3295 (or (and (< 0.0 ?x1958) (not (> 0.0 ?x152))) (and (> 0.0 ?x1958) (> 0.0 ?x152)))))
(let (($x4455 (ite $x3973 zero_is_negative!13909 $x3295)))
(let (($x3040 (and $x3770 $x4455)))
(let (($x1516 (or (and (and $x3770 (not $x4455)) (not (and $x1083 (not $x1050)))) (and (not $x3040) $x4150) (and $x2704 $x2459 (< ?x1354 ?x2189)))))
(let (($x666 (and (and $x3753 $x639) $x1516)))
(let ((?x3219 (ite $x666 ?x2189 ?x1354)))
(let (($x396 (or $x1434 $x1411)))
(let (($x1744 (not $x396)))
(let (($x1828 (and $x1744 (ite $x666 (and $x1083 (not $x1050)) (and $x3770 (not $x4455))))))
(let (($x3916 (and $x1744 (ite $x666 $x4150 $x3040))))
(let (($x4390 (and (not (or (or max_k_pinf_16 max_k_ninf_17) max_k_nan_18)) (not (or (or $x3916 $x1828) $x396)) (< max_k_19 ?x3219))))
(let (($x4595 (or (and max_k_ninf_17 (not $x1828)) (and (not max_k_pinf_16) $x3916) $x4390)))
(let (($x3631 (and (and (not max_k_nan_18) $x1744) $x4595)))
(let ((?x3993 (ite $x3631 ?x3219 max_k_19)))
(let (($x3700 (or $x396 max_k_nan_18)))
(let (($x3576 (not $x3700)))
(let (($x3419 (and $x3576 (ite $x3631 $x1828 max_k_ninf_17))))
(let (($x1877 (and $x3576 (ite $x3631 $x3916 max_k_pinf_16))))
(let (($x2476 (not (or (or $x1877 $x3419) $x3700))))
(let (($x2464 (or (and $x1877 $x3040) (and $x3419 (and $x3770 (not $x4455))) (and $x2476 $x2704 (= ?x3993 ?x1354)))))
(let (($x2740 (or (and $x3419 (not (and $x3770 (not $x4455)))) (and (not $x1877) $x3040) (and $x2476 $x2704 (< ?x3993 ?x1354)))))
(let ((?x2066 (ite (or (and (and $x3576 $x3753) $x2740) $x2464) 1.0 0.0)))
(let (($x4066 (or (and $x1877 $x4150) (and $x3419 (and $x1083 (not $x1050))) (and $x2476 $x2459 (= ?x3993 ?x2189)))))
(let (($x428 (or (and $x3419 (not (and $x1083 (not $x1050)))) (and (not $x1877) $x4150) (and $x2476 $x2459 (< ?x3993 ?x2189)))))
(let ((?x3900 (ite (or (and (and $x3576 $x639) $x428) $x4066) 1.0 0.0)))
(let ((?x3574 (+ (+ ?x3900 ?x2066) sum_k_20)))
(let (($x2284 (= 0.0 ?x3574)))
(and (not (and (= 0.0 ?x3900) $x2284)) $x2284))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
