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
 (let (($x4423 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x2380 (< 0.0 b_i)))
 (=> $x2380 $x4423))))
(assert
 (let (($x173 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x75 (< 0.0 b_J)))
 (=> $x75 $x173))))
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
 (let (($x4574 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x3918 (< 0.0 x_raised)))
 (=> $x3918 $x4574))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x3918 (< 0.0 x_raised)))
 (let ((?x3821 (ite $x3918 abs_pow1_2_3 0.0)))
 (let ((?x2118 (+ ?x3821 sum_n_17)))
 (let (($x3554 (> 0.0 x_raised)))
 (let (($x740 (not $x3554)))
 (let (($x3871 (and $x740 (= 0.0 ?x2118))))
 (let (($x901 (or $x3554 $x3554 (and (and $x740 (= 0.0 (+ (* ?x3821 p_i_u) sum_n_15))) $x3871))))
 (let (($x5563 (and $x740 $x3871)))
 (let (($x42 (and (not $x901) $x5563)))
 (let (($x2380 (< 0.0 b_i)))
 (let ((?x4014 (ite $x2380 abs_pow1_2_1 0.0)))
 (let ((?x8437 (+ ?x4014 sum_n_17)))
 (let (($x2093 (= 0.0 ?x8437)))
 (let (($x66 (and (= 0.0 (+ (* ?x4014 p_i_u) sum_n_15)) $x2093)))
 (let (($x5543 (and (not $x66) $x2093)))
 (let (($x3524 (or $x3554 $x3554 (and (and $x740 (= 0.0 (+ (* ?x3821 p_i_t) sum_n_14))) $x3871))))
 (let (($x2243 (and (not $x3524) $x5563)))
 (let (($x1639 (and (= 0.0 (+ (* ?x4014 p_i_t) sum_n_14)) $x2093)))
 (let (($x4073 (and (not $x1639) $x2093)))
 (and (not (or $x4073 $x1639)) (not (or $x2243 $x3524)) (not (or $x5543 $x66)) (not (or $x42 $x901)))))))))))))))))))))))
(assert
 (let (($x2380 (< 0.0 b_i)))
(let ((?x4014 (ite $x2380 abs_pow1_2_1 0.0)))
(let ((?x8437 (+ ?x4014 sum_n_17)))
(let ((?x993 (+ (* ?x4014 p_i_u) sum_n_15)))
(let ((?x2098 (/ ?x993 ?x8437)))
(let (($x3918 (< 0.0 x_raised)))
(let ((?x3821 (ite $x3918 abs_pow1_2_3 0.0)))
(let ((?x2118 (+ ?x3821 sum_n_17)))
(let ((?x1731 (+ (* ?x3821 p_i_u) sum_n_15)))
(let ((?x4849 (/ ?x1731 ?x2118)))
(let ((?x5541 (- ?x4849 ?x2098)))
(or (> 0.0 (* ?x5541 (- p_i_u ?x2098))) (< (* (- p_i_u ?x2098) (- p_i_u ?x2098)) (* ?x5541 ?x5541)))))))))))))))
(check-sat)
