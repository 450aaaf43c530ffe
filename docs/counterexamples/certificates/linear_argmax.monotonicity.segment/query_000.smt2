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
(declare-fun zero_is_negative!11514 () Bool)
(declare-fun zero_is_negative!11515 () Bool)
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
 (let ((?x3262 (+ b_i sum_n_15)))
(let ((?x3553 (* b_i p_i_u)))
(let ((?x3431 (+ ?x3553 sum_n_13)))
(let ((?x5064 (/ ?x3431 ?x3262)))
(let ((?x1926 (+ (* b_i p_i_t) sum_n_12)))
(let ((?x3378 (/ ?x1926 ?x3262)))
(let (($x1089 (= 0.0 ?x3262)))
(let (($x974 (= 0.0 ?x1926)))
(let (($x518 (and $x974 $x1089)))
(let (($x6195 (not $x518)))
(let (($x4950 (and $x6195 $x1089)))
(let (($x340 (not (or $x4950 $x518))))
(let (($x3341 (= 0.0 ?x3431)))
(let (($x3616 (and $x3341 $x1089)))
(let (($x283 (not $x3616)))
(let (($x672 (and $x283 $x1089)))
(let (($x2976 (not (or $x672 $x3616))))
(let (($x736 (or (and (< 0.0 ?x1926) (not (> 0.0 ?x3262))) (and (> 0.0 ?x1926) (> 0.0 ?x3262)))))
(let (($x872 (ite $x1089 zero_is_negative!11514 $x736)))
(let (($x2736 (and $x4950 $x872)))
(let (($x680 (or (and (< 0.0 ?x3431) (not (> 0.0 ?x3262))) (and (> 0.0 ?x3431) (> 0.0 ?x3262)))))
(let (($x1434 (ite $x1089 zero_is_negative!11515 $x680)))
(let (($x1432 (and $x672 $x1434)))
(let (($x3164 (or (and (and $x672 (not $x1434)) (not (and $x4950 (not $x872)))) (and (not $x1432) $x2736) (and $x2976 $x340 (< ?x5064 ?x3378)))))
(let (($x1932 (and (and $x283 $x6195) $x3164)))
(let ((?x2737 (ite $x1932 ?x3378 ?x5064)))
(let (($x1220 (or $x518 $x3616)))
(let (($x695 (not $x1220)))
(let (($x414 (and $x695 (ite $x1932 (and $x4950 (not $x872)) (and $x672 (not $x1434))))))
(let (($x1960 (and $x695 (ite $x1932 $x2736 $x1432))))
(let (($x1701 (and (not (or (or max_k_pinf_16 max_k_ninf_17) max_k_nan_18)) (not (or (or $x1960 $x414) $x1220)) (< max_k_19 ?x2737))))
(let (($x2374 (or (and max_k_ninf_17 (not $x414)) (and (not max_k_pinf_16) $x1960) $x1701)))
(let (($x1361 (and (and (not max_k_nan_18) $x695) $x2374)))
(let ((?x1864 (ite $x1361 ?x2737 max_k_19)))
(let (($x2728 (or $x1220 max_k_nan_18)))
(let (($x1923 (not $x2728)))
(let (($x1821 (and $x1923 (ite $x1361 $x414 max_k_ninf_17))))
(let (($x878 (and $x1923 (ite $x1361 $x1960 max_k_pinf_16))))
(let (($x2471 (not (or (or $x878 $x1821) $x2728))))
(let (($x1563 (or (and $x878 $x1432) (and $x1821 (and $x672 (not $x1434))) (and $x2471 $x2976 (= ?x1864 ?x5064)))))
(let (($x2354 (or (and $x1821 (not (and $x672 (not $x1434)))) (and (not $x878) $x1432) (and $x2471 $x2976 (< ?x1864 ?x5064)))))
(let ((?x1114 (ite (or (and (and $x1923 $x283) $x2354) $x1563) 1.0 0.0)))
(let (($x63 (or (and $x878 $x2736) (and $x1821 (and $x4950 (not $x872))) (and $x2471 $x340 (= ?x1864 ?x3378)))))
(let (($x2322 (or (and $x1821 (not (and $x4950 (not $x872)))) (and (not $x878) $x2736) (and $x2471 $x340 (< ?x1864 ?x3378)))))
(let ((?x3492 (ite (or (and (and $x1923 $x6195) $x2322) $x63) 1.0 0.0)))
(let ((?x5700 (+ (+ ?x3492 ?x1114) sum_k_20)))
(let (($x820 (= 0.0 ?x5700)))
(and (not (and (= 0.0 ?x3492) $x820)) $x820)))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
