; linear_reference, every n and k: q(t) >= 0 wherever q(t) is finite
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
(declare-fun zero_is_negative!2531 () Bool)
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
 (let ((?x2985 (+ b_i sum_n_15)))
 (let ((?x2692 (+ ?x2985 1.0)))
 (let (($x973 (= 0.0 ?x2692)))
 (let ((?x4186 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x847 (/ 1.0 ?x4186)))
 (let ((?x1961 (* 1.0 ?x847)))
 (let ((?x2933 (* b_i p_i_t)))
 (let ((?x3936 (+ ?x2933 sum_n_12)))
 (let ((?x4080 (+ ?x3936 ?x1961)))
 (let (($x2833 (= 0.0 ?x4186)))
 (let (($x2907 (not $x2833)))
 (let (($x4654 (and $x2907 (< 0.0 ?x847))))
 (let (($x3512 (> 0.0 ?x4186)))
 (let (($x4591 (not $x3512)))
 (let (($x1214 (ite $x2833 zero_is_negative!2531 $x4591)))
 (let (($x1729 (and $x2833 $x1214)))
 (let (($x704 (or $x1729 $x4654)))
 (let (($x2928 (and $x2833 (not $x704))))
 (let (($x3146 (and $x2833 $x704)))
 (let (($x2791 (or $x3146 $x2928)))
 (let (($x3547 (not $x2791)))
 (let (($x1360 (and (and $x3547 (= 0.0 ?x4080)) $x973)))
 (let (($x176 (and (not $x1360) (or $x2791 (and $x3547 $x973)))))
 (not (or $x176 $x1360))))))))))))))))))))))))))
(assert
 (let ((?x2985 (+ b_i sum_n_15)))
 (let ((?x2692 (+ ?x2985 1.0)))
 (let (($x973 (= 0.0 ?x2692)))
 (let ((?x4186 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x847 (/ 1.0 ?x4186)))
 (let ((?x1961 (* 1.0 ?x847)))
 (let ((?x2933 (* b_i p_i_t)))
 (let ((?x3936 (+ ?x2933 sum_n_12)))
 (let ((?x4080 (+ ?x3936 ?x1961)))
 (let (($x2833 (= 0.0 ?x4186)))
 (let (($x2907 (not $x2833)))
 (let (($x4654 (and $x2907 (< 0.0 ?x847))))
 (let (($x3512 (> 0.0 ?x4186)))
 (let (($x4591 (not $x3512)))
 (let (($x1214 (ite $x2833 zero_is_negative!2531 $x4591)))
 (let (($x1729 (and $x2833 $x1214)))
 (let (($x704 (or $x1729 $x4654)))
 (let (($x2928 (and $x2833 (not $x704))))
 (let (($x3146 (and $x2833 $x704)))
 (let (($x2791 (or $x3146 $x2928)))
 (let (($x3547 (not $x2791)))
 (let (($x1360 (and (and $x3547 (= 0.0 ?x4080)) $x973)))
 (let (($x176 (and (not $x1360) (or $x2791 (and $x3547 $x973)))))
 (let (($x2500 (not (or $x176 $x1360))))
 (let (($x1042 (not (and $x2907 $x3547 $x3547 $x2500))))
 (not $x1042)))))))))))))))))))))))))))
(assert
 (let ((?x2985 (+ b_i sum_n_15)))
(let ((?x2692 (+ ?x2985 1.0)))
(let ((?x4186 (+ 2.0 (+ (- 2.0) k))))
(let ((?x847 (/ 1.0 ?x4186)))
(let ((?x1961 (* 1.0 ?x847)))
(let ((?x2933 (* b_i p_i_t)))
(let ((?x3936 (+ ?x2933 sum_n_12)))
(let ((?x4080 (+ ?x3936 ?x1961)))
(let ((?x3688 (/ ?x4080 ?x2692)))
(< ?x3688 0.0)))))))))))
(check-sat)
