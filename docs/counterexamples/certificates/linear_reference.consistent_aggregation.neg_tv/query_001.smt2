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
(declare-fun zero_is_negative!2730 () Bool)
(declare-fun zero_is_negative!2724 () Bool)
(declare-fun zero_is_negative!2729 () Bool)
(declare-fun zero_is_negative!2723 () Bool)
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
 (let ((?x204 (+ x_raised sum_n_15)))
 (let ((?x2870 (+ ?x204 1.0)))
 (let (($x2672 (= 0.0 ?x2870)))
 (let ((?x993 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x3377 (/ 1.0 ?x993)))
 (let ((?x4579 (* 1.0 ?x3377)))
 (let ((?x3004 (+ (+ (* x_raised p_i_u) sum_n_13) ?x4579)))
 (let (($x4499 (and (not (= 0.0 ?x993)) (< 0.0 ?x3377))))
 (let (($x392 (= 0.0 ?x993)))
 (let (($x1225 (or (and $x392 (ite $x392 zero_is_negative!2730 (not (> 0.0 ?x993)))) $x4499)))
 (let (($x1997 (and $x392 (not $x1225))))
 (let (($x277 (and $x392 $x1225)))
 (let (($x961 (or $x277 $x1997)))
 (let (($x753 (not $x961)))
 (let (($x2769 (and (and $x753 (= 0.0 ?x3004)) $x2672)))
 (let (($x3484 (and (not $x2769) (or $x961 (and $x753 $x2672)))))
 (let ((?x4391 (+ b_i sum_n_15)))
 (let ((?x232 (+ ?x4391 1.0)))
 (let (($x4645 (= 0.0 ?x232)))
 (let (($x153 (or (and $x392 (ite $x392 zero_is_negative!2724 (not (> 0.0 ?x993)))) $x4499)))
 (let (($x154 (and $x392 (not $x153))))
 (let (($x3189 (and $x392 $x153)))
 (let (($x2625 (or $x3189 $x154)))
 (let (($x1342 (not $x2625)))
 (let (($x2722 (and (and $x1342 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x4579))) $x4645)))
 (let (($x2339 (and (not $x2722) (or $x2625 (and $x1342 $x4645)))))
 (let (($x3107 (or (and $x392 (ite $x392 zero_is_negative!2729 (not (> 0.0 ?x993)))) $x4499)))
 (let (($x3101 (and $x392 (not $x3107))))
 (let (($x1626 (and $x392 $x3107)))
 (let (($x1527 (or $x1626 $x3101)))
 (let (($x3925 (not $x1527)))
 (let (($x3853 (and (and $x3925 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x4579))) $x2672)))
 (let (($x4528 (and (not $x3853) (or $x1527 (and $x3925 $x2672)))))
 (let (($x2763 (or (and $x392 (ite $x392 zero_is_negative!2723 (not (> 0.0 ?x993)))) $x4499)))
 (let (($x2829 (and $x392 (not $x2763))))
 (let (($x919 (and $x392 $x2763)))
 (let (($x1484 (or $x919 $x2829)))
 (let (($x2920 (not $x1484)))
 (let (($x2961 (and (and $x2920 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x4579))) $x4645)))
 (let (($x4590 (and (not $x2961) (or $x1484 (and $x2920 $x4645)))))
 (and (not (or $x4590 $x2961)) (not (or $x4528 $x3853)) (not (or $x2339 $x2722)) (not (or $x3484 $x2769))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x4391 (+ b_i sum_n_15)))
(let ((?x232 (+ ?x4391 1.0)))
(let ((?x993 (+ 2.0 (+ (- 2.0) k))))
(let ((?x3377 (/ 1.0 ?x993)))
(let ((?x4579 (* 1.0 ?x3377)))
(let ((?x643 (+ (+ (* b_i p_i_t) sum_n_12) ?x4579)))
(let ((?x2151 (/ ?x643 ?x232)))
(let ((?x204 (+ x_raised sum_n_15)))
(let ((?x2870 (+ ?x204 1.0)))
(let ((?x2031 (+ (+ (* x_raised p_i_t) sum_n_12) ?x4579)))
(let ((?x3768 (/ ?x2031 ?x2870)))
(let ((?x1549 (- ?x3768 ?x2151)))
(or (> 0.0 (* ?x1549 (- p_i_t ?x2151))) (< (* (- p_i_t ?x2151) (- p_i_t ?x2151)) (* ?x1549 ?x1549))))))))))))))))
(check-sat)
