; bid_power_0.5, every n and k: no segment violation
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
(declare-fun abs_pow1_2_1 () Real)
(declare-fun abs_pow1_2_2 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
(declare-fun sum_n_16 () Real)
(declare-fun sum_n_17 () Real)
(declare-fun x_raised () Real)
(declare-fun abs_pow1_2_3 () Real)
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
 (let (($x1768 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x7256 (< 0.0 b_i)))
 (=> $x7256 $x1768))))
(assert
 (let (($x3037 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x404 (< 0.0 b_J)))
 (=> $x404 $x3037))))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_16 0.0))
(assert
 (>= sum_n_17 0.0))
(assert
 (>= sum_n_17 sum_n_14))
(assert
 (>= sum_n_17 sum_n_15))
(assert
 (let (($x387 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x4603 (< 0.0 x_raised)))
 (=> $x4603 $x387))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x4603 (< 0.0 x_raised)))
 (let ((?x2458 (ite $x4603 abs_pow1_2_3 0.0)))
 (let ((?x5166 (+ ?x2458 sum_n_17)))
 (let (($x1877 (> 0.0 x_raised)))
 (let (($x7697 (not $x1877)))
 (let (($x7282 (and $x7697 (= 0.0 ?x5166))))
 (let (($x1173 (or $x1877 $x1877 (and (and $x7697 (= 0.0 (+ (* ?x2458 p_i_u) sum_n_15))) $x7282))))
 (let (($x8559 (and $x7697 $x7282)))
 (let (($x7886 (and (not $x1173) $x8559)))
 (let (($x7256 (< 0.0 b_i)))
 (let ((?x6076 (ite $x7256 abs_pow1_2_1 0.0)))
 (let ((?x7187 (+ ?x6076 sum_n_17)))
 (let (($x4511 (= 0.0 ?x7187)))
 (let (($x6120 (and (= 0.0 (+ (* ?x6076 p_i_u) sum_n_15)) $x4511)))
 (let (($x2653 (and (not $x6120) $x4511)))
 (let (($x755 (or $x1877 $x1877 (and (and $x7697 (= 0.0 (+ (* ?x2458 p_i_t) sum_n_14))) $x7282))))
 (let (($x8400 (and (not $x755) $x8559)))
 (let (($x5353 (and (= 0.0 (+ (* ?x6076 p_i_t) sum_n_14)) $x4511)))
 (let (($x2587 (and (not $x5353) $x4511)))
 (and (not (or $x2587 $x5353)) (not (or $x8400 $x755)) (not (or $x2653 $x6120)) (not (or $x7886 $x1173)))))))))))))))))))))))
(assert
 (let (($x7256 (< 0.0 b_i)))
(let ((?x6076 (ite $x7256 abs_pow1_2_1 0.0)))
(let ((?x7187 (+ ?x6076 sum_n_17)))
(let ((?x169 (+ (* ?x6076 p_i_u) sum_n_15)))
(let ((?x6952 (/ ?x169 ?x7187)))
(let ((?x75 (- p_i_u ?x6952)))
(let ((?x1043 (+ (* ?x6076 p_i_t) sum_n_14)))
(let ((?x3918 (/ ?x1043 ?x7187)))
(let (($x4603 (< 0.0 x_raised)))
(let ((?x2458 (ite $x4603 abs_pow1_2_3 0.0)))
(let ((?x5166 (+ ?x2458 sum_n_17)))
(let ((?x7734 (+ (* ?x2458 p_i_t) sum_n_14)))
(let ((?x6786 (/ ?x7734 ?x5166)))
(let ((?x6917 (- ?x6786 ?x3918)))
(let ((?x2754 (* ?x6917 ?x75)))
(let ((?x8199 (- p_i_t ?x3918)))
(let ((?x3203 (+ (* ?x2458 p_i_u) sum_n_15)))
(let ((?x2906 (/ ?x3203 ?x5166)))
(let ((?x2841 (- ?x2906 ?x6952)))
(let ((?x2985 (* ?x2841 ?x8199)))
(or (< ?x2754 ?x2985) (< ?x2985 ?x2754)))))))))))))))))))))))
(check-sat)
