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
 (let (($x6585 (>= ?x1654 1.0)))
 (=> $x6585 (>= max_n_12 b_J)))))
(assert
 (let (($x3600 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x6585 (>= ?x1654 1.0)))
 (=> $x6585 $x3600)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x6585 (>= ?x1654 1.0)))
 (=> $x6585 (> sum_n_13 0.0)))))
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
 (let ((?x79 (* exp_app_3 exp_app_4)))
 (let ((?x8176 (+ ?x79 (* sum_n_13 exp_app_4))))
 (let ((?x120 (/ 1.0 ?x8176)))
 (let ((?x159 (/ ?x79 ?x8176)))
 (let ((?x1246 (+ ?x159 (* sum_n_13 exp_app_4 ?x120))))
 (let (($x8523 (= 0.0 ?x1246)))
 (let (($x1949 (and (= 0.0 (+ (* ?x159 p_i_u) (* sum_n_15 exp_app_4 ?x120))) $x8523)))
 (let ((?x2960 (* exp_app_0 exp_app_1)))
 (let ((?x7117 (+ ?x2960 (* sum_n_13 exp_app_1))))
 (let ((?x2118 (/ 1.0 ?x7117)))
 (let ((?x116 (/ ?x2960 ?x7117)))
 (let ((?x3174 (+ ?x116 (* sum_n_13 exp_app_1 ?x2118))))
 (let (($x1823 (= 0.0 ?x3174)))
 (let (($x3306 (and (= 0.0 (+ (* ?x116 p_i_u) (* sum_n_15 exp_app_1 ?x2118))) $x1823)))
 (let (($x5149 (and (= 0.0 (+ (* ?x159 p_i_t) (* sum_n_14 exp_app_4 ?x120))) $x8523)))
 (let (($x3234 (and (= 0.0 (+ (* ?x116 p_i_t) (* sum_n_14 exp_app_1 ?x2118))) $x1823)))
 (let (($x5106 (and (not $x3234) $x1823)))
 (and (not (or $x5106 $x3234)) (not (or (and (not $x5149) $x8523) $x5149)) (not (or (and (not $x3306) $x1823) $x3306)) (not (or (and (not $x1949) $x8523) $x1949)))))))))))))))))))))
(assert
 (let ((?x2960 (* exp_app_0 exp_app_1)))
 (let ((?x7117 (+ ?x2960 (* sum_n_13 exp_app_1))))
 (let ((?x2118 (/ 1.0 ?x7117)))
 (let ((?x116 (/ ?x2960 ?x7117)))
 (let ((?x3174 (+ ?x116 (* sum_n_13 exp_app_1 ?x2118))))
 (let ((?x6839 (* ?x116 p_i_u)))
 (let ((?x7949 (+ ?x6839 (* sum_n_15 exp_app_1 ?x2118))))
 (let ((?x1171 (/ ?x7949 ?x3174)))
 (let ((?x5418 (- p_i_u ?x1171)))
 (let ((?x6866 (* ?x116 p_i_t)))
 (let ((?x1774 (+ ?x6866 (* sum_n_14 exp_app_1 ?x2118))))
 (let ((?x8026 (/ ?x1774 ?x3174)))
 (let ((?x79 (* exp_app_3 exp_app_4)))
 (let ((?x8176 (+ ?x79 (* sum_n_13 exp_app_4))))
 (let ((?x120 (/ 1.0 ?x8176)))
 (let ((?x159 (/ ?x79 ?x8176)))
 (let ((?x1246 (+ ?x159 (* sum_n_13 exp_app_4 ?x120))))
 (let ((?x3913 (* ?x159 p_i_t)))
 (let ((?x347 (+ ?x3913 (* sum_n_14 exp_app_4 ?x120))))
 (let ((?x3166 (* (- (/ ?x347 ?x1246) ?x8026) ?x5418)))
 (let ((?x5661 (- (/ (+ (* ?x159 p_i_u) (* sum_n_15 exp_app_4 ?x120)) ?x1246) ?x1171)))
 (let ((?x8207 (* ?x5661 (- p_i_t ?x8026))))
 (or (< ?x3166 ?x8207) (< ?x8207 ?x3166)))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x2689 (+ 1.0 b_i)))
 (>= exp_app_0 ?x2689)))
(assert
 (let (($x2779 (<= exp_app_0 1.0)))
 (let (($x4875 (<= b_i 0.0)))
 (=> $x4875 $x2779))))
(assert
 (let (($x4089 (< b_i 1.0)))
 (=> $x4089 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let ((?x2711 (+ 1.0 ?x7342)))
 (>= exp_app_1 ?x2711))))))
(assert
 (let (($x6743 (<= exp_app_1 1.0)))
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let (($x4005 (<= ?x7342 0.0)))
 (=> $x4005 $x6743)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let ((?x6134 (- 1.0 ?x7342)))
 (let (($x3560 (< ?x7342 1.0)))
 (=> $x3560 (<= (* exp_app_1 ?x6134) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x4604 (+ 1.0 b_J)))
 (>= exp_app_2 ?x4604)))
(assert
 (let (($x8425 (<= exp_app_2 1.0)))
 (let (($x5662 (<= b_J 0.0)))
 (=> $x5662 $x8425))))
(assert
 (let (($x75 (< b_J 1.0)))
 (=> $x75 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x5811 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x5811)))
(assert
 (let (($x7014 (<= exp_app_3 1.0)))
 (let (($x4017 (<= x_raised 0.0)))
 (=> $x4017 $x7014))))
(assert
 (let (($x8128 (< x_raised 1.0)))
 (=> $x8128 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let ((?x1620 (+ 1.0 ?x1978)))
 (>= exp_app_4 ?x1620))))))
(assert
 (let (($x3388 (<= exp_app_4 1.0)))
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let (($x928 (<= ?x1978 0.0)))
 (=> $x928 $x3388)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let ((?x2638 (- 1.0 ?x1978)))
 (let (($x228 (< ?x1978 1.0)))
 (=> $x228 (<= (* exp_app_4 ?x2638) 1.0))))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let (($x1760 (< b_i ?x7342)))
 (=> $x1760 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let (($x7300 (< ?x7342 b_i)))
 (=> $x7300 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x5865 (< b_i b_J)))
 (=> $x5865 (< exp_app_0 exp_app_2))))
(assert
 (let (($x595 (< b_J b_i)))
 (=> $x595 (< exp_app_2 exp_app_0))))
(assert
 (let (($x88 (< b_i x_raised)))
 (=> $x88 (< exp_app_0 exp_app_3))))
(assert
 (let (($x237 (< x_raised b_i)))
 (=> $x237 (< exp_app_3 exp_app_0))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let (($x962 (< b_i ?x1978)))
 (=> $x962 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let (($x387 (< ?x1978 b_i)))
 (=> $x387 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let (($x3666 (< ?x7342 b_J)))
 (=> $x3666 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let (($x7371 (< b_J ?x7342)))
 (=> $x7371 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let (($x8399 (< ?x7342 x_raised)))
 (=> $x8399 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let (($x8215 (< x_raised ?x7342)))
 (=> $x8215 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let (($x6637 (< ?x7342 ?x1978)))
 (=> $x6637 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let (($x1953 (< ?x1978 ?x7342)))
 (=> $x1953 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1884 (< b_J x_raised)))
 (=> $x1884 (< exp_app_2 exp_app_3))))
(assert
 (let (($x2637 (< x_raised b_J)))
 (=> $x2637 (< exp_app_3 exp_app_2))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let (($x3325 (< b_J ?x1978)))
 (=> $x3325 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let (($x404 (< ?x1978 b_J)))
 (=> $x404 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let (($x1514 (< x_raised ?x1978)))
 (=> $x1514 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let (($x2422 (< ?x1978 x_raised)))
 (=> $x2422 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x208 (= exp_app_0 exp_app_1)))
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (=> (= b_i ?x7342) $x208))))))
(assert
 (let (($x5414 (= exp_app_0 exp_app_2)))
 (let (($x2748 (= b_i b_J)))
 (=> $x2748 $x5414))))
(assert
 (let (($x2855 (= exp_app_0 exp_app_3)))
 (let (($x2514 (= b_i x_raised)))
 (=> $x2514 $x2855))))
(assert
 (let (($x8183 (= exp_app_0 exp_app_4)))
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (=> (= b_i ?x1978) $x8183))))))
(assert
 (let (($x3719 (= exp_app_1 exp_app_2)))
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (=> (= ?x7342 b_J) $x3719))))))
(assert
 (let (($x5406 (= exp_app_1 exp_app_3)))
 (let (($x5311 (= n 1.0)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (=> (= ?x7342 x_raised) $x5406))))))
(assert
 (let (($x2363 (= exp_app_1 exp_app_4)))
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (let ((?x3467 (ite (or $x5311 (and (not $x5311) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7342 (* (- 1.0) ?x3467)))
 (=> (= ?x7342 ?x1978) $x2363))))))))
(assert
 (let (($x2352 (= exp_app_2 exp_app_3)))
 (let (($x8429 (= b_J x_raised)))
 (=> $x8429 $x2352))))
(assert
 (let (($x3608 (= exp_app_2 exp_app_4)))
 (let (($x5311 (= n 1.0)))
 (let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1978 (* (- 1.0) ?x3770)))
 (=> (= b_J ?x1978) $x3608))))))
(assert
 (let (($x2026 (= exp_app_3 exp_app_4)))
(let (($x5311 (= n 1.0)))
(let ((?x3770 (ite (or $x5311 (and (not $x5311) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x1978 (* (- 1.0) ?x3770)))
(=> (= x_raised ?x1978) $x2026))))))
(check-sat)
