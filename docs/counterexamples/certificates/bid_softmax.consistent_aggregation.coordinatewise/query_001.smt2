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
 (let ((?x982 (- n 1.0)))
 (let (($x2040 (>= ?x982 1.0)))
 (=> $x2040 (>= max_n_12 b_J)))))
(assert
 (let (($x1795 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x2040 (>= ?x982 1.0)))
 (=> $x2040 $x1795)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x2040 (>= ?x982 1.0)))
 (=> $x2040 (> sum_n_13 0.0)))))
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
 (let ((?x2425 (* exp_app_3 exp_app_4)))
 (let ((?x912 (+ ?x2425 (* sum_n_13 exp_app_4))))
 (let ((?x1393 (/ 1.0 ?x912)))
 (let ((?x3386 (/ ?x2425 ?x912)))
 (let ((?x1774 (+ ?x3386 (* sum_n_13 exp_app_4 ?x1393))))
 (let (($x2864 (= 0.0 ?x1774)))
 (let (($x2878 (and (= 0.0 (+ (* ?x3386 p_i_t) (* sum_n_14 exp_app_4 ?x1393))) $x2864)))
 (let ((?x463 (* sum_n_13 exp_app_1)))
 (let ((?x927 (* exp_app_0 exp_app_1)))
 (let ((?x207 (+ ?x927 ?x463)))
 (let ((?x1941 (/ 1.0 ?x207)))
 (let ((?x747 (/ ?x927 ?x207)))
 (let ((?x1707 (+ ?x747 (* sum_n_13 exp_app_1 ?x1941))))
 (let (($x3438 (= 0.0 ?x1707)))
 (let (($x1025 (and (= 0.0 (+ (* ?x747 p_i_t) (* sum_n_14 exp_app_1 ?x1941))) $x3438)))
 (let (($x3247 (and (not $x1025) $x3438)))
 (and (not (or $x3247 $x1025)) (not (or (and (not $x2878) $x2864) $x2878))))))))))))))))))))
(assert
 (let ((?x2425 (* exp_app_3 exp_app_4)))
 (let ((?x912 (+ ?x2425 (* sum_n_13 exp_app_4))))
 (let ((?x1393 (/ 1.0 ?x912)))
 (let ((?x3386 (/ ?x2425 ?x912)))
 (let ((?x1774 (+ ?x3386 (* sum_n_13 exp_app_4 ?x1393))))
 (let ((?x2846 (+ (* ?x3386 p_i_t) (* sum_n_14 exp_app_4 ?x1393))))
 (let ((?x1498 (/ ?x2846 ?x1774)))
 (let ((?x463 (* sum_n_13 exp_app_1)))
 (let ((?x927 (* exp_app_0 exp_app_1)))
 (let ((?x207 (+ ?x927 ?x463)))
 (let ((?x1941 (/ 1.0 ?x207)))
 (let ((?x747 (/ ?x927 ?x207)))
 (let ((?x1707 (+ ?x747 (* sum_n_13 exp_app_1 ?x1941))))
 (let ((?x499 (+ (* ?x747 p_i_t) (* sum_n_14 exp_app_1 ?x1941))))
 (let ((?x2279 (/ ?x499 ?x1707)))
 (or (and (< ?x1498 ?x2279) (< ?x1498 p_i_t)) (and (< ?x2279 ?x1498) (< p_i_t ?x1498)))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x3258 (+ 1.0 b_i)))
 (>= exp_app_0 ?x3258)))
(assert
 (let (($x3289 (<= exp_app_0 1.0)))
 (let (($x71 (<= b_i 0.0)))
 (=> $x71 $x3289))))
(assert
 (let (($x2216 (< b_i 1.0)))
 (=> $x2216 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let ((?x1834 (+ 1.0 ?x265)))
 (>= exp_app_1 ?x1834))))))
(assert
 (let (($x844 (<= exp_app_1 1.0)))
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let (($x1323 (<= ?x265 0.0)))
 (=> $x1323 $x844)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let ((?x878 (- 1.0 ?x265)))
 (let (($x1709 (< ?x265 1.0)))
 (=> $x1709 (<= (* exp_app_1 ?x878) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x2173 (+ 1.0 b_J)))
 (>= exp_app_2 ?x2173)))
(assert
 (let (($x3370 (<= exp_app_2 1.0)))
 (let (($x2586 (<= b_J 0.0)))
 (=> $x2586 $x3370))))
(assert
 (let (($x3221 (< b_J 1.0)))
 (=> $x3221 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x3340 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x3340)))
(assert
 (let (($x611 (<= exp_app_3 1.0)))
 (let (($x181 (<= x_raised 0.0)))
 (=> $x181 $x611))))
(assert
 (let (($x805 (< x_raised 1.0)))
 (=> $x805 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let ((?x478 (+ 1.0 ?x152)))
 (>= exp_app_4 ?x478))))))
(assert
 (let (($x2711 (<= exp_app_4 1.0)))
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let (($x2964 (<= ?x152 0.0)))
 (=> $x2964 $x2711)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let ((?x1796 (- 1.0 ?x152)))
 (let (($x930 (< ?x152 1.0)))
 (=> $x930 (<= (* exp_app_4 ?x1796) 1.0))))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let (($x1210 (< b_i ?x265)))
 (=> $x1210 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let (($x120 (< ?x265 b_i)))
 (=> $x120 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x610 (< b_i b_J)))
 (=> $x610 (< exp_app_0 exp_app_2))))
(assert
 (let (($x5110 (< b_J b_i)))
 (=> $x5110 (< exp_app_2 exp_app_0))))
(assert
 (let (($x3037 (< b_i x_raised)))
 (=> $x3037 (< exp_app_0 exp_app_3))))
(assert
 (let (($x2939 (< x_raised b_i)))
 (=> $x2939 (< exp_app_3 exp_app_0))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let (($x665 (< b_i ?x152)))
 (=> $x665 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let (($x3177 (< ?x152 b_i)))
 (=> $x3177 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let (($x2931 (< ?x265 b_J)))
 (=> $x2931 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let (($x1877 (< b_J ?x265)))
 (=> $x1877 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let (($x220 (< ?x265 x_raised)))
 (=> $x220 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let (($x1466 (< x_raised ?x265)))
 (=> $x1466 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let (($x1192 (< ?x265 ?x152)))
 (=> $x1192 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let (($x3372 (< ?x152 ?x265)))
 (=> $x3372 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x2840 (< b_J x_raised)))
 (=> $x2840 (< exp_app_2 exp_app_3))))
(assert
 (let (($x2941 (< x_raised b_J)))
 (=> $x2941 (< exp_app_3 exp_app_2))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let (($x1817 (< b_J ?x152)))
 (=> $x1817 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let (($x1837 (< ?x152 b_J)))
 (=> $x1837 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let (($x3225 (< x_raised ?x152)))
 (=> $x3225 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let (($x801 (< ?x152 x_raised)))
 (=> $x801 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x225 (= exp_app_0 exp_app_1)))
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (=> (= b_i ?x265) $x225))))))
(assert
 (let (($x1425 (= exp_app_0 exp_app_2)))
 (let (($x3409 (= b_i b_J)))
 (=> $x3409 $x1425))))
(assert
 (let (($x1138 (= exp_app_0 exp_app_3)))
 (let (($x2890 (= b_i x_raised)))
 (=> $x2890 $x1138))))
(assert
 (let (($x579 (= exp_app_0 exp_app_4)))
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (=> (= b_i ?x152) $x579))))))
(assert
 (let (($x53 (= exp_app_1 exp_app_2)))
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (=> (= ?x265 b_J) $x53))))))
(assert
 (let (($x1028 (= exp_app_1 exp_app_3)))
 (let (($x242 (= n 1.0)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (=> (= ?x265 x_raised) $x1028))))))
(assert
 (let (($x415 (= exp_app_1 exp_app_4)))
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (let ((?x2362 (ite (or $x242 (and (not $x242) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x265 (* (- 1.0) ?x2362)))
 (=> (= ?x265 ?x152) $x415))))))))
(assert
 (let (($x2499 (= exp_app_2 exp_app_3)))
 (let (($x2606 (= b_J x_raised)))
 (=> $x2606 $x2499))))
(assert
 (let (($x3515 (= exp_app_2 exp_app_4)))
 (let (($x242 (= n 1.0)))
 (let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x152 (* (- 1.0) ?x3446)))
 (=> (= b_J ?x152) $x3515))))))
(assert
 (let (($x686 (= exp_app_3 exp_app_4)))
(let (($x242 (= n 1.0)))
(let ((?x3446 (ite (or $x242 (and (not $x242) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x152 (* (- 1.0) ?x3446)))
(=> (= x_raised ?x152) $x686))))))
(check-sat)
