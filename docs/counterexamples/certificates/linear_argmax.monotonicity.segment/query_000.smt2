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
(declare-fun zero_is_negative!18115 () Bool)
(declare-fun zero_is_negative!18116 () Bool)
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
 (let ((?x357 (+ b_i sum_n_15)))
(let ((?x6462 (+ (* b_i p_i_u) sum_n_13)))
(let ((?x3231 (/ ?x6462 ?x357)))
(let ((?x845 (+ (* b_i p_i_t) sum_n_12)))
(let ((?x1055 (/ ?x845 ?x357)))
(let (($x6795 (= 0.0 ?x357)))
(let (($x6856 (= 0.0 ?x845)))
(let (($x8596 (and $x6856 $x6795)))
(let (($x2111 (not $x8596)))
(let (($x8870 (and $x2111 $x6795)))
(let (($x2868 (not (or $x8870 $x8596))))
(let (($x4411 (= 0.0 ?x6462)))
(let (($x6799 (and $x4411 $x6795)))
(let (($x7358 (not $x6799)))
(let (($x8110 (and $x7358 $x6795)))
(let (($x2571 (not (or $x8110 $x6799))))
(let (($x8581 (or (and (< 0.0 ?x845) (not (> 0.0 ?x357))) (and (> 0.0 ?x845) (> 0.0 ?x357)))))
(let (($x6704 (ite $x6795 zero_is_negative!18115 $x8581)))
(let (($x9048 (and $x8870 $x6704)))
(let (($x4970 (or (and (< 0.0 ?x6462) (not (> 0.0 ?x357))) (and (> 0.0 ?x6462) (> 0.0 ?x357)))))
(let (($x8626 (ite $x6795 zero_is_negative!18116 $x4970)))
(let (($x6963 (and $x8110 $x8626)))
(let (($x6781 (or (and (and $x8110 (not $x8626)) (not (and $x8870 (not $x6704)))) (and (not $x6963) $x9048) (and $x2571 $x2868 (< ?x3231 ?x1055)))))
(let (($x436 (and (and $x7358 $x2111) $x6781)))
(let ((?x7423 (ite $x436 ?x1055 ?x3231)))
(let (($x101 (or $x8596 $x6799)))
(let (($x1173 (not $x101)))
(let (($x8960 (and $x1173 (ite $x436 (and $x8870 (not $x6704)) (and $x8110 (not $x8626))))))
(let (($x6801 (and $x1173 (ite $x436 $x9048 $x6963))))
(let (($x1475 (and (not (or (or max_k_pinf_16 max_k_ninf_17) max_k_nan_18)) (not (or (or $x6801 $x8960) $x101)) (< max_k_19 ?x7423))))
(let (($x6315 (or (and max_k_ninf_17 (not $x8960)) (and (not max_k_pinf_16) $x6801) $x1475)))
(let (($x948 (and (and (not max_k_nan_18) $x1173) $x6315)))
(let ((?x4052 (ite $x948 ?x7423 max_k_19)))
(let (($x9044 (or $x101 max_k_nan_18)))
(let (($x950 (not $x9044)))
(let (($x4353 (and $x950 (ite $x948 $x8960 max_k_ninf_17))))
(let (($x4834 (and $x950 (ite $x948 $x6801 max_k_pinf_16))))
(let (($x6152 (not (or (or $x4834 $x4353) $x9044))))
(let (($x3255 (or (and $x4834 $x6963) (and $x4353 (and $x8110 (not $x8626))) (and $x6152 $x2571 (= ?x4052 ?x3231)))))
(let (($x5822 (or (and $x4353 (not (and $x8110 (not $x8626)))) (and (not $x4834) $x6963) (and $x6152 $x2571 (< ?x4052 ?x3231)))))
(let ((?x6602 (ite (or (and (and $x950 $x7358) $x5822) $x3255) 1.0 0.0)))
(let (($x1638 (or (and $x4834 $x9048) (and $x4353 (and $x8870 (not $x6704))) (and $x6152 $x2868 (= ?x4052 ?x1055)))))
(let (($x5546 (or (and $x4353 (not (and $x8870 (not $x6704)))) (and (not $x4834) $x9048) (and $x6152 $x2868 (< ?x4052 ?x1055)))))
(let ((?x7660 (ite (or (and (and $x950 $x2111) $x5546) $x1638) 1.0 0.0)))
(let ((?x922 (+ (+ ?x7660 ?x6602) sum_k_20)))
(let (($x6330 (= 0.0 ?x922)))
(and (not (and (= 0.0 ?x7660) $x6330)) $x6330))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
