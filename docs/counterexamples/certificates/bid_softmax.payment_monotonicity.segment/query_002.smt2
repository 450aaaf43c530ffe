; bid_softmax, every n and k: no segment violation
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
 (let ((?x1654 (- n 1.0)))
 (let (($x3825 (>= ?x1654 1.0)))
 (=> $x3825 (>= max_n_12 b_J)))))
(assert
 (let (($x6466 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x3825 (>= ?x1654 1.0)))
 (=> $x3825 $x6466)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x3825 (>= ?x1654 1.0)))
 (=> $x3825 (> sum_n_13 0.0)))))
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
 (let ((?x3821 (* exp_app_3 exp_app_4)))
 (let ((?x6537 (+ ?x3821 (* sum_n_13 exp_app_4))))
 (let ((?x2423 (/ 1.0 ?x6537)))
 (let ((?x3207 (/ ?x3821 ?x6537)))
 (let ((?x809 (+ ?x3207 (* sum_n_13 exp_app_4 ?x2423))))
 (let (($x1129 (= 0.0 ?x809)))
 (let (($x1907 (and (= 0.0 (+ (* ?x3207 p_i_u) (* sum_n_15 exp_app_4 ?x2423))) $x1129)))
 (let ((?x3259 (* exp_app_0 exp_app_1)))
 (let ((?x7709 (+ ?x3259 (* sum_n_13 exp_app_1))))
 (let ((?x5902 (/ 1.0 ?x7709)))
 (let ((?x6260 (/ ?x3259 ?x7709)))
 (let ((?x1220 (+ ?x6260 (* sum_n_13 exp_app_1 ?x5902))))
 (let (($x5340 (= 0.0 ?x1220)))
 (let (($x2033 (and (= 0.0 (+ (* ?x6260 p_i_u) (* sum_n_15 exp_app_1 ?x5902))) $x5340)))
 (let (($x530 (and (= 0.0 (+ (* ?x3207 p_i_t) (* sum_n_14 exp_app_4 ?x2423))) $x1129)))
 (let (($x6220 (and (= 0.0 (+ (* ?x6260 p_i_t) (* sum_n_14 exp_app_1 ?x5902))) $x5340)))
 (let (($x901 (and (not $x6220) $x5340)))
 (and (not (or $x901 $x6220)) (not (or (and (not $x530) $x1129) $x530)) (not (or (and (not $x2033) $x5340) $x2033)) (not (or (and (not $x1907) $x1129) $x1907)))))))))))))))))))))
(assert
 (let ((?x3259 (* exp_app_0 exp_app_1)))
 (let ((?x7709 (+ ?x3259 (* sum_n_13 exp_app_1))))
 (let ((?x5902 (/ 1.0 ?x7709)))
 (let ((?x6260 (/ ?x3259 ?x7709)))
 (let ((?x1220 (+ ?x6260 (* sum_n_13 exp_app_1 ?x5902))))
 (let ((?x1490 (+ (* ?x6260 p_i_u) (* sum_n_15 exp_app_1 ?x5902))))
 (let ((?x7511 (/ ?x1490 ?x1220)))
 (let ((?x3821 (* exp_app_3 exp_app_4)))
 (let ((?x6537 (+ ?x3821 (* sum_n_13 exp_app_4))))
 (let ((?x2423 (/ 1.0 ?x6537)))
 (let ((?x3207 (/ ?x3821 ?x6537)))
 (let ((?x809 (+ ?x3207 (* sum_n_13 exp_app_4 ?x2423))))
 (let ((?x3745 (+ (* ?x3207 p_i_u) (* sum_n_15 exp_app_4 ?x2423))))
 (let ((?x3111 (- (/ ?x3745 ?x809) ?x7511)))
 (or (> 0.0 (* ?x3111 (- p_i_u ?x7511))) (< (* (- p_i_u ?x7511) (- p_i_u ?x7511)) (* ?x3111 ?x3111))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x453 (+ 1.0 b_i)))
 (>= exp_app_0 ?x453)))
(assert
 (let (($x7794 (<= exp_app_0 1.0)))
 (let (($x3816 (<= b_i 0.0)))
 (=> $x3816 $x7794))))
(assert
 (let (($x5320 (< b_i 1.0)))
 (=> $x5320 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let ((?x253 (+ 1.0 ?x811)))
 (>= exp_app_1 ?x253))))))
(assert
 (let (($x1701 (<= exp_app_1 1.0)))
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let (($x5614 (<= ?x811 0.0)))
 (=> $x5614 $x1701)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let ((?x5452 (- 1.0 ?x811)))
 (let (($x3766 (< ?x811 1.0)))
 (=> $x3766 (<= (* exp_app_1 ?x5452) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x3088 (+ 1.0 b_J)))
 (>= exp_app_2 ?x3088)))
(assert
 (let (($x8195 (<= exp_app_2 1.0)))
 (let (($x1946 (<= b_J 0.0)))
 (=> $x1946 $x8195))))
(assert
 (let (($x4286 (< b_J 1.0)))
 (=> $x4286 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x80 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x80)))
(assert
 (let (($x7565 (<= exp_app_3 1.0)))
 (let (($x6710 (<= x_raised 0.0)))
 (=> $x6710 $x7565))))
(assert
 (let (($x3383 (< x_raised 1.0)))
 (=> $x3383 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let ((?x3370 (+ 1.0 ?x135)))
 (>= exp_app_4 ?x3370))))))
(assert
 (let (($x344 (<= exp_app_4 1.0)))
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let (($x1510 (<= ?x135 0.0)))
 (=> $x1510 $x344)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let ((?x2748 (- 1.0 ?x135)))
 (let (($x6711 (< ?x135 1.0)))
 (=> $x6711 (<= (* exp_app_4 ?x2748) 1.0))))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let (($x1350 (< b_i ?x811)))
 (=> $x1350 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let (($x8131 (< ?x811 b_i)))
 (=> $x8131 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1571 (< b_i b_J)))
 (=> $x1571 (< exp_app_0 exp_app_2))))
(assert
 (let (($x3018 (< b_J b_i)))
 (=> $x3018 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1864 (< b_i x_raised)))
 (=> $x1864 (< exp_app_0 exp_app_3))))
(assert
 (let (($x5861 (< x_raised b_i)))
 (=> $x5861 (< exp_app_3 exp_app_0))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let (($x5637 (< b_i ?x135)))
 (=> $x5637 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let (($x5057 (< ?x135 b_i)))
 (=> $x5057 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let (($x6104 (< ?x811 b_J)))
 (=> $x6104 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let (($x6344 (< b_J ?x811)))
 (=> $x6344 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let (($x1262 (< ?x811 x_raised)))
 (=> $x1262 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let (($x877 (< x_raised ?x811)))
 (=> $x877 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let (($x5527 (< ?x811 ?x135)))
 (=> $x5527 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let (($x7947 (< ?x135 ?x811)))
 (=> $x7947 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x2202 (< b_J x_raised)))
 (=> $x2202 (< exp_app_2 exp_app_3))))
(assert
 (let (($x5328 (< x_raised b_J)))
 (=> $x5328 (< exp_app_3 exp_app_2))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let (($x8503 (< b_J ?x135)))
 (=> $x8503 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let (($x6342 (< ?x135 b_J)))
 (=> $x6342 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let (($x6149 (< x_raised ?x135)))
 (=> $x6149 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let (($x731 (< ?x135 x_raised)))
 (=> $x731 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x4930 (= exp_app_0 exp_app_1)))
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (=> (= b_i ?x811) $x4930))))))
(assert
 (let (($x1233 (= exp_app_0 exp_app_2)))
 (let (($x7503 (= b_i b_J)))
 (=> $x7503 $x1233))))
(assert
 (let (($x3439 (= exp_app_0 exp_app_3)))
 (let (($x1300 (= b_i x_raised)))
 (=> $x1300 $x3439))))
(assert
 (let (($x2602 (= exp_app_0 exp_app_4)))
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (=> (= b_i ?x135) $x2602))))))
(assert
 (let (($x7655 (= exp_app_1 exp_app_2)))
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (=> (= ?x811 b_J) $x7655))))))
(assert
 (let (($x3792 (= exp_app_1 exp_app_3)))
 (let (($x7675 (= n 1.0)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (=> (= ?x811 x_raised) $x3792))))))
(assert
 (let (($x1094 (= exp_app_1 exp_app_4)))
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (let ((?x759 (ite (or $x7675 (and (not $x7675) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x811 (* (- 1.0) ?x759)))
 (=> (= ?x811 ?x135) $x1094))))))))
(assert
 (let (($x2414 (= exp_app_2 exp_app_3)))
 (let (($x1906 (= b_J x_raised)))
 (=> $x1906 $x2414))))
(assert
 (let (($x1531 (= exp_app_2 exp_app_4)))
 (let (($x7675 (= n 1.0)))
 (let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x135 (* (- 1.0) ?x4511)))
 (=> (= b_J ?x135) $x1531))))))
(assert
 (let (($x667 (= exp_app_3 exp_app_4)))
(let (($x7675 (= n 1.0)))
(let ((?x4511 (ite (or $x7675 (and (not $x7675) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x135 (* (- 1.0) ?x4511)))
(=> (= x_raised ?x135) $x667))))))
(check-sat)
