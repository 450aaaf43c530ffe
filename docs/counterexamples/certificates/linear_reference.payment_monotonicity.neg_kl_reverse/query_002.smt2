; linear_reference, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
(declare-fun zero_is_negative!2297 () Bool)
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
 (let ((?x893 (+ b_i sum_n_15)))
 (let ((?x1484 (+ ?x893 1.0)))
 (let (($x1203 (= 0.0 ?x1484)))
 (let ((?x2468 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x486 (/ 1.0 ?x2468)))
 (let ((?x2119 (* 1.0 ?x486)))
 (let ((?x753 (* b_i p_i_t)))
 (let ((?x3221 (+ ?x753 sum_n_12)))
 (let ((?x2902 (+ ?x3221 ?x2119)))
 (let (($x2313 (= 0.0 ?x2468)))
 (let (($x3724 (not $x2313)))
 (let (($x3690 (and $x3724 (< 0.0 ?x486))))
 (let (($x3501 (> 0.0 ?x2468)))
 (let (($x2509 (not $x3501)))
 (let (($x94 (ite $x2313 zero_is_negative!2297 $x2509)))
 (let (($x828 (and $x2313 $x94)))
 (let (($x3249 (or $x828 $x3690)))
 (let (($x248 (and $x2313 (not $x3249))))
 (let (($x3045 (and $x2313 $x3249)))
 (let (($x154 (or $x3045 $x248)))
 (let (($x4400 (not $x154)))
 (let (($x4013 (and (and $x4400 (= 0.0 ?x2902)) $x1203)))
 (let (($x2798 (and (not $x4013) (or $x154 (and $x4400 $x1203)))))
 (not (or $x2798 $x4013))))))))))))))))))))))))))
(assert
 (let ((?x893 (+ b_i sum_n_15)))
(let ((?x1484 (+ ?x893 1.0)))
(let (($x1203 (= 0.0 ?x1484)))
(let ((?x2468 (+ 2.0 (+ (- 2.0) k))))
(let ((?x486 (/ 1.0 ?x2468)))
(let ((?x2119 (* 1.0 ?x486)))
(let ((?x753 (* b_i p_i_t)))
(let ((?x3221 (+ ?x753 sum_n_12)))
(let ((?x2902 (+ ?x3221 ?x2119)))
(let (($x2313 (= 0.0 ?x2468)))
(let (($x3724 (not $x2313)))
(let (($x3690 (and $x3724 (< 0.0 ?x486))))
(let (($x3501 (> 0.0 ?x2468)))
(let (($x2509 (not $x3501)))
(let (($x94 (ite $x2313 zero_is_negative!2297 $x2509)))
(let (($x828 (and $x2313 $x94)))
(let (($x3249 (or $x828 $x3690)))
(let (($x248 (and $x2313 (not $x3249))))
(let (($x3045 (and $x2313 $x3249)))
(let (($x154 (or $x3045 $x248)))
(let (($x4400 (not $x154)))
(let (($x4013 (and (and $x4400 (= 0.0 ?x2902)) $x1203)))
(let (($x2798 (and (not $x4013) (or $x154 (and $x4400 $x1203)))))
(let (($x2574 (not (or $x2798 $x4013))))
(not (and $x3724 $x4400 $x4400 $x2574)))))))))))))))))))))))))))
(check-sat)
