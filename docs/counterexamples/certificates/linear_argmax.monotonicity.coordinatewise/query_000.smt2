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
(declare-fun zero_is_negative!13676 () Bool)
(declare-fun zero_is_negative!13677 () Bool)
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
 (let ((?x3699 (+ b_i sum_n_15)))
(let ((?x2558 (+ (* b_i p_i_u) sum_n_13)))
(let ((?x924 (/ ?x2558 ?x3699)))
(let ((?x1178 (+ (* b_i p_i_t) sum_n_12)))
(let ((?x4369 (/ ?x1178 ?x3699)))
(let (($x3538 (= 0.0 ?x3699)))
(let (($x2855 (= 0.0 ?x1178)))
(let (($x3187 (and $x2855 $x3538)))
(let (($x3551 (not $x3187)))
(let (($x2156 (and $x3551 $x3538)))
(let (($x287 (not (or $x2156 $x3187))))
(let (($x3657 (= 0.0 ?x2558)))
(let (($x2732 (and $x3657 $x3538)))
(let (($x4526 (not $x2732)))
(let (($x4105 (and $x4526 $x3538)))
(let (($x3114 (not (or $x4105 $x2732))))
(let (($x3286 (or (and (< 0.0 ?x1178) (not (> 0.0 ?x3699))) (and (> 0.0 ?x1178) (> 0.0 ?x3699)))))
(let (($x3019 (ite $x3538 zero_is_negative!13676 $x3286)))
(let (($x2693 (and $x2156 $x3019)))
(let (($x919 (or (and (< 0.0 ?x2558) (not (> 0.0 ?x3699))) (and (> 0.0 ?x2558) (> 0.0 ?x3699)))))
(let (($x1341 (ite $x3538 zero_is_negative!13677 $x919)))
(let (($x2117 (and $x4105 $x1341)))
(let (($x3024 (or (and (and $x4105 (not $x1341)) (not (and $x2156 (not $x3019)))) (and (not $x2117) $x2693) (and $x3114 $x287 (< ?x924 ?x4369)))))
(let (($x2495 (and (and $x4526 $x3551) $x3024)))
(let ((?x348 (ite $x2495 ?x4369 ?x924)))
(let (($x1864 (or $x3187 $x2732)))
(let (($x1300 (not $x1864)))
(let (($x561 (and $x1300 (ite $x2495 (and $x2156 (not $x3019)) (and $x4105 (not $x1341))))))
(let (($x957 (and $x1300 (ite $x2495 $x2693 $x2117))))
(let (($x592 (and (not (or (or max_k_pinf_16 max_k_ninf_17) max_k_nan_18)) (not (or (or $x957 $x561) $x1864)) (< max_k_19 ?x348))))
(let (($x566 (or (and max_k_ninf_17 (not $x561)) (and (not max_k_pinf_16) $x957) $x592)))
(let (($x1449 (and (and (not max_k_nan_18) $x1300) $x566)))
(let ((?x3813 (ite $x1449 ?x348 max_k_19)))
(let (($x1788 (or $x1864 max_k_nan_18)))
(let (($x748 (not $x1788)))
(let (($x2673 (and $x748 (ite $x1449 $x561 max_k_ninf_17))))
(let (($x2808 (and $x748 (ite $x1449 $x957 max_k_pinf_16))))
(let (($x4210 (not (or (or $x2808 $x2673) $x1788))))
(let (($x314 (or (and $x2808 $x2117) (and $x2673 (and $x4105 (not $x1341))) (and $x4210 $x3114 (= ?x3813 ?x924)))))
(let (($x762 (or (and $x2673 (not (and $x4105 (not $x1341)))) (and (not $x2808) $x2117) (and $x4210 $x3114 (< ?x3813 ?x924)))))
(let ((?x3470 (ite (or (and (and $x748 $x4526) $x762) $x314) 1.0 0.0)))
(let (($x3913 (or (and $x2808 $x2693) (and $x2673 (and $x2156 (not $x3019))) (and $x4210 $x287 (= ?x3813 ?x4369)))))
(let (($x3437 (or (and $x2673 (not (and $x2156 (not $x3019)))) (and (not $x2808) $x2693) (and $x4210 $x287 (< ?x3813 ?x4369)))))
(let ((?x4079 (ite (or (and (and $x748 $x3551) $x3437) $x3913) 1.0 0.0)))
(let ((?x2801 (+ (+ ?x4079 ?x3470) sum_k_20)))
(let (($x3543 (= 0.0 ?x2801)))
(and (not (and (= 0.0 ?x4079) $x3543)) $x3543))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
