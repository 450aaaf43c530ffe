; bid_softmax, every n and k: no output entry is +inf or -inf
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
(declare-fun exp_app_1 () Real)
(declare-fun exp_app_0 () Real)
(declare-fun exp_app_2 () Real)
(declare-fun exp_app_3 () Real)
(declare-fun x_raised () Real)
(declare-fun exp_app_4 () Real)
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
 (let ((?x1482 (- n 1.0)))
 (let (($x1147 (>= ?x1482 1.0)))
 (=> $x1147 (>= max_n_12 b_J)))))
(assert
 (let (($x2004 (>= max_n_12 0.0)))
 (let ((?x1482 (- n 1.0)))
 (let (($x1147 (>= ?x1482 1.0)))
 (=> $x1147 $x2004)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1482 (- n 1.0)))
 (let (($x1147 (>= ?x1482 1.0)))
 (=> $x1147 (> sum_n_13 0.0)))))
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
 (let ((?x2525 (* exp_app_0 exp_app_1)))
 (let ((?x1319 (+ ?x2525 (* sum_n_13 exp_app_1))))
 (let ((?x482 (/ 1.0 ?x1319)))
 (let ((?x3158 (/ ?x2525 ?x1319)))
 (let (($x1393 (= 0.0 (+ ?x3158 (* sum_n_13 exp_app_1 ?x482)))))
 (let (($x3511 (and (= 0.0 (+ (* ?x3158 p_i_t) (* sum_n_14 exp_app_1 ?x482))) $x1393)))
 (and (not $x3511) $x1393))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x554 (+ 1.0 b_i)))
 (>= exp_app_0 ?x554)))
(assert
 (let (($x1583 (<= exp_app_0 1.0)))
 (let (($x578 (<= b_i 0.0)))
 (=> $x578 $x1583))))
(assert
 (let (($x1199 (< b_i 1.0)))
 (=> $x1199 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let ((?x3192 (+ 1.0 ?x464)))
 (>= exp_app_1 ?x3192))))))
(assert
 (let (($x1948 (<= exp_app_1 1.0)))
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let (($x1765 (<= ?x464 0.0)))
 (=> $x1765 $x1948)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let ((?x3464 (- 1.0 ?x464)))
 (let (($x28 (< ?x464 1.0)))
 (=> $x28 (<= (* exp_app_1 ?x3464) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x795 (+ 1.0 b_J)))
 (>= exp_app_2 ?x795)))
(assert
 (let (($x1946 (<= exp_app_2 1.0)))
 (let (($x165 (<= b_J 0.0)))
 (=> $x165 $x1946))))
(assert
 (let (($x3466 (< b_J 1.0)))
 (=> $x3466 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x2549 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x2549)))
(assert
 (let (($x3189 (<= exp_app_3 1.0)))
 (let (($x3397 (<= x_raised 0.0)))
 (=> $x3397 $x3189))))
(assert
 (let (($x1567 (< x_raised 1.0)))
 (=> $x1567 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let ((?x2705 (+ 1.0 ?x1775)))
 (>= exp_app_4 ?x2705))))))
(assert
 (let (($x3413 (<= exp_app_4 1.0)))
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let (($x1354 (<= ?x1775 0.0)))
 (=> $x1354 $x3413)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let ((?x3392 (- 1.0 ?x1775)))
 (let (($x309 (< ?x1775 1.0)))
 (=> $x309 (<= (* exp_app_4 ?x3392) 1.0))))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let (($x2836 (< b_i ?x464)))
 (=> $x2836 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let (($x853 (< ?x464 b_i)))
 (=> $x853 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2144 (< b_i b_J)))
 (=> $x2144 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1783 (< b_J b_i)))
 (=> $x1783 (< exp_app_2 exp_app_0))))
(assert
 (let (($x510 (< b_i x_raised)))
 (=> $x510 (< exp_app_0 exp_app_3))))
(assert
 (let (($x1906 (< x_raised b_i)))
 (=> $x1906 (< exp_app_3 exp_app_0))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let (($x3463 (< b_i ?x1775)))
 (=> $x3463 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let (($x1477 (< ?x1775 b_i)))
 (=> $x1477 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let (($x2796 (< ?x464 b_J)))
 (=> $x2796 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let (($x1529 (< b_J ?x464)))
 (=> $x1529 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let (($x380 (< ?x464 x_raised)))
 (=> $x380 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let (($x2228 (< x_raised ?x464)))
 (=> $x2228 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let (($x2026 (< ?x464 ?x1775)))
 (=> $x2026 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let (($x3221 (< ?x1775 ?x464)))
 (=> $x3221 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x2361 (< b_J x_raised)))
 (=> $x2361 (< exp_app_2 exp_app_3))))
(assert
 (let (($x944 (< x_raised b_J)))
 (=> $x944 (< exp_app_3 exp_app_2))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let (($x1754 (< b_J ?x1775)))
 (=> $x1754 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let (($x890 (< ?x1775 b_J)))
 (=> $x890 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let (($x980 (< x_raised ?x1775)))
 (=> $x980 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let (($x1356 (< ?x1775 x_raised)))
 (=> $x1356 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1309 (= exp_app_0 exp_app_1)))
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (=> (= b_i ?x464) $x1309))))))
(assert
 (let (($x2519 (= exp_app_0 exp_app_2)))
 (let (($x265 (= b_i b_J)))
 (=> $x265 $x2519))))
(assert
 (let (($x2650 (= exp_app_0 exp_app_3)))
 (let (($x3364 (= b_i x_raised)))
 (=> $x3364 $x2650))))
(assert
 (let (($x3451 (= exp_app_0 exp_app_4)))
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (=> (= b_i ?x1775) $x3451))))))
(assert
 (let (($x2500 (= exp_app_1 exp_app_2)))
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (=> (= ?x464 b_J) $x2500))))))
(assert
 (let (($x624 (= exp_app_1 exp_app_3)))
 (let (($x159 (= n 1.0)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (=> (= ?x464 x_raised) $x624))))))
(assert
 (let (($x2226 (= exp_app_1 exp_app_4)))
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (let ((?x1897 (ite (or $x159 (and (not $x159) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x464 (* (- 1.0) ?x1897)))
 (=> (= ?x464 ?x1775) $x2226))))))))
(assert
 (let (($x1333 (= exp_app_2 exp_app_3)))
 (let (($x2938 (= b_J x_raised)))
 (=> $x2938 $x1333))))
(assert
 (let (($x390 (= exp_app_2 exp_app_4)))
 (let (($x159 (= n 1.0)))
 (let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1775 (* (- 1.0) ?x1490)))
 (=> (= b_J ?x1775) $x390))))))
(assert
 (let (($x1012 (= exp_app_3 exp_app_4)))
(let (($x159 (= n 1.0)))
(let ((?x1490 (ite (or $x159 (and (not $x159) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x1775 (* (- 1.0) ?x1490)))
(=> (= x_raised ?x1775) $x1012))))))
(check-sat)
