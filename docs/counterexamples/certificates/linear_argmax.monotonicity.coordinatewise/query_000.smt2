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
(declare-fun abs_zero_is_negative_1 () Bool)
(declare-fun abs_zero_is_negative_2 () Bool)
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
 (let ((?x63 (+ b_i sum_n_15)))
(let ((?x66 (* b_i p_i_u)))
(let ((?x67 (+ ?x66 sum_n_13)))
(let ((?x112 (/ ?x67 ?x63)))
(let ((?x60 (* b_i p_i_t)))
(let ((?x61 (+ ?x60 sum_n_12)))
(let ((?x113 (/ ?x61 ?x63)))
(let (($x64 (= 0.0 ?x63)))
(let (($x62 (= 0.0 ?x61)))
(let (($x65 (and $x62 $x64)))
(let (($x73 (not $x65)))
(let (($x92 (and $x73 $x64)))
(let (($x111 (not (or $x92 $x65))))
(let (($x68 (= 0.0 ?x67)))
(let (($x69 (and $x68 $x64)))
(let (($x78 (not $x69)))
(let (($x80 (and $x78 $x64)))
(let (($x109 (not (or $x80 $x69))))
(let (($x98 (or (and (< 0.0 ?x61) (not (> 0.0 ?x63))) (and (> 0.0 ?x61) (> 0.0 ?x63)))))
(let (($x99 (ite $x64 abs_zero_is_negative_1 $x98)))
(let (($x106 (and $x92 $x99)))
(let (($x88 (or (and (< 0.0 ?x67) (not (> 0.0 ?x63))) (and (> 0.0 ?x67) (> 0.0 ?x63)))))
(let (($x89 (ite $x64 abs_zero_is_negative_2 $x88)))
(let (($x104 (and $x80 $x89)))
(let (($x116 (or (and (and $x80 (not $x89)) (not (and $x92 (not $x99)))) (and (not $x104) $x106) (and $x109 $x111 (< ?x112 ?x113)))))
(let (($x117 (and (and $x78 $x73) $x116)))
(let ((?x133 (ite $x117 ?x113 ?x112)))
(let (($x70 (or $x65 $x69)))
(let (($x76 (not $x70)))
(let (($x119 (and $x76 (ite $x117 (and $x92 (not $x99)) (and $x80 (not $x89))))))
(let (($x124 (and $x76 (ite $x117 $x106 $x104))))
(let (($x135 (and (not (or (or max_k_pinf_16 max_k_ninf_17) max_k_nan_18)) (not (or (or $x124 $x119) $x70)) (< max_k_19 ?x133))))
(let (($x136 (or (and max_k_ninf_17 (not $x119)) (and (not max_k_pinf_16) $x124) $x135)))
(let (($x137 (and (and (not max_k_nan_18) $x76) $x136)))
(let ((?x148 (ite $x137 ?x133 max_k_19)))
(let (($x71 (or $x70 max_k_nan_18)))
(let (($x72 (not $x71)))
(let (($x139 (and $x72 (ite $x137 $x119 max_k_ninf_17))))
(let (($x142 (and $x72 (ite $x137 $x124 max_k_pinf_16))))
(let (($x147 (not (or (or $x142 $x139) $x71))))
(let (($x173 (or (and $x142 $x104) (and $x139 (and $x80 (not $x89))) (and $x147 $x109 (= ?x148 ?x112)))))
(let (($x167 (or (and $x139 (not (and $x80 (not $x89)))) (and (not $x142) $x104) (and $x147 $x109 (< ?x148 ?x112)))))
(let (($x157 (or (and $x142 $x106) (and $x139 (and $x92 (not $x99))) (and $x147 $x111 (= ?x148 ?x113)))))
(let (($x151 (or (and $x139 (not (and $x92 (not $x99)))) (and (not $x142) $x106) (and $x147 $x111 (< ?x148 ?x113)))))
(let ((?x159 (ite (or (and (and $x72 $x73) $x151) $x157) 1.0 0.0)))
(let ((?x177 (+ (+ ?x159 (ite (or (and (and $x72 $x78) $x167) $x173) 1.0 0.0)) sum_k_20)))
(let (($x178 (= 0.0 ?x177)))
(and (not (and (= 0.0 ?x159) $x178)) $x178)))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
