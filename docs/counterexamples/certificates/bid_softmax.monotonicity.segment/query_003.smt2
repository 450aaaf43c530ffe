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
 (let ((?x3862 (- n 1.0)))
 (let (($x4660 (>= ?x3862 1.0)))
 (=> $x4660 (>= max_n_12 b_J)))))
(assert
 (let (($x646 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x4660 (>= ?x3862 1.0)))
 (=> $x4660 $x646)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x4660 (>= ?x3862 1.0)))
 (=> $x4660 (> sum_n_13 0.0)))))
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
 (let ((?x5981 (* exp_app_3 exp_app_4)))
 (let ((?x7795 (+ ?x5981 (* sum_n_13 exp_app_4))))
 (let ((?x2520 (/ 1.0 ?x7795)))
 (let ((?x873 (/ ?x5981 ?x7795)))
 (let ((?x4394 (+ ?x873 (* sum_n_13 exp_app_4 ?x2520))))
 (let (($x7639 (= 0.0 ?x4394)))
 (let (($x368 (and (= 0.0 (+ (* ?x873 p_i_u) (* sum_n_15 exp_app_4 ?x2520))) $x7639)))
 (let ((?x6349 (* exp_app_0 exp_app_1)))
 (let ((?x6281 (+ ?x6349 (* sum_n_13 exp_app_1))))
 (let ((?x58 (/ 1.0 ?x6281)))
 (let ((?x6570 (/ ?x6349 ?x6281)))
 (let ((?x8438 (+ ?x6570 (* sum_n_13 exp_app_1 ?x58))))
 (let (($x3954 (= 0.0 ?x8438)))
 (let (($x5378 (and (= 0.0 (+ (* ?x6570 p_i_u) (* sum_n_15 exp_app_1 ?x58))) $x3954)))
 (let (($x2528 (and (= 0.0 (+ (* ?x873 p_i_t) (* sum_n_14 exp_app_4 ?x2520))) $x7639)))
 (let (($x279 (and (= 0.0 (+ (* ?x6570 p_i_t) (* sum_n_14 exp_app_1 ?x58))) $x3954)))
 (let (($x1578 (and (not $x279) $x3954)))
 (and (not (or $x1578 $x279)) (not (or (and (not $x2528) $x7639) $x2528)) (not (or (and (not $x5378) $x3954) $x5378)) (not (or (and (not $x368) $x7639) $x368)))))))))))))))))))))
(assert
 (let ((?x6349 (* exp_app_0 exp_app_1)))
 (let ((?x6281 (+ ?x6349 (* sum_n_13 exp_app_1))))
 (let ((?x58 (/ 1.0 ?x6281)))
 (let ((?x6570 (/ ?x6349 ?x6281)))
 (let ((?x8438 (+ ?x6570 (* sum_n_13 exp_app_1 ?x58))))
 (let ((?x75 (+ (* ?x6570 p_i_u) (* sum_n_15 exp_app_1 ?x58))))
 (let ((?x2385 (/ ?x75 ?x8438)))
 (let ((?x5403 (- p_i_u ?x2385)))
 (let ((?x3838 (+ (* ?x6570 p_i_t) (* sum_n_14 exp_app_1 ?x58))))
 (let ((?x961 (/ ?x3838 ?x8438)))
 (let ((?x5981 (* exp_app_3 exp_app_4)))
 (let ((?x7795 (+ ?x5981 (* sum_n_13 exp_app_4))))
 (let ((?x2520 (/ 1.0 ?x7795)))
 (let ((?x873 (/ ?x5981 ?x7795)))
 (let ((?x4394 (+ ?x873 (* sum_n_13 exp_app_4 ?x2520))))
 (let ((?x3406 (+ (* ?x873 p_i_t) (* sum_n_14 exp_app_4 ?x2520))))
 (let ((?x730 (* (- (/ ?x3406 ?x4394) ?x961) ?x5403)))
 (let ((?x695 (- (/ (+ (* ?x873 p_i_u) (* sum_n_15 exp_app_4 ?x2520)) ?x4394) ?x2385)))
 (let ((?x3836 (* ?x695 (- p_i_t ?x961))))
 (or (< ?x730 ?x3836) (< ?x3836 ?x730))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x7823 (+ 1.0 b_i)))
 (>= exp_app_0 ?x7823)))
(assert
 (let (($x53 (<= exp_app_0 1.0)))
 (let (($x3311 (<= b_i 0.0)))
 (=> $x3311 $x53))))
(assert
 (let (($x1692 (< b_i 1.0)))
 (=> $x1692 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let ((?x1284 (+ 1.0 ?x6704)))
 (>= exp_app_1 ?x1284))))))
(assert
 (let (($x2778 (<= exp_app_1 1.0)))
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let (($x2560 (<= ?x6704 0.0)))
 (=> $x2560 $x2778)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let ((?x3618 (- 1.0 ?x6704)))
 (let (($x4080 (< ?x6704 1.0)))
 (=> $x4080 (<= (* exp_app_1 ?x3618) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x3028 (+ 1.0 b_J)))
 (>= exp_app_2 ?x3028)))
(assert
 (let (($x6753 (<= exp_app_2 1.0)))
 (let (($x4575 (<= b_J 0.0)))
 (=> $x4575 $x6753))))
(assert
 (let (($x2729 (< b_J 1.0)))
 (=> $x2729 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x3807 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x3807)))
(assert
 (let (($x7179 (<= exp_app_3 1.0)))
 (let (($x6759 (<= x_raised 0.0)))
 (=> $x6759 $x7179))))
(assert
 (let (($x4933 (< x_raised 1.0)))
 (=> $x4933 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let ((?x5814 (+ 1.0 ?x6608)))
 (>= exp_app_4 ?x5814))))))
(assert
 (let (($x4246 (<= exp_app_4 1.0)))
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let (($x1319 (<= ?x6608 0.0)))
 (=> $x1319 $x4246)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let ((?x8106 (- 1.0 ?x6608)))
 (let (($x1464 (< ?x6608 1.0)))
 (=> $x1464 (<= (* exp_app_4 ?x8106) 1.0))))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let (($x173 (< b_i ?x6704)))
 (=> $x173 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let (($x2826 (< ?x6704 b_i)))
 (=> $x2826 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2297 (< b_i b_J)))
 (=> $x2297 (< exp_app_0 exp_app_2))))
(assert
 (let (($x4555 (< b_J b_i)))
 (=> $x4555 (< exp_app_2 exp_app_0))))
(assert
 (let (($x4274 (< b_i x_raised)))
 (=> $x4274 (< exp_app_0 exp_app_3))))
(assert
 (let (($x5700 (< x_raised b_i)))
 (=> $x5700 (< exp_app_3 exp_app_0))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let (($x7351 (< b_i ?x6608)))
 (=> $x7351 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let (($x3961 (< ?x6608 b_i)))
 (=> $x3961 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let (($x8391 (< ?x6704 b_J)))
 (=> $x8391 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let (($x2377 (< b_J ?x6704)))
 (=> $x2377 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let (($x668 (< ?x6704 x_raised)))
 (=> $x668 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let (($x4124 (< x_raised ?x6704)))
 (=> $x4124 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let (($x3960 (< ?x6704 ?x6608)))
 (=> $x3960 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let (($x4388 (< ?x6608 ?x6704)))
 (=> $x4388 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x7818 (< b_J x_raised)))
 (=> $x7818 (< exp_app_2 exp_app_3))))
(assert
 (let (($x2003 (< x_raised b_J)))
 (=> $x2003 (< exp_app_3 exp_app_2))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let (($x3510 (< b_J ?x6608)))
 (=> $x3510 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let (($x3777 (< ?x6608 b_J)))
 (=> $x3777 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let (($x570 (< x_raised ?x6608)))
 (=> $x570 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let (($x3397 (< ?x6608 x_raised)))
 (=> $x3397 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x8517 (= exp_app_0 exp_app_1)))
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (=> (= b_i ?x6704) $x8517))))))
(assert
 (let (($x2895 (= exp_app_0 exp_app_2)))
 (let (($x5783 (= b_i b_J)))
 (=> $x5783 $x2895))))
(assert
 (let (($x3606 (= exp_app_0 exp_app_3)))
 (let (($x1786 (= b_i x_raised)))
 (=> $x1786 $x3606))))
(assert
 (let (($x1338 (= exp_app_0 exp_app_4)))
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (=> (= b_i ?x6608) $x1338))))))
(assert
 (let (($x8414 (= exp_app_1 exp_app_2)))
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (=> (= ?x6704 b_J) $x8414))))))
(assert
 (let (($x1844 (= exp_app_1 exp_app_3)))
 (let (($x6273 (= n 1.0)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (=> (= ?x6704 x_raised) $x1844))))))
(assert
 (let (($x1519 (= exp_app_1 exp_app_4)))
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (let ((?x4324 (ite (or $x6273 (and (not $x6273) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6704 (* (- 1.0) ?x4324)))
 (=> (= ?x6704 ?x6608) $x1519))))))))
(assert
 (let (($x1197 (= exp_app_2 exp_app_3)))
 (let (($x5542 (= b_J x_raised)))
 (=> $x5542 $x1197))))
(assert
 (let (($x1905 (= exp_app_2 exp_app_4)))
 (let (($x6273 (= n 1.0)))
 (let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6608 (* (- 1.0) ?x3242)))
 (=> (= b_J ?x6608) $x1905))))))
(assert
 (let (($x7878 (= exp_app_3 exp_app_4)))
(let (($x6273 (= n 1.0)))
(let ((?x3242 (ite (or $x6273 (and (not $x6273) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x6608 (* (- 1.0) ?x3242)))
(=> (= x_raised ?x6608) $x7878))))))
(check-sat)
