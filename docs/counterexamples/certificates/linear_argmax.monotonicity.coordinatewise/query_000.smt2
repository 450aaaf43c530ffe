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
(declare-fun zero_is_negative!11681 () Bool)
(declare-fun zero_is_negative!11682 () Bool)
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
 (let ((?x382 (+ b_i sum_n_15)))
(let ((?x2307 (+ (* b_i p_i_u) sum_n_13)))
(let ((?x2717 (/ ?x2307 ?x382)))
(let ((?x1500 (+ (* b_i p_i_t) sum_n_12)))
(let ((?x2112 (/ ?x1500 ?x382)))
(let (($x585 (= 0.0 ?x382)))
(let (($x908 (= 0.0 ?x1500)))
(let (($x3353 (and $x908 $x585)))
(let (($x312 (not $x3353)))
(let (($x4061 (and $x312 $x585)))
(let (($x947 (not (or $x4061 $x3353))))
(let (($x1055 (= 0.0 ?x2307)))
(let (($x4011 (and $x1055 $x585)))
(let (($x1078 (not $x4011)))
(let (($x1773 (and $x1078 $x585)))
(let (($x4187 (not (or $x1773 $x4011))))
(let (($x5414 (or (and (< 0.0 ?x1500) (not (> 0.0 ?x382))) (and (> 0.0 ?x1500) (> 0.0 ?x382)))))
(let (($x2333 (ite $x585 zero_is_negative!11681 $x5414)))
(let (($x3597 (and $x4061 $x2333)))
(let (($x5505 (or (and (< 0.0 ?x2307) (not (> 0.0 ?x382))) (and (> 0.0 ?x2307) (> 0.0 ?x382)))))
(let (($x768 (ite $x585 zero_is_negative!11682 $x5505)))
(let (($x3575 (and $x1773 $x768)))
(let (($x4143 (or (and (and $x1773 (not $x768)) (not (and $x4061 (not $x2333)))) (and (not $x3575) $x3597) (and $x4187 $x947 (< ?x2717 ?x2112)))))
(let (($x3638 (and (and $x1078 $x312) $x4143)))
(let ((?x1929 (ite $x3638 ?x2112 ?x2717)))
(let (($x5249 (or $x3353 $x4011)))
(let (($x2183 (not $x5249)))
(let (($x3247 (and $x2183 (ite $x3638 (and $x4061 (not $x2333)) (and $x1773 (not $x768))))))
(let (($x1133 (and $x2183 (ite $x3638 $x3597 $x3575))))
(let (($x2994 (and (not (or (or max_k_pinf_16 max_k_ninf_17) max_k_nan_18)) (not (or (or $x1133 $x3247) $x5249)) (< max_k_19 ?x1929))))
(let (($x667 (or (and max_k_ninf_17 (not $x3247)) (and (not max_k_pinf_16) $x1133) $x2994)))
(let (($x4664 (and (and (not max_k_nan_18) $x2183) $x667)))
(let ((?x3398 (ite $x4664 ?x1929 max_k_19)))
(let (($x677 (or $x5249 max_k_nan_18)))
(let (($x4862 (not $x677)))
(let (($x209 (and $x4862 (ite $x4664 $x3247 max_k_ninf_17))))
(let (($x4556 (and $x4862 (ite $x4664 $x1133 max_k_pinf_16))))
(let (($x2051 (not (or (or $x4556 $x209) $x677))))
(let (($x2857 (or (and $x4556 $x3575) (and $x209 (and $x1773 (not $x768))) (and $x2051 $x4187 (= ?x3398 ?x2717)))))
(let (($x1829 (or (and $x209 (not (and $x1773 (not $x768)))) (and (not $x4556) $x3575) (and $x2051 $x4187 (< ?x3398 ?x2717)))))
(let ((?x4019 (ite (or (and (and $x4862 $x1078) $x1829) $x2857) 1.0 0.0)))
(let (($x2747 (or (and $x4556 $x3597) (and $x209 (and $x4061 (not $x2333))) (and $x2051 $x947 (= ?x3398 ?x2112)))))
(let (($x1654 (or (and $x209 (not (and $x4061 (not $x2333)))) (and (not $x4556) $x3597) (and $x2051 $x947 (< ?x3398 ?x2112)))))
(let ((?x3620 (ite (or (and (and $x4862 $x312) $x1654) $x2747) 1.0 0.0)))
(let ((?x378 (+ (+ ?x3620 ?x4019) sum_k_20)))
(let (($x4231 (= 0.0 ?x378)))
(and (not (and (= 0.0 ?x3620) $x4231)) $x4231))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
