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
 (let ((?x146 (- n 1.0)))
 (let (($x656 (>= ?x146 1.0)))
 (=> $x656 (>= max_n_12 b_J)))))
(assert
 (let (($x243 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x656 (>= ?x146 1.0)))
 (=> $x656 $x243)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x656 (>= ?x146 1.0)))
 (=> $x656 (> sum_n_13 0.0)))))
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
 (let ((?x659 (* exp_app_3 exp_app_4)))
 (let ((?x1316 (+ ?x659 (* sum_n_13 exp_app_4))))
 (let ((?x1666 (/ 1.0 ?x1316)))
 (let ((?x1888 (/ ?x659 ?x1316)))
 (let ((?x1258 (+ ?x1888 (* sum_n_13 exp_app_4 ?x1666))))
 (let (($x1491 (= 0.0 ?x1258)))
 (let (($x1522 (and (= 0.0 (+ (* ?x1888 p_i_u) (* sum_n_15 exp_app_4 ?x1666))) $x1491)))
 (let ((?x983 (* sum_n_13 exp_app_1)))
 (let ((?x1306 (* exp_app_0 exp_app_1)))
 (let ((?x1130 (+ ?x1306 ?x983)))
 (let ((?x918 (/ 1.0 ?x1130)))
 (let ((?x404 (/ ?x1306 ?x1130)))
 (let ((?x544 (+ ?x404 (* sum_n_13 exp_app_1 ?x918))))
 (let (($x1637 (= 0.0 ?x544)))
 (let (($x990 (and (= 0.0 (+ (* ?x404 p_i_u) (* sum_n_15 exp_app_1 ?x918))) $x1637)))
 (let (($x1054 (and (= 0.0 (+ (* ?x1888 p_i_t) (* sum_n_14 exp_app_4 ?x1666))) $x1491)))
 (let (($x1291 (and (= 0.0 (+ (* ?x404 p_i_t) (* sum_n_14 exp_app_1 ?x918))) $x1637)))
 (let (($x657 (and (not $x1291) $x1637)))
 (and (not (or $x657 $x1291)) (not (or (and (not $x1054) $x1491) $x1054)) (not (or (and (not $x990) $x1637) $x990)) (not (or (and (not $x1522) $x1491) $x1522))))))))))))))))))))))
(assert
 (let ((?x983 (* sum_n_13 exp_app_1)))
 (let ((?x1306 (* exp_app_0 exp_app_1)))
 (let ((?x1130 (+ ?x1306 ?x983)))
 (let ((?x918 (/ 1.0 ?x1130)))
 (let ((?x404 (/ ?x1306 ?x1130)))
 (let ((?x544 (+ ?x404 (* sum_n_13 exp_app_1 ?x918))))
 (let ((?x1127 (+ (* ?x404 p_i_t) (* sum_n_14 exp_app_1 ?x918))))
 (let ((?x770 (/ ?x1127 ?x544)))
 (let ((?x659 (* exp_app_3 exp_app_4)))
 (let ((?x1316 (+ ?x659 (* sum_n_13 exp_app_4))))
 (let ((?x1666 (/ 1.0 ?x1316)))
 (let ((?x1888 (/ ?x659 ?x1316)))
 (let ((?x1258 (+ ?x1888 (* sum_n_13 exp_app_4 ?x1666))))
 (let ((?x71 (+ (* ?x1888 p_i_t) (* sum_n_14 exp_app_4 ?x1666))))
 (let ((?x265 (- (/ ?x71 ?x1258) ?x770)))
 (or (> 0.0 (* ?x265 (- p_i_t ?x770))) (< (* (- p_i_t ?x770) (- p_i_t ?x770)) (* ?x265 ?x265)))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1477 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1477)))
(assert
 (let (($x1510 (<= exp_app_0 1.0)))
 (let (($x326 (<= b_i 0.0)))
 (=> $x326 $x1510))))
(assert
 (let (($x406 (< b_i 1.0)))
 (=> $x406 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let ((?x1416 (+ 1.0 ?x1231)))
 (>= exp_app_1 ?x1416))))))
(assert
 (let (($x1905 (<= exp_app_1 1.0)))
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let (($x302 (<= ?x1231 0.0)))
 (=> $x302 $x1905)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let ((?x516 (- 1.0 ?x1231)))
 (let (($x817 (< ?x1231 1.0)))
 (=> $x817 (<= (* exp_app_1 ?x516) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x378 (+ 1.0 b_J)))
 (>= exp_app_2 ?x378)))
(assert
 (let (($x480 (<= exp_app_2 1.0)))
 (let (($x1751 (<= b_J 0.0)))
 (=> $x1751 $x480))))
(assert
 (let (($x362 (< b_J 1.0)))
 (=> $x362 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1698 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1698)))
(assert
 (let (($x455 (<= exp_app_3 1.0)))
 (let (($x375 (<= x_raised 0.0)))
 (=> $x375 $x455))))
(assert
 (let (($x606 (< x_raised 1.0)))
 (=> $x606 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let ((?x1015 (+ 1.0 ?x741)))
 (>= exp_app_4 ?x1015))))))
(assert
 (let (($x1556 (<= exp_app_4 1.0)))
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let (($x704 (<= ?x741 0.0)))
 (=> $x704 $x1556)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let ((?x852 (- 1.0 ?x741)))
 (let (($x914 (< ?x741 1.0)))
 (=> $x914 (<= (* exp_app_4 ?x852) 1.0))))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let (($x66 (< b_i ?x1231)))
 (=> $x66 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let (($x1330 (< ?x1231 b_i)))
 (=> $x1330 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x791 (< b_i b_J)))
 (=> $x791 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1407 (< b_J b_i)))
 (=> $x1407 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1046 (< b_i x_raised)))
 (=> $x1046 (< exp_app_0 exp_app_3))))
(assert
 (let (($x1662 (< x_raised b_i)))
 (=> $x1662 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let (($x1386 (< b_i ?x741)))
 (=> $x1386 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let (($x132 (< ?x741 b_i)))
 (=> $x132 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let (($x1313 (< ?x1231 b_J)))
 (=> $x1313 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let (($x1852 (< b_J ?x1231)))
 (=> $x1852 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let (($x1334 (< ?x1231 x_raised)))
 (=> $x1334 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let (($x803 (< x_raised ?x1231)))
 (=> $x803 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let (($x191 (< ?x1231 ?x741)))
 (=> $x191 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let (($x1164 (< ?x741 ?x1231)))
 (=> $x1164 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1007 (< b_J x_raised)))
 (=> $x1007 (< exp_app_2 exp_app_3))))
(assert
 (let (($x468 (< x_raised b_J)))
 (=> $x468 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let (($x801 (< b_J ?x741)))
 (=> $x801 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let (($x357 (< ?x741 b_J)))
 (=> $x357 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let (($x610 (< x_raised ?x741)))
 (=> $x610 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let (($x1702 (< ?x741 x_raised)))
 (=> $x1702 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1500 (= exp_app_0 exp_app_1)))
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (=> (= b_i ?x1231) $x1500))))))
(assert
 (let (($x767 (= exp_app_0 exp_app_2)))
 (let (($x1712 (= b_i b_J)))
 (=> $x1712 $x767))))
(assert
 (let (($x236 (= exp_app_0 exp_app_3)))
 (let (($x290 (= b_i x_raised)))
 (=> $x290 $x236))))
(assert
 (let (($x1589 (= exp_app_0 exp_app_4)))
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (=> (= b_i ?x741) $x1589))))))
(assert
 (let (($x1504 (= exp_app_1 exp_app_2)))
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (=> (= ?x1231 b_J) $x1504))))))
(assert
 (let (($x1405 (= exp_app_1 exp_app_3)))
 (let (($x1222 (= n 1.0)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (=> (= ?x1231 x_raised) $x1405))))))
(assert
 (let (($x725 (= exp_app_1 exp_app_4)))
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (let ((?x133 (ite (or $x1222 (and (not $x1222) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1231 (* (- 1.0) ?x133)))
 (=> (= ?x1231 ?x741) $x725))))))))
(assert
 (let (($x1645 (= exp_app_2 exp_app_3)))
 (let (($x1253 (= b_J x_raised)))
 (=> $x1253 $x1645))))
(assert
 (let (($x198 (= exp_app_2 exp_app_4)))
 (let (($x1222 (= n 1.0)))
 (let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x741 (* (- 1.0) ?x463)))
 (=> (= b_J ?x741) $x198))))))
(assert
 (let (($x99 (= exp_app_3 exp_app_4)))
(let (($x1222 (= n 1.0)))
(let ((?x463 (ite (or $x1222 (and (not $x1222) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x741 (* (- 1.0) ?x463)))
(=> (= x_raised ?x741) $x99))))))
(check-sat)
