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
 (let (($x805 (>= ?x1654 1.0)))
 (=> $x805 (>= max_n_12 b_J)))))
(assert
 (let (($x5328 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x805 (>= ?x1654 1.0)))
 (=> $x805 $x5328)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x805 (>= ?x1654 1.0)))
 (=> $x805 (> sum_n_13 0.0)))))
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
 (let ((?x3637 (* sum_n_13 exp_app_4)))
 (let ((?x3944 (* exp_app_3 exp_app_4)))
 (let ((?x2765 (+ ?x3944 ?x3637)))
 (let ((?x1599 (/ 1.0 ?x2765)))
 (let ((?x260 (/ ?x3944 ?x2765)))
 (let ((?x1514 (+ ?x260 (* sum_n_13 exp_app_4 ?x1599))))
 (let (($x1953 (= 0.0 ?x1514)))
 (let (($x4902 (and (= 0.0 (+ (* ?x260 p_i_u) (* sum_n_15 exp_app_4 ?x1599))) $x1953)))
 (let ((?x3792 (* sum_n_13 exp_app_1)))
 (let ((?x1877 (* exp_app_0 exp_app_1)))
 (let ((?x8029 (+ ?x1877 ?x3792)))
 (let ((?x3325 (/ 1.0 ?x8029)))
 (let ((?x5552 (/ ?x1877 ?x8029)))
 (let ((?x7325 (+ ?x5552 (* sum_n_13 exp_app_1 ?x3325))))
 (let (($x1300 (= 0.0 ?x7325)))
 (let (($x6488 (and (= 0.0 (+ (* ?x5552 p_i_u) (* sum_n_15 exp_app_1 ?x3325))) $x1300)))
 (let (($x7691 (and (= 0.0 (+ (* ?x260 p_i_t) (* sum_n_14 exp_app_4 ?x1599))) $x1953)))
 (let (($x11 (and (= 0.0 (+ (* ?x5552 p_i_t) (* sum_n_14 exp_app_1 ?x3325))) $x1300)))
 (let (($x533 (and (not $x11) $x1300)))
 (and (not (or $x533 $x11)) (not (or (and (not $x7691) $x1953) $x7691)) (not (or (and (not $x6488) $x1300) $x6488)) (not (or (and (not $x4902) $x1953) $x4902)))))))))))))))))))))))
(assert
 (let ((?x3792 (* sum_n_13 exp_app_1)))
 (let ((?x1877 (* exp_app_0 exp_app_1)))
 (let ((?x8029 (+ ?x1877 ?x3792)))
 (let ((?x3325 (/ 1.0 ?x8029)))
 (let ((?x5552 (/ ?x1877 ?x8029)))
 (let ((?x7325 (+ ?x5552 (* sum_n_13 exp_app_1 ?x3325))))
 (let ((?x4511 (+ (* ?x5552 p_i_u) (* sum_n_15 exp_app_1 ?x3325))))
 (let ((?x5079 (/ ?x4511 ?x7325)))
 (let ((?x7373 (- p_i_u ?x5079)))
 (let ((?x6560 (+ (* ?x5552 p_i_t) (* sum_n_14 exp_app_1 ?x3325))))
 (let ((?x2826 (/ ?x6560 ?x7325)))
 (let ((?x3637 (* sum_n_13 exp_app_4)))
 (let ((?x3944 (* exp_app_3 exp_app_4)))
 (let ((?x2765 (+ ?x3944 ?x3637)))
 (let ((?x1599 (/ 1.0 ?x2765)))
 (let ((?x260 (/ ?x3944 ?x2765)))
 (let ((?x1514 (+ ?x260 (* sum_n_13 exp_app_4 ?x1599))))
 (let ((?x3224 (+ (* ?x260 p_i_t) (* sum_n_14 exp_app_4 ?x1599))))
 (let ((?x387 (* (- (/ ?x3224 ?x1514) ?x2826) ?x7373)))
 (let ((?x958 (- (/ (+ (* ?x260 p_i_u) (* sum_n_15 exp_app_4 ?x1599)) ?x1514) ?x5079)))
 (let ((?x5528 (* ?x958 (- p_i_t ?x2826))))
 (or (< ?x387 ?x5528) (< ?x5528 ?x387))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x8158 (+ 1.0 b_i)))
 (>= exp_app_0 ?x8158)))
(assert
 (let (($x5061 (<= exp_app_0 1.0)))
 (let (($x8217 (<= b_i 0.0)))
 (=> $x8217 $x5061))))
(assert
 (let (($x1531 (< b_i 1.0)))
 (=> $x1531 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let ((?x7554 (+ 1.0 ?x1977)))
 (>= exp_app_1 ?x7554))))))
(assert
 (let (($x6835 (<= exp_app_1 1.0)))
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let (($x6091 (<= ?x1977 0.0)))
 (=> $x6091 $x6835)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let ((?x826 (- 1.0 ?x1977)))
 (let (($x993 (< ?x1977 1.0)))
 (=> $x993 (<= (* exp_app_1 ?x826) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x3745 (+ 1.0 b_J)))
 (>= exp_app_2 ?x3745)))
(assert
 (let (($x3611 (<= exp_app_2 1.0)))
 (let (($x5947 (<= b_J 0.0)))
 (=> $x5947 $x3611))))
(assert
 (let (($x179 (< b_J 1.0)))
 (=> $x179 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x2807 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x2807)))
(assert
 (let (($x2414 (<= exp_app_3 1.0)))
 (let (($x7174 (<= x_raised 0.0)))
 (=> $x7174 $x2414))))
(assert
 (let (($x5242 (< x_raised 1.0)))
 (=> $x5242 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let ((?x3469 (+ 1.0 ?x4464)))
 (>= exp_app_4 ?x3469))))))
(assert
 (let (($x7768 (<= exp_app_4 1.0)))
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let (($x961 (<= ?x4464 0.0)))
 (=> $x961 $x7768)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let ((?x6471 (- 1.0 ?x4464)))
 (let (($x3522 (< ?x4464 1.0)))
 (=> $x3522 (<= (* exp_app_4 ?x6471) 1.0))))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let (($x7630 (< b_i ?x1977)))
 (=> $x7630 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let (($x8361 (< ?x1977 b_i)))
 (=> $x8361 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x6585 (< b_i b_J)))
 (=> $x6585 (< exp_app_0 exp_app_2))))
(assert
 (let (($x4288 (< b_J b_i)))
 (=> $x4288 (< exp_app_2 exp_app_0))))
(assert
 (let (($x3690 (< b_i x_raised)))
 (=> $x3690 (< exp_app_0 exp_app_3))))
(assert
 (let (($x5879 (< x_raised b_i)))
 (=> $x5879 (< exp_app_3 exp_app_0))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let (($x8105 (< b_i ?x4464)))
 (=> $x8105 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let (($x8131 (< ?x4464 b_i)))
 (=> $x8131 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let (($x2027 (< ?x1977 b_J)))
 (=> $x2027 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let (($x5208 (< b_J ?x1977)))
 (=> $x5208 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let (($x2793 (< ?x1977 x_raised)))
 (=> $x2793 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let (($x8265 (< x_raised ?x1977)))
 (=> $x8265 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let (($x1942 (< ?x1977 ?x4464)))
 (=> $x1942 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let (($x6752 (< ?x4464 ?x1977)))
 (=> $x6752 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x8205 (< b_J x_raised)))
 (=> $x8205 (< exp_app_2 exp_app_3))))
(assert
 (let (($x7652 (< x_raised b_J)))
 (=> $x7652 (< exp_app_3 exp_app_2))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let (($x5318 (< b_J ?x4464)))
 (=> $x5318 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let (($x1901 (< ?x4464 b_J)))
 (=> $x1901 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let (($x4037 (< x_raised ?x4464)))
 (=> $x4037 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let (($x5881 (< ?x4464 x_raised)))
 (=> $x5881 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x920 (= exp_app_0 exp_app_1)))
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (=> (= b_i ?x1977) $x920))))))
(assert
 (let (($x1309 (= exp_app_0 exp_app_2)))
 (let (($x1616 (= b_i b_J)))
 (=> $x1616 $x1309))))
(assert
 (let (($x4846 (= exp_app_0 exp_app_3)))
 (let (($x457 (= b_i x_raised)))
 (=> $x457 $x4846))))
(assert
 (let (($x7424 (= exp_app_0 exp_app_4)))
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (=> (= b_i ?x4464) $x7424))))))
(assert
 (let (($x836 (= exp_app_1 exp_app_2)))
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (=> (= ?x1977 b_J) $x836))))))
(assert
 (let (($x253 (= exp_app_1 exp_app_3)))
 (let (($x5129 (= n 1.0)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (=> (= ?x1977 x_raised) $x253))))))
(assert
 (let (($x4312 (= exp_app_1 exp_app_4)))
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (let ((?x2358 (ite (or $x5129 (and (not $x5129) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1977 (* (- 1.0) ?x2358)))
 (=> (= ?x1977 ?x4464) $x4312))))))))
(assert
 (let (($x6344 (= exp_app_2 exp_app_3)))
 (let (($x4891 (= b_J x_raised)))
 (=> $x4891 $x6344))))
(assert
 (let (($x4165 (= exp_app_2 exp_app_4)))
 (let (($x5129 (= n 1.0)))
 (let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x4464 (* (- 1.0) ?x7972)))
 (=> (= b_J ?x4464) $x4165))))))
(assert
 (let (($x544 (= exp_app_3 exp_app_4)))
(let (($x5129 (= n 1.0)))
(let ((?x7972 (ite (or $x5129 (and (not $x5129) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x4464 (* (- 1.0) ?x7972)))
(=> (= x_raised ?x4464) $x544))))))
(check-sat)
