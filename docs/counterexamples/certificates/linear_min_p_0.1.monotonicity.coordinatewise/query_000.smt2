; linear_min_p_0.1, every n and k: no output entry is +inf or -inf
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
(declare-fun sum_k_nan_27 () Bool)
(declare-fun sum_k_ninf_26 () Bool)
(declare-fun sum_k_pinf_25 () Bool)
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
 ((_ at-most 1) sum_k_pinf_25 sum_k_ninf_26 sum_k_nan_27))
(assert
 (let ((?x65 (+ b_i sum_n_15)))
(let ((?x68 (* b_i p_i_u)))
(let ((?x69 (+ ?x68 sum_n_13)))
(let ((?x114 (/ ?x69 ?x65)))
(let ((?x62 (* b_i p_i_t)))
(let ((?x63 (+ ?x62 sum_n_12)))
(let ((?x115 (/ ?x63 ?x65)))
(let (($x66 (= 0.0 ?x65)))
(let (($x64 (= 0.0 ?x63)))
(let (($x67 (and $x64 $x66)))
(let (($x75 (not $x67)))
(let (($x94 (and $x75 $x66)))
(let (($x113 (not (or $x94 $x67))))
(let (($x70 (= 0.0 ?x69)))
(let (($x71 (and $x70 $x66)))
(let (($x80 (not $x71)))
(let (($x82 (and $x80 $x66)))
(let (($x111 (not (or $x82 $x71))))
(let (($x100 (or (and (< 0.0 ?x63) (not (> 0.0 ?x65))) (and (> 0.0 ?x63) (> 0.0 ?x65)))))
(let (($x101 (ite $x66 abs_zero_is_negative_1 $x100)))
(let (($x108 (and $x94 $x101)))
(let (($x90 (or (and (< 0.0 ?x69) (not (> 0.0 ?x65))) (and (> 0.0 ?x69) (> 0.0 ?x65)))))
(let (($x91 (ite $x66 abs_zero_is_negative_2 $x90)))
(let (($x106 (and $x82 $x91)))
(let (($x118 (or (and (and $x82 (not $x91)) (not (and $x94 (not $x101)))) (and (not $x106) $x108) (and $x111 $x113 (< ?x114 ?x115)))))
(let (($x119 (and (and $x80 $x75) $x118)))
(let ((?x135 (ite $x119 ?x115 ?x114)))
(let (($x72 (or $x67 $x71)))
(let (($x78 (not $x72)))
(let (($x121 (and $x78 (ite $x119 (and $x94 (not $x101)) (and $x82 (not $x91))))))
(let (($x126 (and $x78 (ite $x119 $x108 $x106))))
(let (($x137 (and (not (or (or max_k_pinf_16 max_k_ninf_17) max_k_nan_18)) (not (or (or $x126 $x121) $x72)) (< max_k_19 ?x135))))
(let (($x138 (or (and max_k_ninf_17 (not $x121)) (and (not max_k_pinf_16) $x126) $x137)))
(let (($x139 (and (and (not max_k_nan_18) $x78) $x138)))
(let ((?x148 (ite $x139 ?x135 max_k_19)))
(let ((?x162 (* (/ 3602879701896397.0 36028797018963968.0) ?x148)))
(let (($x73 (or $x72 max_k_nan_18)))
(let (($x74 (not $x73)))
(let (($x141 (and $x74 (ite $x139 $x126 max_k_pinf_16))))
(let (($x144 (or $x141 (and $x74 (ite $x139 $x121 max_k_ninf_17)))))
(let (($x151 (or $x141 (and (not (or $x144 $x73)) (< 0.0 ?x148)))))
(let (($x145 (and $x74 $x144)))
(let (($x153 (and $x145 (not $x151))))
(let (($x155 (and $x145 $x151)))
(let (($x160 (not (or (or $x155 $x153) $x73))))
(let (($x194 (or (and $x155 $x106) (and $x153 (and $x82 (not $x91))) (and $x160 $x111 (= ?x162 ?x114)))))
(let (($x188 (or (and $x153 (not (and $x82 (not $x91)))) (and (not $x155) $x106) (and $x160 $x111 (< ?x162 ?x114)))))
(let (($x171 (or (and $x155 $x108) (and $x153 (and $x94 (not $x101))) (and $x160 $x113 (= ?x162 ?x115)))))
(let (($x165 (or (and $x153 (not (and $x94 (not $x101)))) (and (not $x155) $x108) (and $x160 $x113 (< ?x162 ?x115)))))
(let (($x172 (or (and (and $x74 $x75) $x165) $x171)))
(let ((?x179 (ite $x172 ?x115 0.0)))
(let ((?x198 (+ (+ ?x179 (ite (or (and (and $x74 $x80) $x188) $x194) ?x114 0.0)) sum_k_20)))
(let (($x199 (= 0.0 ?x198)))
(let (($x173 (ite $x172 $x67 false)))
(let (($x176 (or (ite $x172 $x108 false) (ite $x172 (and $x94 (not $x101)) false))))
(let (($x178 (not (or $x176 $x173))))
(and (not (or $x173 (and (and $x178 (= 0.0 ?x179)) $x199))) (or $x176 (and $x178 $x199))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
