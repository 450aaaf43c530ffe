; bid_power_0.5, every n and k: no coordinatewise violation
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
 (let (($x308 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x79 (< 0.0 b_i)))
 (=> $x79 $x308))))
(assert
 (let (($x559 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x474 (< 0.0 b_J)))
 (=> $x474 $x559))))
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
 (let (($x103 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x582 (< 0.0 x_raised)))
 (=> $x582 $x103))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x582 (< 0.0 x_raised)))
 (let ((?x161 (ite $x582 abs_pow1_2_3 0.0)))
 (let ((?x193 (+ ?x161 sum_n_17)))
 (let (($x459 (> 0.0 x_raised)))
 (let (($x562 (not $x459)))
 (let (($x258 (and $x562 (= 0.0 ?x193))))
 (let (($x772 (or $x459 $x459 (and (and $x562 (= 0.0 (+ (* ?x161 p_i_t) sum_n_14))) $x258))))
 (let (($x162 (and $x562 $x258)))
 (let (($x471 (and (not $x772) $x162)))
 (let (($x79 (< 0.0 b_i)))
 (let ((?x102 (ite $x79 abs_pow1_2_1 0.0)))
 (let ((?x95 (+ ?x102 sum_n_17)))
 (let (($x274 (= 0.0 ?x95)))
 (let (($x272 (and (= 0.0 (+ (* ?x102 p_i_t) sum_n_14)) $x274)))
 (let (($x728 (and (not $x272) $x274)))
 (and (not (or $x728 $x272)) (not (or $x471 $x772)))))))))))))))))))
(assert
 (let (($x582 (< 0.0 x_raised)))
(let ((?x161 (ite $x582 abs_pow1_2_3 0.0)))
(let ((?x193 (+ ?x161 sum_n_17)))
(let ((?x185 (+ (* ?x161 p_i_t) sum_n_14)))
(let ((?x811 (/ ?x185 ?x193)))
(let (($x79 (< 0.0 b_i)))
(let ((?x102 (ite $x79 abs_pow1_2_1 0.0)))
(let ((?x95 (+ ?x102 sum_n_17)))
(let ((?x163 (+ (* ?x102 p_i_t) sum_n_14)))
(let ((?x706 (/ ?x163 ?x95)))
(or (and (< ?x811 ?x706) (< ?x811 p_i_t)) (and (< ?x706 ?x811) (< p_i_t ?x811))))))))))))))
(check-sat)
