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
 (let ((?x364 (- n 1.0)))
 (let (($x1787 (>= ?x364 1.0)))
 (=> $x1787 (>= max_n_12 b_J)))))
(assert
 (let (($x1618 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x1787 (>= ?x364 1.0)))
 (=> $x1787 $x1618)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x1787 (>= ?x364 1.0)))
 (=> $x1787 (> sum_n_13 0.0)))))
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
 (let ((?x326 (* sum_n_13 exp_app_4)))
 (let ((?x573 (* exp_app_3 exp_app_4)))
 (let ((?x730 (+ ?x573 ?x326)))
 (let ((?x712 (/ 1.0 ?x730)))
 (let ((?x801 (/ ?x573 ?x730)))
 (let ((?x154 (+ ?x801 (* sum_n_13 exp_app_4 ?x712))))
 (let (($x443 (= 0.0 ?x154)))
 (let (($x1100 (and (= 0.0 (+ (* ?x801 p_i_u) (* sum_n_15 exp_app_4 ?x712))) $x443)))
 (let ((?x1280 (* exp_app_0 exp_app_1)))
 (let ((?x952 (+ ?x1280 (* sum_n_13 exp_app_1))))
 (let ((?x1113 (/ 1.0 ?x952)))
 (let ((?x1643 (/ ?x1280 ?x952)))
 (let ((?x393 (+ ?x1643 (* sum_n_13 exp_app_1 ?x1113))))
 (let (($x361 (= 0.0 ?x393)))
 (let (($x471 (and (= 0.0 (+ (* ?x1643 p_i_u) (* sum_n_15 exp_app_1 ?x1113))) $x361)))
 (let (($x821 (and (= 0.0 (+ (* ?x801 p_i_t) (* sum_n_14 exp_app_4 ?x712))) $x443)))
 (let (($x609 (and (= 0.0 (+ (* ?x1643 p_i_t) (* sum_n_14 exp_app_1 ?x1113))) $x361)))
 (let (($x1605 (and (not $x609) $x361)))
 (and (not (or $x1605 $x609)) (not (or (and (not $x821) $x443) $x821)) (not (or (and (not $x471) $x361) $x471)) (not (or (and (not $x1100) $x443) $x1100))))))))))))))))))))))
(assert
 (let ((?x1280 (* exp_app_0 exp_app_1)))
 (let ((?x952 (+ ?x1280 (* sum_n_13 exp_app_1))))
 (let ((?x1113 (/ 1.0 ?x952)))
 (let ((?x1643 (/ ?x1280 ?x952)))
 (let ((?x393 (+ ?x1643 (* sum_n_13 exp_app_1 ?x1113))))
 (let ((?x390 (+ (* ?x1643 p_i_u) (* sum_n_15 exp_app_1 ?x1113))))
 (let ((?x447 (/ ?x390 ?x393)))
 (let ((?x326 (* sum_n_13 exp_app_4)))
 (let ((?x573 (* exp_app_3 exp_app_4)))
 (let ((?x730 (+ ?x573 ?x326)))
 (let ((?x712 (/ 1.0 ?x730)))
 (let ((?x801 (/ ?x573 ?x730)))
 (let ((?x154 (+ ?x801 (* sum_n_13 exp_app_4 ?x712))))
 (let ((?x520 (+ (* ?x801 p_i_u) (* sum_n_15 exp_app_4 ?x712))))
 (let ((?x1779 (- (/ ?x520 ?x154) ?x447)))
 (or (> 0.0 (* ?x1779 (- p_i_u ?x447))) (< (* (- p_i_u ?x447) (- p_i_u ?x447)) (* ?x1779 ?x1779)))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x673 (+ 1.0 b_i)))
 (>= exp_app_0 ?x673)))
(assert
 (let (($x452 (<= exp_app_0 1.0)))
 (let (($x758 (<= b_i 0.0)))
 (=> $x758 $x452))))
(assert
 (let (($x1615 (< b_i 1.0)))
 (=> $x1615 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let ((?x418 (+ 1.0 ?x384)))
 (>= exp_app_1 ?x418))))))
(assert
 (let (($x71 (<= exp_app_1 1.0)))
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let (($x1013 (<= ?x384 0.0)))
 (=> $x1013 $x71)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let ((?x645 (- 1.0 ?x384)))
 (let (($x1455 (< ?x384 1.0)))
 (=> $x1455 (<= (* exp_app_1 ?x645) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x547 (+ 1.0 b_J)))
 (>= exp_app_2 ?x547)))
(assert
 (let (($x1613 (<= exp_app_2 1.0)))
 (let (($x1242 (<= b_J 0.0)))
 (=> $x1242 $x1613))))
(assert
 (let (($x887 (< b_J 1.0)))
 (=> $x887 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x174 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x174)))
(assert
 (let (($x871 (<= exp_app_3 1.0)))
 (let (($x825 (<= x_raised 0.0)))
 (=> $x825 $x871))))
(assert
 (let (($x578 (< x_raised 1.0)))
 (=> $x578 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let ((?x676 (+ 1.0 ?x1287)))
 (>= exp_app_4 ?x676))))))
(assert
 (let (($x290 (<= exp_app_4 1.0)))
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let (($x852 (<= ?x1287 0.0)))
 (=> $x852 $x290)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let ((?x1792 (- 1.0 ?x1287)))
 (let (($x1530 (< ?x1287 1.0)))
 (=> $x1530 (<= (* exp_app_4 ?x1792) 1.0))))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let (($x1035 (< b_i ?x384)))
 (=> $x1035 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let (($x166 (< ?x384 b_i)))
 (=> $x166 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1047 (< b_i b_J)))
 (=> $x1047 (< exp_app_0 exp_app_2))))
(assert
 (let (($x505 (< b_J b_i)))
 (=> $x505 (< exp_app_2 exp_app_0))))
(assert
 (let (($x942 (< b_i x_raised)))
 (=> $x942 (< exp_app_0 exp_app_3))))
(assert
 (let (($x83 (< x_raised b_i)))
 (=> $x83 (< exp_app_3 exp_app_0))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let (($x1382 (< b_i ?x1287)))
 (=> $x1382 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let (($x306 (< ?x1287 b_i)))
 (=> $x306 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let (($x283 (< ?x384 b_J)))
 (=> $x283 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let (($x1574 (< b_J ?x384)))
 (=> $x1574 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let (($x812 (< ?x384 x_raised)))
 (=> $x812 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let (($x177 (< x_raised ?x384)))
 (=> $x177 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let (($x72 (< ?x384 ?x1287)))
 (=> $x72 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let (($x1859 (< ?x1287 ?x384)))
 (=> $x1859 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x817 (< b_J x_raised)))
 (=> $x817 (< exp_app_2 exp_app_3))))
(assert
 (let (($x276 (< x_raised b_J)))
 (=> $x276 (< exp_app_3 exp_app_2))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let (($x745 (< b_J ?x1287)))
 (=> $x745 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let (($x692 (< ?x1287 b_J)))
 (=> $x692 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let (($x1178 (< x_raised ?x1287)))
 (=> $x1178 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let (($x1616 (< ?x1287 x_raised)))
 (=> $x1616 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1061 (= exp_app_0 exp_app_1)))
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (=> (= b_i ?x384) $x1061))))))
(assert
 (let (($x1086 (= exp_app_0 exp_app_2)))
 (let (($x823 (= b_i b_J)))
 (=> $x823 $x1086))))
(assert
 (let (($x77 (= exp_app_0 exp_app_3)))
 (let (($x1770 (= b_i x_raised)))
 (=> $x1770 $x77))))
(assert
 (let (($x816 (= exp_app_0 exp_app_4)))
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (=> (= b_i ?x1287) $x816))))))
(assert
 (let (($x273 (= exp_app_1 exp_app_2)))
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (=> (= ?x384 b_J) $x273))))))
(assert
 (let (($x1146 (= exp_app_1 exp_app_3)))
 (let (($x677 (= n 1.0)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (=> (= ?x384 x_raised) $x1146))))))
(assert
 (let (($x1685 (= exp_app_1 exp_app_4)))
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (let ((?x1160 (ite (or $x677 (and (not $x677) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x384 (* (- 1.0) ?x1160)))
 (=> (= ?x384 ?x1287) $x1685))))))))
(assert
 (let (($x1433 (= exp_app_2 exp_app_3)))
 (let (($x1840 (= b_J x_raised)))
 (=> $x1840 $x1433))))
(assert
 (let (($x32 (= exp_app_2 exp_app_4)))
 (let (($x677 (= n 1.0)))
 (let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1287 (* (- 1.0) ?x206)))
 (=> (= b_J ?x1287) $x32))))))
(assert
 (let (($x181 (= exp_app_3 exp_app_4)))
(let (($x677 (= n 1.0)))
(let ((?x206 (ite (or $x677 (and (not $x677) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x1287 (* (- 1.0) ?x206)))
(=> (= x_raised ?x1287) $x181))))))
(check-sat)
