; bid_softmax, every n and k: no coordinatewise violation
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
(declare-fun max_n_12 () Real)
(declare-fun sum_n_13 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
(declare-fun sum_n_16 () Real)
(declare-fun x_raised () Real)
(declare-fun exp_app_4 () Real)
(declare-fun exp_app_3 () Real)
(declare-fun exp_app_1 () Real)
(declare-fun exp_app_0 () Real)
(declare-fun exp_app_2 () Real)
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
 (let ((?x2361 (- n 1.0)))
 (let (($x210 (>= ?x2361 1.0)))
 (=> $x210 (>= max_n_12 b_J)))))
(assert
 (let (($x1840 (>= max_n_12 0.0)))
 (let ((?x2361 (- n 1.0)))
 (let (($x210 (>= ?x2361 1.0)))
 (=> $x210 $x1840)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x2361 (- n 1.0)))
 (let (($x210 (>= ?x2361 1.0)))
 (=> $x210 (> sum_n_13 0.0)))))
(assert
 (>= sum_n_14 0.0))
(assert
 (<= sum_n_14 sum_n_13))
(assert
 (>= sum_n_15 0.0))
(assert
 (<= sum_n_15 sum_n_13))
(assert
 (>= sum_n_16 0.0))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x199 (* exp_app_3 exp_app_4)))
 (let ((?x727 (+ ?x199 (* sum_n_13 exp_app_4))))
 (let ((?x3216 (/ 1.0 ?x727)))
 (let ((?x2943 (/ ?x199 ?x727)))
 (let ((?x2509 (+ ?x2943 (* sum_n_13 exp_app_4 ?x3216))))
 (let (($x844 (= 0.0 ?x2509)))
 (let (($x2812 (and (= 0.0 (+ (* ?x2943 p_i_t) (* sum_n_14 exp_app_4 ?x3216))) $x844)))
 (let ((?x2320 (* exp_app_0 exp_app_1)))
 (let ((?x1524 (+ ?x2320 (* sum_n_13 exp_app_1))))
 (let ((?x1974 (/ 1.0 ?x1524)))
 (let ((?x2276 (/ ?x2320 ?x1524)))
 (let ((?x1673 (+ ?x2276 (* sum_n_13 exp_app_1 ?x1974))))
 (let (($x1531 (= 0.0 ?x1673)))
 (let (($x1750 (and (= 0.0 (+ (* ?x2276 p_i_t) (* sum_n_14 exp_app_1 ?x1974))) $x1531)))
 (let (($x1168 (and (not $x1750) $x1531)))
 (and (not (or $x1168 $x1750)) (not (or (and (not $x2812) $x844) $x2812)))))))))))))))))))
(assert
 (let ((?x199 (* exp_app_3 exp_app_4)))
 (let ((?x727 (+ ?x199 (* sum_n_13 exp_app_4))))
 (let ((?x3216 (/ 1.0 ?x727)))
 (let ((?x2943 (/ ?x199 ?x727)))
 (let ((?x2509 (+ ?x2943 (* sum_n_13 exp_app_4 ?x3216))))
 (let ((?x2041 (+ (* ?x2943 p_i_t) (* sum_n_14 exp_app_4 ?x3216))))
 (let ((?x1337 (/ ?x2041 ?x2509)))
 (let ((?x2320 (* exp_app_0 exp_app_1)))
 (let ((?x1524 (+ ?x2320 (* sum_n_13 exp_app_1))))
 (let ((?x1974 (/ 1.0 ?x1524)))
 (let ((?x2276 (/ ?x2320 ?x1524)))
 (let ((?x1673 (+ ?x2276 (* sum_n_13 exp_app_1 ?x1974))))
 (let ((?x3474 (+ (* ?x2276 p_i_t) (* sum_n_14 exp_app_1 ?x1974))))
 (let ((?x858 (/ ?x3474 ?x1673)))
 (or (and (< ?x1337 ?x858) (< ?x1337 p_i_t)) (and (< ?x858 ?x1337) (< p_i_t ?x1337))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1210 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1210)))
(assert
 (let (($x2356 (<= exp_app_0 1.0)))
 (let (($x2530 (<= b_i 0.0)))
 (=> $x2530 $x2356))))
(assert
 (let (($x733 (< b_i 1.0)))
 (=> $x733 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let ((?x392 (+ 1.0 ?x946)))
 (>= exp_app_1 ?x392))))))
(assert
 (let (($x1796 (<= exp_app_1 1.0)))
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let (($x1473 (<= ?x946 0.0)))
 (=> $x1473 $x1796)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let ((?x2806 (- 1.0 ?x946)))
 (let (($x444 (< ?x946 1.0)))
 (=> $x444 (<= (* exp_app_1 ?x2806) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x869 (+ 1.0 b_J)))
 (>= exp_app_2 ?x869)))
(assert
 (let (($x1828 (<= exp_app_2 1.0)))
 (let (($x3213 (<= b_J 0.0)))
 (=> $x3213 $x1828))))
(assert
 (let (($x786 (< b_J 1.0)))
 (=> $x786 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x3311 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x3311)))
(assert
 (let (($x1413 (<= exp_app_3 1.0)))
 (let (($x387 (<= x_raised 0.0)))
 (=> $x387 $x1413))))
(assert
 (let (($x301 (< x_raised 1.0)))
 (=> $x301 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let ((?x1881 (+ 1.0 ?x581)))
 (>= exp_app_4 ?x1881))))))
(assert
 (let (($x594 (<= exp_app_4 1.0)))
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let (($x975 (<= ?x581 0.0)))
 (=> $x975 $x594)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let ((?x1985 (- 1.0 ?x581)))
 (let (($x2454 (< ?x581 1.0)))
 (=> $x2454 (<= (* exp_app_4 ?x1985) 1.0))))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let (($x2086 (< b_i ?x946)))
 (=> $x2086 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let (($x978 (< ?x946 b_i)))
 (=> $x978 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2939 (< b_i b_J)))
 (=> $x2939 (< exp_app_0 exp_app_2))))
(assert
 (let (($x635 (< b_J b_i)))
 (=> $x635 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1993 (< b_i x_raised)))
 (=> $x1993 (< exp_app_0 exp_app_3))))
(assert
 (let (($x254 (< x_raised b_i)))
 (=> $x254 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let (($x3264 (< b_i ?x581)))
 (=> $x3264 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let (($x2011 (< ?x581 b_i)))
 (=> $x2011 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let (($x2223 (< ?x946 b_J)))
 (=> $x2223 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let (($x2911 (< b_J ?x946)))
 (=> $x2911 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let (($x2587 (< ?x946 x_raised)))
 (=> $x2587 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let (($x871 (< x_raised ?x946)))
 (=> $x871 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let (($x2749 (< ?x946 ?x581)))
 (=> $x2749 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let (($x3178 (< ?x581 ?x946)))
 (=> $x3178 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x3192 (< b_J x_raised)))
 (=> $x3192 (< exp_app_2 exp_app_3))))
(assert
 (let (($x2142 (< x_raised b_J)))
 (=> $x2142 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let (($x3332 (< b_J ?x581)))
 (=> $x3332 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let (($x1078 (< ?x581 b_J)))
 (=> $x1078 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let (($x471 (< x_raised ?x581)))
 (=> $x471 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let (($x2712 (< ?x581 x_raised)))
 (=> $x2712 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x265 (= exp_app_0 exp_app_1)))
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (=> (= b_i ?x946) $x265))))))
(assert
 (let (($x1778 (= exp_app_0 exp_app_2)))
 (let (($x3583 (= b_i b_J)))
 (=> $x3583 $x1778))))
(assert
 (let (($x3510 (= exp_app_0 exp_app_3)))
 (let (($x798 (= b_i x_raised)))
 (=> $x798 $x3510))))
(assert
 (let (($x764 (= exp_app_0 exp_app_4)))
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (=> (= b_i ?x581) $x764))))))
(assert
 (let (($x1613 (= exp_app_1 exp_app_2)))
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (=> (= ?x946 b_J) $x1613))))))
(assert
 (let (($x3428 (= exp_app_1 exp_app_3)))
 (let (($x1073 (= n 1.0)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (=> (= ?x946 x_raised) $x3428))))))
(assert
 (let (($x2636 (= exp_app_1 exp_app_4)))
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (let ((?x2225 (ite (or $x1073 (and (not $x1073) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x946 (* (- 1.0) ?x2225)))
 (=> (= ?x946 ?x581) $x2636))))))))
(assert
 (let (($x953 (= exp_app_2 exp_app_3)))
 (let (($x239 (= b_J x_raised)))
 (=> $x239 $x953))))
(assert
 (let (($x766 (= exp_app_2 exp_app_4)))
 (let (($x1073 (= n 1.0)))
 (let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x581 (* (- 1.0) ?x2906)))
 (=> (= b_J ?x581) $x766))))))
(assert
 (let (($x2250 (= exp_app_3 exp_app_4)))
(let (($x1073 (= n 1.0)))
(let ((?x2906 (ite (or $x1073 (and (not $x1073) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x581 (* (- 1.0) ?x2906)))
(=> (= x_raised ?x581) $x2250))))))
(check-sat)
