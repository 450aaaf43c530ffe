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
 (let ((?x982 (- n 1.0)))
 (let (($x1265 (>= ?x982 1.0)))
 (=> $x1265 (>= max_n_12 b_J)))))
(assert
 (let (($x3190 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x1265 (>= ?x982 1.0)))
 (=> $x1265 $x3190)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x1265 (>= ?x982 1.0)))
 (=> $x1265 (> sum_n_13 0.0)))))
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
 (let ((?x1001 (* exp_app_3 exp_app_4)))
 (let ((?x2736 (+ ?x1001 (* sum_n_13 exp_app_4))))
 (let ((?x1257 (/ 1.0 ?x2736)))
 (let ((?x1637 (/ ?x1001 ?x2736)))
 (let ((?x1460 (+ ?x1637 (* sum_n_13 exp_app_4 ?x1257))))
 (let (($x1700 (= 0.0 ?x1460)))
 (let (($x3541 (and (= 0.0 (+ (* ?x1637 p_i_u) (* sum_n_15 exp_app_4 ?x1257))) $x1700)))
 (let ((?x2482 (* exp_app_0 exp_app_1)))
 (let ((?x3625 (+ ?x2482 (* sum_n_13 exp_app_1))))
 (let ((?x161 (/ 1.0 ?x3625)))
 (let ((?x2115 (/ ?x2482 ?x3625)))
 (let ((?x3345 (+ ?x2115 (* sum_n_13 exp_app_1 ?x161))))
 (let (($x262 (= 0.0 ?x3345)))
 (let (($x3242 (and (= 0.0 (+ (* ?x2115 p_i_u) (* sum_n_15 exp_app_1 ?x161))) $x262)))
 (let (($x2425 (and (= 0.0 (+ (* ?x1637 p_i_t) (* sum_n_14 exp_app_4 ?x1257))) $x1700)))
 (let (($x3256 (and (= 0.0 (+ (* ?x2115 p_i_t) (* sum_n_14 exp_app_1 ?x161))) $x262)))
 (let (($x2643 (and (not $x3256) $x262)))
 (and (not (or $x2643 $x3256)) (not (or (and (not $x2425) $x1700) $x2425)) (not (or (and (not $x3242) $x262) $x3242)) (not (or (and (not $x3541) $x1700) $x3541)))))))))))))))))))))
(assert
 (let ((?x2482 (* exp_app_0 exp_app_1)))
 (let ((?x3625 (+ ?x2482 (* sum_n_13 exp_app_1))))
 (let ((?x161 (/ 1.0 ?x3625)))
 (let ((?x2115 (/ ?x2482 ?x3625)))
 (let ((?x3345 (+ ?x2115 (* sum_n_13 exp_app_1 ?x161))))
 (let ((?x349 (+ (* ?x2115 p_i_t) (* sum_n_14 exp_app_1 ?x161))))
 (let ((?x1445 (/ ?x349 ?x3345)))
 (let ((?x1001 (* exp_app_3 exp_app_4)))
 (let ((?x2736 (+ ?x1001 (* sum_n_13 exp_app_4))))
 (let ((?x1257 (/ 1.0 ?x2736)))
 (let ((?x1637 (/ ?x1001 ?x2736)))
 (let ((?x1460 (+ ?x1637 (* sum_n_13 exp_app_4 ?x1257))))
 (let ((?x90 (+ (* ?x1637 p_i_t) (* sum_n_14 exp_app_4 ?x1257))))
 (let ((?x605 (- (/ ?x90 ?x1460) ?x1445)))
 (or (> 0.0 (* ?x605 (- p_i_t ?x1445))) (< (* (- p_i_t ?x1445) (- p_i_t ?x1445)) (* ?x605 ?x605))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1424 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1424)))
(assert
 (let (($x421 (<= exp_app_0 1.0)))
 (let (($x2673 (<= b_i 0.0)))
 (=> $x2673 $x421))))
(assert
 (let (($x2984 (< b_i 1.0)))
 (=> $x2984 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let ((?x1499 (+ 1.0 ?x2255)))
 (>= exp_app_1 ?x1499))))))
(assert
 (let (($x388 (<= exp_app_1 1.0)))
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let (($x2401 (<= ?x2255 0.0)))
 (=> $x2401 $x388)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let ((?x3048 (- 1.0 ?x2255)))
 (let (($x377 (< ?x2255 1.0)))
 (=> $x377 (<= (* exp_app_1 ?x3048) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x2418 (+ 1.0 b_J)))
 (>= exp_app_2 ?x2418)))
(assert
 (let (($x2370 (<= exp_app_2 1.0)))
 (let (($x367 (<= b_J 0.0)))
 (=> $x367 $x2370))))
(assert
 (let (($x1750 (< b_J 1.0)))
 (=> $x1750 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1463 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1463)))
(assert
 (let (($x1149 (<= exp_app_3 1.0)))
 (let (($x2326 (<= x_raised 0.0)))
 (=> $x2326 $x1149))))
(assert
 (let (($x2233 (< x_raised 1.0)))
 (=> $x2233 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let ((?x1633 (+ 1.0 ?x923)))
 (>= exp_app_4 ?x1633))))))
(assert
 (let (($x2051 (<= exp_app_4 1.0)))
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let (($x498 (<= ?x923 0.0)))
 (=> $x498 $x2051)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let ((?x2173 (- 1.0 ?x923)))
 (let (($x1139 (< ?x923 1.0)))
 (=> $x1139 (<= (* exp_app_4 ?x2173) 1.0))))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let (($x29 (< b_i ?x2255)))
 (=> $x29 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let (($x2682 (< ?x2255 b_i)))
 (=> $x2682 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1168 (< b_i b_J)))
 (=> $x1168 (< exp_app_0 exp_app_2))))
(assert
 (let (($x684 (< b_J b_i)))
 (=> $x684 (< exp_app_2 exp_app_0))))
(assert
 (let (($x3372 (< b_i x_raised)))
 (=> $x3372 (< exp_app_0 exp_app_3))))
(assert
 (let (($x2305 (< x_raised b_i)))
 (=> $x2305 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let (($x2918 (< b_i ?x923)))
 (=> $x2918 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let (($x3337 (< ?x923 b_i)))
 (=> $x3337 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let (($x559 (< ?x2255 b_J)))
 (=> $x559 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let (($x218 (< b_J ?x2255)))
 (=> $x218 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let (($x2483 (< ?x2255 x_raised)))
 (=> $x2483 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let (($x2693 (< x_raised ?x2255)))
 (=> $x2693 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let (($x287 (< ?x2255 ?x923)))
 (=> $x287 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let (($x2741 (< ?x923 ?x2255)))
 (=> $x2741 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x2153 (< b_J x_raised)))
 (=> $x2153 (< exp_app_2 exp_app_3))))
(assert
 (let (($x288 (< x_raised b_J)))
 (=> $x288 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let (($x2709 (< b_J ?x923)))
 (=> $x2709 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let (($x2250 (< ?x923 b_J)))
 (=> $x2250 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let (($x1835 (< x_raised ?x923)))
 (=> $x1835 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let (($x3385 (< ?x923 x_raised)))
 (=> $x3385 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x3336 (= exp_app_0 exp_app_1)))
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (=> (= b_i ?x2255) $x3336))))))
(assert
 (let (($x55 (= exp_app_0 exp_app_2)))
 (let (($x2598 (= b_i b_J)))
 (=> $x2598 $x55))))
(assert
 (let (($x494 (= exp_app_0 exp_app_3)))
 (let (($x785 (= b_i x_raised)))
 (=> $x785 $x494))))
(assert
 (let (($x1397 (= exp_app_0 exp_app_4)))
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (=> (= b_i ?x923) $x1397))))))
(assert
 (let (($x2890 (= exp_app_1 exp_app_2)))
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (=> (= ?x2255 b_J) $x2890))))))
(assert
 (let (($x1122 (= exp_app_1 exp_app_3)))
 (let (($x1308 (= n 1.0)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (=> (= ?x2255 x_raised) $x1122))))))
(assert
 (let (($x2516 (= exp_app_1 exp_app_4)))
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (let ((?x935 (ite (or $x1308 (and (not $x1308) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2255 (* (- 1.0) ?x935)))
 (=> (= ?x2255 ?x923) $x2516))))))))
(assert
 (let (($x3384 (= exp_app_2 exp_app_3)))
 (let (($x2743 (= b_J x_raised)))
 (=> $x2743 $x3384))))
(assert
 (let (($x910 (= exp_app_2 exp_app_4)))
 (let (($x1308 (= n 1.0)))
 (let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x923 (* (- 1.0) ?x1019)))
 (=> (= b_J ?x923) $x910))))))
(assert
 (let (($x1098 (= exp_app_3 exp_app_4)))
(let (($x1308 (= n 1.0)))
(let ((?x1019 (ite (or $x1308 (and (not $x1308) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x923 (* (- 1.0) ?x1019)))
(=> (= x_raised ?x923) $x1098))))))
(check-sat)
