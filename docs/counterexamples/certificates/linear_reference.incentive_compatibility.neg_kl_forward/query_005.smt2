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
(declare-fun zero_is_negative!2725 () Bool)
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
 (let ((?x2747 (+ b_i sum_n_15)))
 (let ((?x3672 (+ ?x2747 1.0)))
 (let (($x3628 (= 0.0 ?x3672)))
 (let ((?x2055 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x559 (/ 1.0 ?x2055)))
 (let ((?x1529 (* 1.0 ?x559)))
 (let ((?x2380 (* b_i p_i_t)))
 (let ((?x3856 (+ ?x2380 sum_n_12)))
 (let ((?x2692 (+ ?x3856 ?x1529)))
 (let (($x3173 (= 0.0 ?x2055)))
 (let (($x3199 (not $x3173)))
 (let (($x4080 (and $x3199 (< 0.0 ?x559))))
 (let (($x4488 (> 0.0 ?x2055)))
 (let (($x4092 (not $x4488)))
 (let (($x4393 (ite $x3173 zero_is_negative!2725 $x4092)))
 (let (($x118 (and $x3173 $x4393)))
 (let (($x1081 (or $x118 $x4080)))
 (let (($x1001 (and $x3173 (not $x1081))))
 (let (($x4339 (and $x3173 $x1081)))
 (let (($x892 (or $x4339 $x1001)))
 (let (($x3904 (not $x892)))
 (let (($x1219 (and (and $x3904 (= 0.0 ?x2692)) $x3628)))
 (let (($x729 (and (not $x1219) (or $x892 (and $x3904 $x3628)))))
 (not (or $x729 $x1219))))))))))))))))))))))))))
(assert
 (let ((?x2747 (+ b_i sum_n_15)))
 (let ((?x3672 (+ ?x2747 1.0)))
 (let (($x3628 (= 0.0 ?x3672)))
 (let ((?x2055 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x559 (/ 1.0 ?x2055)))
 (let ((?x1529 (* 1.0 ?x559)))
 (let ((?x2380 (* b_i p_i_t)))
 (let ((?x3856 (+ ?x2380 sum_n_12)))
 (let ((?x2692 (+ ?x3856 ?x1529)))
 (let (($x3173 (= 0.0 ?x2055)))
 (let (($x3199 (not $x3173)))
 (let (($x4080 (and $x3199 (< 0.0 ?x559))))
 (let (($x4488 (> 0.0 ?x2055)))
 (let (($x4092 (not $x4488)))
 (let (($x4393 (ite $x3173 zero_is_negative!2725 $x4092)))
 (let (($x118 (and $x3173 $x4393)))
 (let (($x1081 (or $x118 $x4080)))
 (let (($x1001 (and $x3173 (not $x1081))))
 (let (($x4339 (and $x3173 $x1081)))
 (let (($x892 (or $x4339 $x1001)))
 (let (($x3904 (not $x892)))
 (let (($x1219 (and (and $x3904 (= 0.0 ?x2692)) $x3628)))
 (let (($x729 (and (not $x1219) (or $x892 (and $x3904 $x3628)))))
 (let (($x1712 (not (or $x729 $x1219))))
 (let (($x4493 (not (and $x3199 $x3904 $x3904 $x1712))))
 (not $x4493)))))))))))))))))))))))))))
(assert
 (let ((?x2747 (+ b_i sum_n_15)))
(let ((?x3672 (+ ?x2747 1.0)))
(let ((?x2055 (+ 2.0 (+ (- 2.0) k))))
(let ((?x559 (/ 1.0 ?x2055)))
(let ((?x1529 (* 1.0 ?x559)))
(let ((?x2380 (* b_i p_i_t)))
(let ((?x3856 (+ ?x2380 sum_n_12)))
(let ((?x2692 (+ ?x3856 ?x1529)))
(let ((?x3225 (/ ?x2692 ?x3672)))
(< ?x3225 0.0)))))))))))
(check-sat)
