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
 (let (($x2377 (>= ?x3862 1.0)))
 (=> $x2377 (>= max_n_12 b_J)))))
(assert
 (let (($x1145 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x2377 (>= ?x3862 1.0)))
 (=> $x2377 $x1145)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x2377 (>= ?x3862 1.0)))
 (=> $x2377 (> sum_n_13 0.0)))))
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
 (let ((?x1948 (* sum_n_13 exp_app_4)))
 (let ((?x6225 (* exp_app_3 exp_app_4)))
 (let ((?x3936 (+ ?x6225 ?x1948)))
 (let ((?x3237 (/ 1.0 ?x3936)))
 (let ((?x7007 (/ ?x6225 ?x3936)))
 (let ((?x4956 (+ ?x7007 (* sum_n_13 exp_app_4 ?x3237))))
 (let (($x604 (= 0.0 ?x4956)))
 (let (($x4109 (and (= 0.0 (+ (* ?x7007 p_i_u) (* sum_n_15 exp_app_4 ?x3237))) $x604)))
 (let ((?x6985 (* sum_n_13 exp_app_1)))
 (let ((?x6281 (* exp_app_0 exp_app_1)))
 (let ((?x1265 (+ ?x6281 ?x6985)))
 (let ((?x7026 (/ 1.0 ?x1265)))
 (let ((?x1565 (/ ?x6281 ?x1265)))
 (let ((?x1111 (+ ?x1565 (* sum_n_13 exp_app_1 ?x7026))))
 (let (($x1862 (= 0.0 ?x1111)))
 (let (($x7625 (and (= 0.0 (+ (* ?x1565 p_i_u) (* sum_n_15 exp_app_1 ?x7026))) $x1862)))
 (let (($x6783 (and (= 0.0 (+ (* ?x7007 p_i_t) (* sum_n_14 exp_app_4 ?x3237))) $x604)))
 (let (($x2621 (and (= 0.0 (+ (* ?x1565 p_i_t) (* sum_n_14 exp_app_1 ?x7026))) $x1862)))
 (let (($x6554 (and (not $x2621) $x1862)))
 (and (not (or $x6554 $x2621)) (not (or (and (not $x6783) $x604) $x6783)) (not (or (and (not $x7625) $x1862) $x7625)) (not (or (and (not $x4109) $x604) $x4109)))))))))))))))))))))))
(assert
 (let ((?x6985 (* sum_n_13 exp_app_1)))
 (let ((?x6281 (* exp_app_0 exp_app_1)))
 (let ((?x1265 (+ ?x6281 ?x6985)))
 (let ((?x7026 (/ 1.0 ?x1265)))
 (let ((?x1565 (/ ?x6281 ?x1265)))
 (let ((?x1111 (+ ?x1565 (* sum_n_13 exp_app_1 ?x7026))))
 (let ((?x4022 (+ (* ?x1565 p_i_u) (* sum_n_15 exp_app_1 ?x7026))))
 (let ((?x7178 (/ ?x4022 ?x1111)))
 (let ((?x1948 (* sum_n_13 exp_app_4)))
 (let ((?x6225 (* exp_app_3 exp_app_4)))
 (let ((?x3936 (+ ?x6225 ?x1948)))
 (let ((?x3237 (/ 1.0 ?x3936)))
 (let ((?x7007 (/ ?x6225 ?x3936)))
 (let ((?x4956 (+ ?x7007 (* sum_n_13 exp_app_4 ?x3237))))
 (let ((?x8199 (+ (* ?x7007 p_i_u) (* sum_n_15 exp_app_4 ?x3237))))
 (let ((?x5605 (- (/ ?x8199 ?x4956) ?x7178)))
 (or (> 0.0 (* ?x5605 (- p_i_u ?x7178))) (< (* (- p_i_u ?x7178) (- p_i_u ?x7178)) (* ?x5605 ?x5605))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x7597 (+ 1.0 b_i)))
 (>= exp_app_0 ?x7597)))
(assert
 (let (($x888 (<= exp_app_0 1.0)))
 (let (($x2917 (<= b_i 0.0)))
 (=> $x2917 $x888))))
(assert
 (let (($x8081 (< b_i 1.0)))
 (=> $x8081 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let ((?x2369 (+ 1.0 ?x3740)))
 (>= exp_app_1 ?x2369))))))
(assert
 (let (($x1509 (<= exp_app_1 1.0)))
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let (($x5545 (<= ?x3740 0.0)))
 (=> $x5545 $x1509)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let ((?x7046 (- 1.0 ?x3740)))
 (let (($x3634 (< ?x3740 1.0)))
 (=> $x3634 (<= (* exp_app_1 ?x7046) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x4291 (+ 1.0 b_J)))
 (>= exp_app_2 ?x4291)))
(assert
 (let (($x3654 (<= exp_app_2 1.0)))
 (let (($x8576 (<= b_J 0.0)))
 (=> $x8576 $x3654))))
(assert
 (let (($x5831 (< b_J 1.0)))
 (=> $x5831 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x696 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x696)))
(assert
 (let (($x3749 (<= exp_app_3 1.0)))
 (let (($x2761 (<= x_raised 0.0)))
 (=> $x2761 $x3749))))
(assert
 (let (($x5828 (< x_raised 1.0)))
 (=> $x5828 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let ((?x3065 (+ 1.0 ?x2193)))
 (>= exp_app_4 ?x3065))))))
(assert
 (let (($x7386 (<= exp_app_4 1.0)))
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let (($x3600 (<= ?x2193 0.0)))
 (=> $x3600 $x7386)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let ((?x2142 (- 1.0 ?x2193)))
 (let (($x7872 (< ?x2193 1.0)))
 (=> $x7872 (<= (* exp_app_4 ?x2142) 1.0))))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let (($x6680 (< b_i ?x3740)))
 (=> $x6680 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let (($x1289 (< ?x3740 b_i)))
 (=> $x1289 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x6463 (< b_i b_J)))
 (=> $x6463 (< exp_app_0 exp_app_2))))
(assert
 (let (($x5455 (< b_J b_i)))
 (=> $x5455 (< exp_app_2 exp_app_0))))
(assert
 (let (($x3184 (< b_i x_raised)))
 (=> $x3184 (< exp_app_0 exp_app_3))))
(assert
 (let (($x1975 (< x_raised b_i)))
 (=> $x1975 (< exp_app_3 exp_app_0))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let (($x2351 (< b_i ?x2193)))
 (=> $x2351 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let (($x6451 (< ?x2193 b_i)))
 (=> $x6451 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let (($x2794 (< ?x3740 b_J)))
 (=> $x2794 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let (($x5306 (< b_J ?x3740)))
 (=> $x5306 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let (($x7113 (< ?x3740 x_raised)))
 (=> $x7113 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let (($x1468 (< x_raised ?x3740)))
 (=> $x1468 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let (($x3267 (< ?x3740 ?x2193)))
 (=> $x3267 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let (($x3162 (< ?x2193 ?x3740)))
 (=> $x3162 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x4687 (< b_J x_raised)))
 (=> $x4687 (< exp_app_2 exp_app_3))))
(assert
 (let (($x6053 (< x_raised b_J)))
 (=> $x6053 (< exp_app_3 exp_app_2))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let (($x6303 (< b_J ?x2193)))
 (=> $x6303 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let (($x1227 (< ?x2193 b_J)))
 (=> $x1227 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let (($x5956 (< x_raised ?x2193)))
 (=> $x5956 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let (($x2016 (< ?x2193 x_raised)))
 (=> $x2016 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x5572 (= exp_app_0 exp_app_1)))
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (=> (= b_i ?x3740) $x5572))))))
(assert
 (let (($x4124 (= exp_app_0 exp_app_2)))
 (let (($x3830 (= b_i b_J)))
 (=> $x3830 $x4124))))
(assert
 (let (($x8071 (= exp_app_0 exp_app_3)))
 (let (($x6338 (= b_i x_raised)))
 (=> $x6338 $x8071))))
(assert
 (let (($x1608 (= exp_app_0 exp_app_4)))
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (=> (= b_i ?x2193) $x1608))))))
(assert
 (let (($x95 (= exp_app_1 exp_app_2)))
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (=> (= ?x3740 b_J) $x95))))))
(assert
 (let (($x8266 (= exp_app_1 exp_app_3)))
 (let (($x6151 (= n 1.0)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (=> (= ?x3740 x_raised) $x8266))))))
(assert
 (let (($x1208 (= exp_app_1 exp_app_4)))
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (let ((?x8236 (ite (or $x6151 (and (not $x6151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3740 (* (- 1.0) ?x8236)))
 (=> (= ?x3740 ?x2193) $x1208))))))))
(assert
 (let (($x6511 (= exp_app_2 exp_app_3)))
 (let (($x8125 (= b_J x_raised)))
 (=> $x8125 $x6511))))
(assert
 (let (($x5925 (= exp_app_2 exp_app_4)))
 (let (($x6151 (= n 1.0)))
 (let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2193 (* (- 1.0) ?x1325)))
 (=> (= b_J ?x2193) $x5925))))))
(assert
 (let (($x1225 (= exp_app_3 exp_app_4)))
(let (($x6151 (= n 1.0)))
(let ((?x1325 (ite (or $x6151 (and (not $x6151) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x2193 (* (- 1.0) ?x1325)))
(=> (= x_raised ?x2193) $x1225))))))
(check-sat)
