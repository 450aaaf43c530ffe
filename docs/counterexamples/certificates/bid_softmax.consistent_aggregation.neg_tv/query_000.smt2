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
 (let ((?x982 (- n 1.0)))
 (let (($x3196 (>= ?x982 1.0)))
 (=> $x3196 (>= max_n_12 b_J)))))
(assert
 (let (($x3462 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x3196 (>= ?x982 1.0)))
 (=> $x3196 $x3462)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x3196 (>= ?x982 1.0)))
 (=> $x3196 (> sum_n_13 0.0)))))
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
 (let ((?x772 (* sum_n_13 exp_app_1)))
 (let ((?x1344 (* exp_app_0 exp_app_1)))
 (let ((?x203 (+ ?x1344 ?x772)))
 (let ((?x2979 (/ 1.0 ?x203)))
 (let ((?x3191 (/ ?x1344 ?x203)))
 (let (($x2120 (= 0.0 (+ ?x3191 (* sum_n_13 exp_app_1 ?x2979)))))
 (let (($x209 (and (= 0.0 (+ (* ?x3191 p_i_t) (* sum_n_14 exp_app_1 ?x2979))) $x2120)))
 (and (not $x209) $x2120)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1758 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1758)))
(assert
 (let (($x1201 (<= exp_app_0 1.0)))
 (let (($x872 (<= b_i 0.0)))
 (=> $x872 $x1201))))
(assert
 (let (($x910 (< b_i 1.0)))
 (=> $x910 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let ((?x930 (+ 1.0 ?x283)))
 (>= exp_app_1 ?x930))))))
(assert
 (let (($x1735 (<= exp_app_1 1.0)))
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let (($x328 (<= ?x283 0.0)))
 (=> $x328 $x1735)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let ((?x1332 (- 1.0 ?x283)))
 (let (($x1164 (< ?x283 1.0)))
 (=> $x1164 (<= (* exp_app_1 ?x1332) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1231 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1231)))
(assert
 (let (($x1605 (<= exp_app_2 1.0)))
 (let (($x1444 (<= b_J 0.0)))
 (=> $x1444 $x1605))))
(assert
 (let (($x510 (< b_J 1.0)))
 (=> $x510 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x2722 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x2722)))
(assert
 (let (($x3172 (<= exp_app_3 1.0)))
 (let (($x1960 (<= x_raised 0.0)))
 (=> $x1960 $x3172))))
(assert
 (let (($x1089 (< x_raised 1.0)))
 (=> $x1089 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let ((?x2460 (+ 1.0 ?x2694)))
 (>= exp_app_4 ?x2460))))))
(assert
 (let (($x1265 (<= exp_app_4 1.0)))
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let (($x2647 (<= ?x2694 0.0)))
 (=> $x2647 $x1265)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let ((?x1313 (- 1.0 ?x2694)))
 (let (($x2696 (< ?x2694 1.0)))
 (=> $x2696 (<= (* exp_app_4 ?x1313) 1.0))))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let (($x433 (< b_i ?x283)))
 (=> $x433 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let (($x406 (< ?x283 b_i)))
 (=> $x406 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x3427 (< b_i b_J)))
 (=> $x3427 (< exp_app_0 exp_app_2))))
(assert
 (let (($x878 (< b_J b_i)))
 (=> $x878 (< exp_app_2 exp_app_0))))
(assert
 (let (($x3378 (< b_i x_raised)))
 (=> $x3378 (< exp_app_0 exp_app_3))))
(assert
 (let (($x2492 (< x_raised b_i)))
 (=> $x2492 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let (($x844 (< b_i ?x2694)))
 (=> $x844 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let (($x627 (< ?x2694 b_i)))
 (=> $x627 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let (($x2368 (< ?x283 b_J)))
 (=> $x2368 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let (($x1594 (< b_J ?x283)))
 (=> $x1594 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let (($x801 (< ?x283 x_raised)))
 (=> $x801 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let (($x1851 (< x_raised ?x283)))
 (=> $x1851 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let (($x151 (< ?x283 ?x2694)))
 (=> $x151 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let (($x968 (< ?x2694 ?x283)))
 (=> $x968 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1424 (< b_J x_raised)))
 (=> $x1424 (< exp_app_2 exp_app_3))))
(assert
 (let (($x2650 (< x_raised b_J)))
 (=> $x2650 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let (($x952 (< b_J ?x2694)))
 (=> $x952 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let (($x1503 (< ?x2694 b_J)))
 (=> $x1503 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let (($x3386 (< x_raised ?x2694)))
 (=> $x3386 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let (($x220 (< ?x2694 x_raised)))
 (=> $x220 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x665 (= exp_app_0 exp_app_1)))
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (=> (= b_i ?x283) $x665))))))
(assert
 (let (($x785 (= exp_app_0 exp_app_2)))
 (let (($x2706 (= b_i b_J)))
 (=> $x2706 $x785))))
(assert
 (let (($x166 (= exp_app_0 exp_app_3)))
 (let (($x65 (= b_i x_raised)))
 (=> $x65 $x166))))
(assert
 (let (($x2332 (= exp_app_0 exp_app_4)))
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (=> (= b_i ?x2694) $x2332))))))
(assert
 (let (($x1506 (= exp_app_1 exp_app_2)))
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (=> (= ?x283 b_J) $x1506))))))
(assert
 (let (($x1355 (= exp_app_1 exp_app_3)))
 (let (($x1951 (= n 1.0)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (=> (= ?x283 x_raised) $x1355))))))
(assert
 (let (($x470 (= exp_app_1 exp_app_4)))
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (let ((?x855 (ite (or $x1951 (and (not $x1951) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x283 (* (- 1.0) ?x855)))
 (=> (= ?x283 ?x2694) $x470))))))))
(assert
 (let (($x2153 (= exp_app_2 exp_app_3)))
 (let (($x3251 (= b_J x_raised)))
 (=> $x3251 $x2153))))
(assert
 (let (($x2479 (= exp_app_2 exp_app_4)))
 (let (($x1951 (= n 1.0)))
 (let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2694 (* (- 1.0) ?x1931)))
 (=> (= b_J ?x2694) $x2479))))))
(assert
 (let (($x16 (= exp_app_3 exp_app_4)))
(let (($x1951 (= n 1.0)))
(let ((?x1931 (ite (or $x1951 (and (not $x1951) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x2694 (* (- 1.0) ?x1931)))
(=> (= x_raised ?x2694) $x16))))))
(check-sat)
