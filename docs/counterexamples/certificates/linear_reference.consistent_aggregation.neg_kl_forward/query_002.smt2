; linear_reference, every n and k: no segment violation
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
(declare-fun x_raised () Real)
(declare-fun zero_is_negative!2604 () Bool)
(declare-fun zero_is_negative!2598 () Bool)
(declare-fun zero_is_negative!2603 () Bool)
(declare-fun zero_is_negative!2597 () Bool)
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
 (>= x_raised b_i))
(assert
 (let ((?x1210 (+ x_raised sum_n_15)))
 (let ((?x3010 (+ ?x1210 1.0)))
 (let (($x1186 (= 0.0 ?x3010)))
 (let ((?x919 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x14 (/ 1.0 ?x919)))
 (let ((?x248 (* 1.0 ?x14)))
 (let ((?x154 (+ (+ (* x_raised p_i_u) sum_n_13) ?x248)))
 (let (($x4627 (and (not (= 0.0 ?x919)) (< 0.0 ?x14))))
 (let (($x823 (= 0.0 ?x919)))
 (let (($x2435 (or (and $x823 (ite $x823 zero_is_negative!2604 (not (> 0.0 ?x919)))) $x4627)))
 (let (($x972 (and $x823 (not $x2435))))
 (let (($x1678 (and $x823 $x2435)))
 (let (($x2749 (or $x1678 $x972)))
 (let (($x4391 (not $x2749)))
 (let (($x4590 (and (and $x4391 (= 0.0 ?x154)) $x1186)))
 (let (($x2920 (and (not $x4590) (or $x2749 (and $x4391 $x1186)))))
 (let ((?x4291 (+ b_i sum_n_15)))
 (let ((?x332 (+ ?x4291 1.0)))
 (let (($x3522 (= 0.0 ?x332)))
 (let (($x2829 (or (and $x823 (ite $x823 zero_is_negative!2598 (not (> 0.0 ?x919)))) $x4627)))
 (let (($x2861 (and $x823 (not $x2829))))
 (let (($x943 (and $x823 $x2829)))
 (let (($x2722 (or $x943 $x2861)))
 (let (($x2763 (not $x2722)))
 (let (($x70 (and (and $x2763 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x248))) $x3522)))
 (let (($x115 (and (not $x70) (or $x2722 (and $x2763 $x3522)))))
 (let (($x1771 (or (and $x823 (ite $x823 zero_is_negative!2603 (not (> 0.0 ?x919)))) $x4627)))
 (let (($x2067 (and $x823 (not $x1771))))
 (let (($x1093 (and $x823 $x1771)))
 (let (($x2157 (or $x1093 $x2067)))
 (let (($x3377 (not $x2157)))
 (let (($x3249 (and (and $x3377 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x248))) $x1186)))
 (let (($x3221 (and (not $x3249) (or $x2157 (and $x3377 $x1186)))))
 (let (($x1623 (or (and $x823 (ite $x823 zero_is_negative!2597 (not (> 0.0 ?x919)))) $x4627)))
 (let (($x486 (and $x823 (not $x1623))))
 (let (($x3324 (and $x823 $x1623)))
 (let (($x4646 (or $x3324 $x486)))
 (let (($x633 (not $x4646)))
 (let (($x709 (and (and $x633 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x248))) $x3522)))
 (let (($x570 (and (not $x709) (or $x4646 (and $x633 $x3522)))))
 (and (not (or $x570 $x709)) (not (or $x3221 $x3249)) (not (or $x115 $x70)) (not (or $x2920 $x4590))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x4291 (+ b_i sum_n_15)))
(let ((?x332 (+ ?x4291 1.0)))
(let ((?x919 (+ 2.0 (+ (- 2.0) k))))
(let ((?x14 (/ 1.0 ?x919)))
(let ((?x248 (* 1.0 ?x14)))
(let ((?x265 (+ (+ (* b_i p_i_u) sum_n_13) ?x248)))
(let ((?x4311 (/ ?x265 ?x332)))
(let ((?x1210 (+ x_raised sum_n_15)))
(let ((?x3010 (+ ?x1210 1.0)))
(let ((?x154 (+ (+ (* x_raised p_i_u) sum_n_13) ?x248)))
(let ((?x1108 (/ ?x154 ?x3010)))
(let ((?x2759 (- ?x1108 ?x4311)))
(or (> 0.0 (* ?x2759 (- p_i_u ?x4311))) (< (* (- p_i_u ?x4311) (- p_i_u ?x4311)) (* ?x2759 ?x2759))))))))))))))))
(check-sat)
