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
 (let (($x2107 (>= ?x982 1.0)))
 (=> $x2107 (>= max_n_12 b_J)))))
(assert
 (let (($x600 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x2107 (>= ?x982 1.0)))
 (=> $x2107 $x600)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x2107 (>= ?x982 1.0)))
 (=> $x2107 (> sum_n_13 0.0)))))
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
 (let ((?x2349 (* sum_n_13 exp_app_4)))
 (let ((?x2721 (* exp_app_3 exp_app_4)))
 (let ((?x1877 (+ ?x2721 ?x2349)))
 (let ((?x1067 (/ 1.0 ?x1877)))
 (let ((?x1668 (/ ?x2721 ?x1877)))
 (let ((?x3460 (+ ?x1668 (* sum_n_13 exp_app_4 ?x1067))))
 (let (($x2668 (= 0.0 ?x3460)))
 (let (($x2363 (and (= 0.0 (+ (* ?x1668 p_i_u) (* sum_n_15 exp_app_4 ?x1067))) $x2668)))
 (let ((?x1140 (* sum_n_13 exp_app_1)))
 (let ((?x2702 (* exp_app_0 exp_app_1)))
 (let ((?x946 (+ ?x2702 ?x1140)))
 (let ((?x2659 (/ 1.0 ?x946)))
 (let ((?x3341 (/ ?x2702 ?x946)))
 (let ((?x1114 (+ ?x3341 (* sum_n_13 exp_app_1 ?x2659))))
 (let (($x242 (= 0.0 ?x1114)))
 (let (($x2981 (and (= 0.0 (+ (* ?x3341 p_i_u) (* sum_n_15 exp_app_1 ?x2659))) $x242)))
 (let (($x2910 (and (= 0.0 (+ (* ?x1668 p_i_t) (* sum_n_14 exp_app_4 ?x1067))) $x2668)))
 (let (($x3269 (and (= 0.0 (+ (* ?x3341 p_i_t) (* sum_n_14 exp_app_1 ?x2659))) $x242)))
 (let (($x89 (and (not $x3269) $x242)))
 (and (not (or $x89 $x3269)) (not (or (and (not $x2910) $x2668) $x2910)) (not (or (and (not $x2981) $x242) $x2981)) (not (or (and (not $x2363) $x2668) $x2363)))))))))))))))))))))))
(assert
 (let ((?x1140 (* sum_n_13 exp_app_1)))
 (let ((?x2702 (* exp_app_0 exp_app_1)))
 (let ((?x946 (+ ?x2702 ?x1140)))
 (let ((?x2659 (/ 1.0 ?x946)))
 (let ((?x3341 (/ ?x2702 ?x946)))
 (let ((?x1114 (+ ?x3341 (* sum_n_13 exp_app_1 ?x2659))))
 (let ((?x2093 (+ (* ?x3341 p_i_u) (* sum_n_15 exp_app_1 ?x2659))))
 (let ((?x2787 (/ ?x2093 ?x1114)))
 (let ((?x2349 (* sum_n_13 exp_app_4)))
 (let ((?x2721 (* exp_app_3 exp_app_4)))
 (let ((?x1877 (+ ?x2721 ?x2349)))
 (let ((?x1067 (/ 1.0 ?x1877)))
 (let ((?x1668 (/ ?x2721 ?x1877)))
 (let ((?x3460 (+ ?x1668 (* sum_n_13 exp_app_4 ?x1067))))
 (let ((?x2643 (+ (* ?x1668 p_i_u) (* sum_n_15 exp_app_4 ?x1067))))
 (let ((?x1368 (- (/ ?x2643 ?x3460) ?x2787)))
 (or (> 0.0 (* ?x1368 (- p_i_u ?x2787))) (< (* (- p_i_u ?x2787) (- p_i_u ?x2787)) (* ?x1368 ?x1368))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1819 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1819)))
(assert
 (let (($x3510 (<= exp_app_0 1.0)))
 (let (($x2118 (<= b_i 0.0)))
 (=> $x2118 $x3510))))
(assert
 (let (($x306 (< b_i 1.0)))
 (=> $x306 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let ((?x1720 (+ 1.0 ?x1270)))
 (>= exp_app_1 ?x1720))))))
(assert
 (let (($x666 (<= exp_app_1 1.0)))
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let (($x1049 (<= ?x1270 0.0)))
 (=> $x1049 $x666)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let ((?x3048 (- 1.0 ?x1270)))
 (let (($x2764 (< ?x1270 1.0)))
 (=> $x2764 (<= (* exp_app_1 ?x3048) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1425 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1425)))
(assert
 (let (($x3430 (<= exp_app_2 1.0)))
 (let (($x445 (<= b_J 0.0)))
 (=> $x445 $x3430))))
(assert
 (let (($x1525 (< b_J 1.0)))
 (=> $x1525 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1853 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1853)))
(assert
 (let (($x1071 (<= exp_app_3 1.0)))
 (let (($x11 (<= x_raised 0.0)))
 (=> $x11 $x1071))))
(assert
 (let (($x1904 (< x_raised 1.0)))
 (=> $x1904 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let ((?x2989 (+ 1.0 ?x2061)))
 (>= exp_app_4 ?x2989))))))
(assert
 (let (($x1098 (<= exp_app_4 1.0)))
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let (($x2442 (<= ?x2061 0.0)))
 (=> $x2442 $x1098)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let ((?x1793 (- 1.0 ?x2061)))
 (let (($x1253 (< ?x2061 1.0)))
 (=> $x1253 (<= (* exp_app_4 ?x1793) 1.0))))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let (($x730 (< b_i ?x1270)))
 (=> $x730 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let (($x1946 (< ?x1270 b_i)))
 (=> $x1946 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x862 (< b_i b_J)))
 (=> $x862 (< exp_app_0 exp_app_2))))
(assert
 (let (($x2652 (< b_J b_i)))
 (=> $x2652 (< exp_app_2 exp_app_0))))
(assert
 (let (($x3038 (< b_i x_raised)))
 (=> $x3038 (< exp_app_0 exp_app_3))))
(assert
 (let (($x112 (< x_raised b_i)))
 (=> $x112 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let (($x794 (< b_i ?x2061)))
 (=> $x794 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let (($x1097 (< ?x2061 b_i)))
 (=> $x1097 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let (($x551 (< ?x1270 b_J)))
 (=> $x551 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let (($x880 (< b_J ?x1270)))
 (=> $x880 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let (($x510 (< ?x1270 x_raised)))
 (=> $x510 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let (($x167 (< x_raised ?x1270)))
 (=> $x167 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let (($x1292 (< ?x1270 ?x2061)))
 (=> $x1292 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let (($x1251 (< ?x2061 ?x1270)))
 (=> $x1251 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x2846 (< b_J x_raised)))
 (=> $x2846 (< exp_app_2 exp_app_3))))
(assert
 (let (($x2954 (< x_raised b_J)))
 (=> $x2954 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let (($x283 (< b_J ?x2061)))
 (=> $x283 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let (($x3377 (< ?x2061 b_J)))
 (=> $x3377 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let (($x1758 (< x_raised ?x2061)))
 (=> $x1758 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let (($x1186 (< ?x2061 x_raised)))
 (=> $x1186 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1773 (= exp_app_0 exp_app_1)))
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (=> (= b_i ?x1270) $x1773))))))
(assert
 (let (($x2141 (= exp_app_0 exp_app_2)))
 (let (($x417 (= b_i b_J)))
 (=> $x417 $x2141))))
(assert
 (let (($x335 (= exp_app_0 exp_app_3)))
 (let (($x910 (= b_i x_raised)))
 (=> $x910 $x335))))
(assert
 (let (($x1399 (= exp_app_0 exp_app_4)))
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (=> (= b_i ?x2061) $x1399))))))
(assert
 (let (($x3541 (= exp_app_1 exp_app_2)))
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (=> (= ?x1270 b_J) $x3541))))))
(assert
 (let (($x2874 (= exp_app_1 exp_app_3)))
 (let (($x1935 (= n 1.0)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (=> (= ?x1270 x_raised) $x2874))))))
(assert
 (let (($x1494 (= exp_app_1 exp_app_4)))
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (let ((?x3336 (ite (or $x1935 (and (not $x1935) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1270 (* (- 1.0) ?x3336)))
 (=> (= ?x1270 ?x2061) $x1494))))))))
(assert
 (let (($x2766 (= exp_app_2 exp_app_3)))
 (let (($x2564 (= b_J x_raised)))
 (=> $x2564 $x2766))))
(assert
 (let (($x2498 (= exp_app_2 exp_app_4)))
 (let (($x1935 (= n 1.0)))
 (let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2061 (* (- 1.0) ?x746)))
 (=> (= b_J ?x2061) $x2498))))))
(assert
 (let (($x328 (= exp_app_3 exp_app_4)))
(let (($x1935 (= n 1.0)))
(let ((?x746 (ite (or $x1935 (and (not $x1935) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x2061 (* (- 1.0) ?x746)))
(=> (= x_raised ?x2061) $x328))))))
(check-sat)
