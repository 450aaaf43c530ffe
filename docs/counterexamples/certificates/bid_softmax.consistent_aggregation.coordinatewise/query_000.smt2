; bid_softmax, every n and k: no output entry is +inf or -inf
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
(declare-fun exp_app_3 () Real)
(declare-fun x_raised () Real)
(declare-fun exp_app_4 () Real)
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
 (let ((?x146 (- n 1.0)))
 (let (($x463 (>= ?x146 1.0)))
 (=> $x463 (>= max_n_12 b_J)))))
(assert
 (let (($x139 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x463 (>= ?x146 1.0)))
 (=> $x463 $x139)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x463 (>= ?x146 1.0)))
 (=> $x463 (> sum_n_13 0.0)))))
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
 (let ((?x779 (* sum_n_13 exp_app_1)))
 (let ((?x375 (* exp_app_0 exp_app_1)))
 (let ((?x1282 (+ ?x375 ?x779)))
 (let ((?x338 (/ 1.0 ?x1282)))
 (let ((?x1102 (/ ?x375 ?x1282)))
 (let (($x1465 (= 0.0 (+ ?x1102 (* sum_n_13 exp_app_1 ?x338)))))
 (let (($x1265 (and (= 0.0 (+ (* ?x1102 p_i_t) (* sum_n_14 exp_app_1 ?x338))) $x1465)))
 (and (not $x1265) $x1465)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x162 (+ 1.0 b_i)))
 (>= exp_app_0 ?x162)))
(assert
 (let (($x693 (<= exp_app_0 1.0)))
 (let (($x1008 (<= b_i 0.0)))
 (=> $x1008 $x693))))
(assert
 (let (($x751 (< b_i 1.0)))
 (=> $x751 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let ((?x1137 (+ 1.0 ?x378)))
 (>= exp_app_1 ?x1137))))))
(assert
 (let (($x740 (<= exp_app_1 1.0)))
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let (($x1570 (<= ?x378 0.0)))
 (=> $x1570 $x740)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let ((?x1894 (- 1.0 ?x378)))
 (let (($x1295 (< ?x378 1.0)))
 (=> $x1295 (<= (* exp_app_1 ?x1894) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1415 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1415)))
(assert
 (let (($x917 (<= exp_app_2 1.0)))
 (let (($x1186 (<= b_J 0.0)))
 (=> $x1186 $x917))))
(assert
 (let (($x1439 (< b_J 1.0)))
 (=> $x1439 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1285 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1285)))
(assert
 (let (($x44 (<= exp_app_3 1.0)))
 (let (($x314 (<= x_raised 0.0)))
 (=> $x314 $x44))))
(assert
 (let (($x889 (< x_raised 1.0)))
 (=> $x889 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let ((?x1396 (+ 1.0 ?x464)))
 (>= exp_app_4 ?x1396))))))
(assert
 (let (($x459 (<= exp_app_4 1.0)))
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let (($x668 (<= ?x464 0.0)))
 (=> $x668 $x459)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let ((?x133 (- 1.0 ?x464)))
 (let (($x135 (< ?x464 1.0)))
 (=> $x135 (<= (* exp_app_4 ?x133) 1.0))))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let (($x1034 (< b_i ?x378)))
 (=> $x1034 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let (($x127 (< ?x378 b_i)))
 (=> $x127 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1719 (< b_i b_J)))
 (=> $x1719 (< exp_app_0 exp_app_2))))
(assert
 (let (($x302 (< b_J b_i)))
 (=> $x302 (< exp_app_2 exp_app_0))))
(assert
 (let (($x353 (< b_i x_raised)))
 (=> $x353 (< exp_app_0 exp_app_3))))
(assert
 (let (($x1640 (< x_raised b_i)))
 (=> $x1640 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let (($x376 (< b_i ?x464)))
 (=> $x376 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let (($x575 (< ?x464 b_i)))
 (=> $x575 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let (($x1326 (< ?x378 b_J)))
 (=> $x1326 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let (($x1280 (< b_J ?x378)))
 (=> $x1280 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let (($x518 (< ?x378 x_raised)))
 (=> $x518 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let (($x241 (< x_raised ?x378)))
 (=> $x241 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let (($x1210 (< ?x378 ?x464)))
 (=> $x1210 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let (($x77 (< ?x464 ?x378)))
 (=> $x77 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x131 (< b_J x_raised)))
 (=> $x131 (< exp_app_2 exp_app_3))))
(assert
 (let (($x440 (< x_raised b_J)))
 (=> $x440 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let (($x903 (< b_J ?x464)))
 (=> $x903 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let (($x318 (< ?x464 b_J)))
 (=> $x318 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let (($x588 (< x_raised ?x464)))
 (=> $x588 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let (($x1675 (< ?x464 x_raised)))
 (=> $x1675 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1706 (= exp_app_0 exp_app_1)))
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (=> (= b_i ?x378) $x1706))))))
(assert
 (let (($x350 (= exp_app_0 exp_app_2)))
 (let (($x397 (= b_i b_J)))
 (=> $x397 $x350))))
(assert
 (let (($x741 (= exp_app_0 exp_app_3)))
 (let (($x639 (= b_i x_raised)))
 (=> $x639 $x741))))
(assert
 (let (($x1698 (= exp_app_0 exp_app_4)))
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (=> (= b_i ?x464) $x1698))))))
(assert
 (let (($x893 (= exp_app_1 exp_app_2)))
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (=> (= ?x378 b_J) $x893))))))
(assert
 (let (($x130 (= exp_app_1 exp_app_3)))
 (let (($x1231 (= n 1.0)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (=> (= ?x378 x_raised) $x130))))))
(assert
 (let (($x1256 (= exp_app_1 exp_app_4)))
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (let ((?x1926 (ite (or $x1231 (and (not $x1231) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x1926)))
 (=> (= ?x378 ?x464) $x1256))))))))
(assert
 (let (($x1324 (= exp_app_2 exp_app_3)))
 (let (($x1854 (= b_J x_raised)))
 (=> $x1854 $x1324))))
(assert
 (let (($x548 (= exp_app_2 exp_app_4)))
 (let (($x1231 (= n 1.0)))
 (let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x464 (* (- 1.0) ?x93)))
 (=> (= b_J ?x464) $x548))))))
(assert
 (let (($x1000 (= exp_app_3 exp_app_4)))
(let (($x1231 (= n 1.0)))
(let ((?x93 (ite (or $x1231 (and (not $x1231) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x464 (* (- 1.0) ?x93)))
(=> (= x_raised ?x464) $x1000))))))
(check-sat)
