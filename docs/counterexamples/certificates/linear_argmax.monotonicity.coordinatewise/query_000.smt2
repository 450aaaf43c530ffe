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
(declare-fun zero_is_negative!19748 () Bool)
(declare-fun zero_is_negative!19749 () Bool)
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
 (let ((?x742 (+ b_i sum_n_15)))
(let ((?x7606 (+ (* b_i p_i_u) sum_n_13)))
(let ((?x2619 (/ ?x7606 ?x742)))
(let ((?x2905 (+ (* b_i p_i_t) sum_n_12)))
(let ((?x5500 (/ ?x2905 ?x742)))
(let (($x6921 (= 0.0 ?x742)))
(let (($x1404 (= 0.0 ?x2905)))
(let (($x2150 (and $x1404 $x6921)))
(let (($x2658 (not $x2150)))
(let (($x6007 (and $x2658 $x6921)))
(let (($x4178 (not (or $x6007 $x2150))))
(let (($x1397 (= 0.0 ?x7606)))
(let (($x2494 (and $x1397 $x6921)))
(let (($x1168 (not $x2494)))
(let (($x2473 (and $x1168 $x6921)))
(let (($x3216 (not (or $x2473 $x2494))))
(let (($x7104 (or (and (< 0.0 ?x2905) (not (> 0.0 ?x742))) (and (> 0.0 ?x2905) (> 0.0 ?x742)))))
(let (($x6886 (ite $x6921 zero_is_negative!19748 $x7104)))
(let (($x7402 (and $x6007 $x6886)))
(let (($x3048 (or (and (< 0.0 ?x7606) (not (> 0.0 ?x742))) (and (> 0.0 ?x7606) (> 0.0 ?x742)))))
(let (($x7903 (ite $x6921 zero_is_negative!19749 $x3048)))
(let (($x4398 (and $x2473 $x7903)))
(let (($x6081 (or (and (and $x2473 (not $x7903)) (not (and $x6007 (not $x6886)))) (and (not $x4398) $x7402) (and $x3216 $x4178 (< ?x2619 ?x5500)))))
(let (($x2586 (and (and $x1168 $x2658) $x6081)))
(let ((?x3904 (ite $x2586 ?x5500 ?x2619)))
(let (($x1405 (or $x2150 $x2494)))
(let (($x4575 (not $x1405)))
(let (($x6462 (and $x4575 (ite $x2586 (and $x6007 (not $x6886)) (and $x2473 (not $x7903))))))
(let (($x8416 (and $x4575 (ite $x2586 $x7402 $x4398))))
(let (($x2120 (and (not (or (or max_k_pinf_16 max_k_ninf_17) max_k_nan_18)) (not (or (or $x8416 $x6462) $x1405)) (< max_k_19 ?x3904))))
(let (($x2145 (or (and max_k_ninf_17 (not $x6462)) (and (not max_k_pinf_16) $x8416) $x2120)))
(let (($x8219 (and (and (not max_k_nan_18) $x4575) $x2145)))
(let ((?x652 (ite $x8219 ?x3904 max_k_19)))
(let (($x2846 (or $x1405 max_k_nan_18)))
(let (($x1675 (not $x2846)))
(let (($x2220 (and $x1675 (ite $x8219 $x6462 max_k_ninf_17))))
(let (($x6379 (and $x1675 (ite $x8219 $x8416 max_k_pinf_16))))
(let (($x2167 (not (or (or $x6379 $x2220) $x2846))))
(let (($x7388 (or (and $x6379 $x4398) (and $x2220 (and $x2473 (not $x7903))) (and $x2167 $x3216 (= ?x652 ?x2619)))))
(let (($x5573 (or (and $x2220 (not (and $x2473 (not $x7903)))) (and (not $x6379) $x4398) (and $x2167 $x3216 (< ?x652 ?x2619)))))
(let ((?x7695 (ite (or (and (and $x1675 $x1168) $x5573) $x7388) 1.0 0.0)))
(let (($x2474 (or (and $x6379 $x7402) (and $x2220 (and $x6007 (not $x6886))) (and $x2167 $x4178 (= ?x652 ?x5500)))))
(let (($x6228 (or (and $x2220 (not (and $x6007 (not $x6886)))) (and (not $x6379) $x7402) (and $x2167 $x4178 (< ?x652 ?x5500)))))
(let ((?x111 (ite (or (and (and $x1675 $x2658) $x6228) $x2474) 1.0 0.0)))
(let ((?x7680 (+ (+ ?x111 ?x7695) sum_k_20)))
(let (($x8977 (= 0.0 ?x7680)))
(and (not (and (= 0.0 ?x111) $x8977)) $x8977))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
