; bid_softmax, every n and k: q(t) >= 0 wherever q(t) is finite
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
(declare-fun zero_is_negative!9471 () Bool)
(declare-fun zero_is_negative!9470 () Bool)
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
 (let (($x5539 (>= ?x3862 1.0)))
 (=> $x5539 (>= max_n_12 b_J)))))
(assert
 (let (($x2087 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x5539 (>= ?x3862 1.0)))
 (=> $x5539 $x2087)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x5539 (>= ?x3862 1.0)))
 (=> $x5539 (> sum_n_13 0.0)))))
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
 (let ((?x2088 (* exp_app_0 exp_app_1)))
 (let ((?x3928 (+ ?x2088 (* sum_n_13 exp_app_1))))
 (let ((?x925 (/ 1.0 ?x3928)))
 (let ((?x7916 (/ ?x2088 ?x3928)))
 (let ((?x2716 (+ ?x7916 (* sum_n_13 exp_app_1 ?x925))))
 (let (($x8168 (= 0.0 ?x2716)))
 (let (($x50 (and (= 0.0 (+ (* ?x7916 p_i_t) (* sum_n_14 exp_app_1 ?x925))) $x8168)))
 (not (or (and (not $x50) $x8168) $x50))))))))))
(assert
 (let ((?x2088 (* exp_app_0 exp_app_1)))
 (let ((?x3928 (+ ?x2088 (* sum_n_13 exp_app_1))))
 (let ((?x925 (/ 1.0 ?x3928)))
 (let ((?x7916 (/ ?x2088 ?x3928)))
 (let ((?x2716 (+ ?x7916 (* sum_n_13 exp_app_1 ?x925))))
 (let (($x8168 (= 0.0 ?x2716)))
 (let (($x50 (and (= 0.0 (+ (* ?x7916 p_i_t) (* sum_n_14 exp_app_1 ?x925))) $x8168)))
 (let (($x1725 (not (or (and (not $x50) $x8168) $x50))))
 (let (($x2911 (= 0.0 p_J_t)))
 (let (($x7723 (= 0.0 ?x3928)))
 (let (($x3426 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x7723)) $x7723)))
 (let (($x5659 (and (= 0.0 (* exp_app_2 exp_app_1)) $x7723)))
 (let (($x5709 (or $x5659 (and $x3426 $x2911))))
 (let (($x2084 (> 0.0 p_J_t)))
 (let (($x470 (not (or $x3426 $x5659))))
 (let (($x6920 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x3928))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x3928)))))
 (let (($x5954 (ite $x7723 zero_is_negative!9471 $x6920)))
 (let (($x8128 (or (and $x3426 (not $x5954)) (and $x470 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x3928))))))
 (let (($x5831 (< 0.0 p_J_t)))
 (let (($x6463 (or (and $x3426 $x5954) (and $x470 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x3928))))))
 (let (($x1282 (or (and $x6463 $x5831) (and $x8128 $x2084))))
 (let (($x8173 (and (not $x5709) $x3426)))
 (let (($x1883 (= 0.0 ?x2088)))
 (let (($x177 (and $x1883 $x7723)))
 (let (($x3914 (or $x177 (and (and (not $x177) $x7723) (= 0.0 p_i_t)))))
 (let (($x8516 (> 0.0 p_i_t)))
 (let (($x1332 (or (and (< 0.0 ?x2088) (not (> 0.0 ?x3928))) (and (> 0.0 ?x2088) (> 0.0 ?x3928)))))
 (let (($x8230 (ite $x7723 zero_is_negative!9470 $x1332)))
 (let (($x2480 (and (not $x177) $x7723)))
 (let (($x2536 (or (and $x2480 (not $x8230)) (and (not (or $x2480 $x177)) (> 0.0 ?x7916)))))
 (let (($x4300 (< 0.0 p_i_t)))
 (let (($x2955 (and (or (and $x2480 $x8230) (and (not (or $x2480 $x177)) (< 0.0 ?x7916))) $x4300)))
 (let (($x4127 (or $x2955 (and $x2536 $x8516))))
 (let (($x929 (and (not $x3914) $x2480)))
 (let (($x6795 (and (not (or (or (and $x929 $x4127) (and $x929 (not $x4127))) $x3914)) (not (or (or (and $x8173 $x1282) (and $x8173 (not $x1282))) $x5709)) $x1725)))
 (let (($x3961 (not $x6795)))
 (not $x3961))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x2088 (* exp_app_0 exp_app_1)))
 (let ((?x3928 (+ ?x2088 (* sum_n_13 exp_app_1))))
 (let ((?x925 (/ 1.0 ?x3928)))
 (let ((?x7916 (/ ?x2088 ?x3928)))
 (let ((?x2716 (+ ?x7916 (* sum_n_13 exp_app_1 ?x925))))
 (let ((?x2733 (+ (* ?x7916 p_i_t) (* sum_n_14 exp_app_1 ?x925))))
 (< (/ ?x2733 ?x2716) 0.0))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x2016 (+ 1.0 b_i)))
 (>= exp_app_0 ?x2016)))
(assert
 (let (($x2112 (<= exp_app_0 1.0)))
 (let (($x7219 (<= b_i 0.0)))
 (=> $x7219 $x2112))))
(assert
 (let (($x8071 (< b_i 1.0)))
 (=> $x8071 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1867 (= n 1.0)))
 (let ((?x6303 (ite (or $x1867 (and (not $x1867) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x401 (* (- 1.0) ?x6303)))
 (let ((?x1689 (+ 1.0 ?x401)))
 (>= exp_app_1 ?x1689))))))
(assert
 (let (($x2248 (<= exp_app_1 1.0)))
 (let (($x1867 (= n 1.0)))
 (let ((?x6303 (ite (or $x1867 (and (not $x1867) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x401 (* (- 1.0) ?x6303)))
 (let (($x2567 (<= ?x401 0.0)))
 (=> $x2567 $x2248)))))))
(assert
 (let (($x1867 (= n 1.0)))
 (let ((?x6303 (ite (or $x1867 (and (not $x1867) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x401 (* (- 1.0) ?x6303)))
 (let ((?x1208 (- 1.0 ?x401)))
 (let (($x2531 (< ?x401 1.0)))
 (=> $x2531 (<= (* exp_app_1 ?x1208) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1129 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1129)))
(assert
 (let (($x2995 (<= exp_app_2 1.0)))
 (let (($x95 (<= b_J 0.0)))
 (=> $x95 $x2995))))
(assert
 (let (($x7820 (< b_J 1.0)))
 (=> $x7820 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x1867 (= n 1.0)))
 (let ((?x6303 (ite (or $x1867 (and (not $x1867) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x401 (* (- 1.0) ?x6303)))
 (let (($x1468 (< b_i ?x401)))
 (=> $x1468 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1867 (= n 1.0)))
 (let ((?x6303 (ite (or $x1867 (and (not $x1867) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x401 (* (- 1.0) ?x6303)))
 (let (($x1398 (< ?x401 b_i)))
 (=> $x1398 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x4805 (< b_i b_J)))
 (=> $x4805 (< exp_app_0 exp_app_2))))
(assert
 (let (($x3784 (< b_J b_i)))
 (=> $x3784 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1867 (= n 1.0)))
 (let ((?x6303 (ite (or $x1867 (and (not $x1867) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x401 (* (- 1.0) ?x6303)))
 (let (($x3792 (< ?x401 b_J)))
 (=> $x3792 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1867 (= n 1.0)))
 (let ((?x6303 (ite (or $x1867 (and (not $x1867) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x401 (* (- 1.0) ?x6303)))
 (let (($x6009 (< b_J ?x401)))
 (=> $x6009 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x6396 (= exp_app_0 exp_app_1)))
 (let (($x1867 (= n 1.0)))
 (let ((?x6303 (ite (or $x1867 (and (not $x1867) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x401 (* (- 1.0) ?x6303)))
 (=> (= b_i ?x401) $x6396))))))
(assert
 (let (($x6109 (= exp_app_0 exp_app_2)))
 (let (($x7712 (= b_i b_J)))
 (=> $x7712 $x6109))))
(assert
 (let (($x7179 (= exp_app_1 exp_app_2)))
(let (($x1867 (= n 1.0)))
(let ((?x6303 (ite (or $x1867 (and (not $x1867) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x401 (* (- 1.0) ?x6303)))
(=> (= ?x401 b_J) $x7179))))))
(check-sat)
