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
 (let (($x3263 (>= ?x3862 1.0)))
 (=> $x3263 (>= max_n_12 b_J)))))
(assert
 (let (($x4537 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x3263 (>= ?x3862 1.0)))
 (=> $x3263 $x4537)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x3263 (>= ?x3862 1.0)))
 (=> $x3263 (> sum_n_13 0.0)))))
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
 (let ((?x3495 (* sum_n_13 exp_app_4)))
 (let ((?x7254 (* exp_app_3 exp_app_4)))
 (let ((?x7148 (+ ?x7254 ?x3495)))
 (let ((?x728 (/ 1.0 ?x7148)))
 (let ((?x2966 (/ ?x7254 ?x7148)))
 (let ((?x4601 (+ ?x2966 (* sum_n_13 exp_app_4 ?x728))))
 (let (($x3852 (= 0.0 ?x4601)))
 (let (($x5144 (and (= 0.0 (+ (* ?x2966 p_i_u) (* sum_n_15 exp_app_4 ?x728))) $x3852)))
 (let ((?x2769 (* exp_app_0 exp_app_1)))
 (let ((?x7076 (+ ?x2769 (* sum_n_13 exp_app_1))))
 (let ((?x6030 (/ 1.0 ?x7076)))
 (let ((?x2181 (/ ?x2769 ?x7076)))
 (let ((?x7433 (+ ?x2181 (* sum_n_13 exp_app_1 ?x6030))))
 (let (($x1012 (= 0.0 ?x7433)))
 (let (($x5139 (and (= 0.0 (+ (* ?x2181 p_i_u) (* sum_n_15 exp_app_1 ?x6030))) $x1012)))
 (let (($x5785 (and (= 0.0 (+ (* ?x2966 p_i_t) (* sum_n_14 exp_app_4 ?x728))) $x3852)))
 (let (($x2029 (and (= 0.0 (+ (* ?x2181 p_i_t) (* sum_n_14 exp_app_1 ?x6030))) $x1012)))
 (let (($x8321 (and (not $x2029) $x1012)))
 (and (not (or $x8321 $x2029)) (not (or (and (not $x5785) $x3852) $x5785)) (not (or (and (not $x5139) $x1012) $x5139)) (not (or (and (not $x5144) $x3852) $x5144))))))))))))))))))))))
(assert
 (let ((?x2769 (* exp_app_0 exp_app_1)))
 (let ((?x7076 (+ ?x2769 (* sum_n_13 exp_app_1))))
 (let ((?x6030 (/ 1.0 ?x7076)))
 (let ((?x2181 (/ ?x2769 ?x7076)))
 (let ((?x7433 (+ ?x2181 (* sum_n_13 exp_app_1 ?x6030))))
 (let ((?x3617 (+ (* ?x2181 p_i_u) (* sum_n_15 exp_app_1 ?x6030))))
 (let ((?x5865 (/ ?x3617 ?x7433)))
 (let ((?x5957 (- p_i_u ?x5865)))
 (let ((?x7407 (+ (* ?x2181 p_i_t) (* sum_n_14 exp_app_1 ?x6030))))
 (let ((?x5651 (/ ?x7407 ?x7433)))
 (let ((?x3495 (* sum_n_13 exp_app_4)))
 (let ((?x7254 (* exp_app_3 exp_app_4)))
 (let ((?x7148 (+ ?x7254 ?x3495)))
 (let ((?x728 (/ 1.0 ?x7148)))
 (let ((?x2966 (/ ?x7254 ?x7148)))
 (let ((?x4601 (+ ?x2966 (* sum_n_13 exp_app_4 ?x728))))
 (let ((?x6065 (+ (* ?x2966 p_i_t) (* sum_n_14 exp_app_4 ?x728))))
 (let ((?x7034 (* (- (/ ?x6065 ?x4601) ?x5651) ?x5957)))
 (let ((?x1935 (- (/ (+ (* ?x2966 p_i_u) (* sum_n_15 exp_app_4 ?x728)) ?x4601) ?x5865)))
 (let ((?x1781 (* ?x1935 (- p_i_t ?x5651))))
 (or (< ?x7034 ?x1781) (< ?x1781 ?x7034)))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1977 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1977)))
(assert
 (let (($x3110 (<= exp_app_0 1.0)))
 (let (($x2248 (<= b_i 0.0)))
 (=> $x2248 $x3110))))
(assert
 (let (($x95 (< b_i 1.0)))
 (=> $x95 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let ((?x4522 (+ 1.0 ?x7072)))
 (>= exp_app_1 ?x4522))))))
(assert
 (let (($x7513 (<= exp_app_1 1.0)))
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let (($x5798 (<= ?x7072 0.0)))
 (=> $x5798 $x7513)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let ((?x4216 (- 1.0 ?x7072)))
 (let (($x4394 (< ?x7072 1.0)))
 (=> $x4394 (<= (* exp_app_1 ?x4216) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x2469 (+ 1.0 b_J)))
 (>= exp_app_2 ?x2469)))
(assert
 (let (($x5360 (<= exp_app_2 1.0)))
 (let (($x1270 (<= b_J 0.0)))
 (=> $x1270 $x5360))))
(assert
 (let (($x1177 (< b_J 1.0)))
 (=> $x1177 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x5241 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x5241)))
(assert
 (let (($x1645 (<= exp_app_3 1.0)))
 (let (($x6281 (<= x_raised 0.0)))
 (=> $x6281 $x1645))))
(assert
 (let (($x4819 (< x_raised 1.0)))
 (=> $x4819 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let ((?x4861 (+ 1.0 ?x7247)))
 (>= exp_app_4 ?x4861))))))
(assert
 (let (($x2144 (<= exp_app_4 1.0)))
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let (($x813 (<= ?x7247 0.0)))
 (=> $x813 $x2144)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let ((?x8316 (- 1.0 ?x7247)))
 (let (($x6233 (< ?x7247 1.0)))
 (=> $x6233 (<= (* exp_app_4 ?x8316) 1.0))))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let (($x7916 (< b_i ?x7072)))
 (=> $x7916 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let (($x8168 (< ?x7072 b_i)))
 (=> $x8168 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1223 (< b_i b_J)))
 (=> $x1223 (< exp_app_0 exp_app_2))))
(assert
 (let (($x82 (< b_J b_i)))
 (=> $x82 (< exp_app_2 exp_app_0))))
(assert
 (let (($x981 (< b_i x_raised)))
 (=> $x981 (< exp_app_0 exp_app_3))))
(assert
 (let (($x319 (< x_raised b_i)))
 (=> $x319 (< exp_app_3 exp_app_0))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let (($x1883 (< b_i ?x7247)))
 (=> $x1883 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let (($x8640 (< ?x7247 b_i)))
 (=> $x8640 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let (($x2888 (< ?x7072 b_J)))
 (=> $x2888 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let (($x5901 (< b_J ?x7072)))
 (=> $x5901 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let (($x4739 (< ?x7072 x_raised)))
 (=> $x4739 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let (($x177 (< x_raised ?x7072)))
 (=> $x177 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let (($x6159 (< ?x7072 ?x7247)))
 (=> $x6159 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let (($x3483 (< ?x7247 ?x7072)))
 (=> $x3483 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x8384 (< b_J x_raised)))
 (=> $x8384 (< exp_app_2 exp_app_3))))
(assert
 (let (($x1844 (< x_raised b_J)))
 (=> $x1844 (< exp_app_3 exp_app_2))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let (($x108 (< b_J ?x7247)))
 (=> $x108 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let (($x7696 (< ?x7247 b_J)))
 (=> $x7696 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let (($x2759 (< x_raised ?x7247)))
 (=> $x2759 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let (($x7597 (< ?x7247 x_raised)))
 (=> $x7597 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x4082 (= exp_app_0 exp_app_1)))
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (=> (= b_i ?x7072) $x4082))))))
(assert
 (let (($x4596 (= exp_app_0 exp_app_2)))
 (let (($x5920 (= b_i b_J)))
 (=> $x5920 $x4596))))
(assert
 (let (($x993 (= exp_app_0 exp_app_3)))
 (let (($x3339 (= b_i x_raised)))
 (=> $x3339 $x993))))
(assert
 (let (($x6273 (= exp_app_0 exp_app_4)))
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (=> (= b_i ?x7247) $x6273))))))
(assert
 (let (($x7942 (= exp_app_1 exp_app_2)))
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (=> (= ?x7072 b_J) $x7942))))))
(assert
 (let (($x6805 (= exp_app_1 exp_app_3)))
 (let (($x7818 (= n 1.0)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (=> (= ?x7072 x_raised) $x6805))))))
(assert
 (let (($x103 (= exp_app_1 exp_app_4)))
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (let ((?x8071 (ite (or $x7818 (and (not $x7818) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7072 (* (- 1.0) ?x8071)))
 (=> (= ?x7072 ?x7247) $x103))))))))
(assert
 (let (($x5200 (= exp_app_2 exp_app_3)))
 (let (($x6177 (= b_J x_raised)))
 (=> $x6177 $x5200))))
(assert
 (let (($x243 (= exp_app_2 exp_app_4)))
 (let (($x7818 (= n 1.0)))
 (let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x7247 (* (- 1.0) ?x3628)))
 (=> (= b_J ?x7247) $x243))))))
(assert
 (let (($x2770 (= exp_app_3 exp_app_4)))
(let (($x7818 (= n 1.0)))
(let ((?x3628 (ite (or $x7818 (and (not $x7818) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x7247 (* (- 1.0) ?x3628)))
(=> (= x_raised ?x7247) $x2770))))))
(check-sat)
