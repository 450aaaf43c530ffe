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
 (let (($x1137 (>= ?x364 1.0)))
 (=> $x1137 (>= max_n_12 b_J)))))
(assert
 (let (($x840 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x1137 (>= ?x364 1.0)))
 (=> $x1137 $x840)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x1137 (>= ?x364 1.0)))
 (=> $x1137 (> sum_n_13 0.0)))))
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
 (let ((?x718 (* exp_app_3 exp_app_4)))
 (let ((?x1541 (+ ?x718 (* sum_n_13 exp_app_4))))
 (let ((?x232 (/ 1.0 ?x1541)))
 (let ((?x1570 (/ ?x718 ?x1541)))
 (let ((?x51 (+ ?x1570 (* sum_n_13 exp_app_4 ?x232))))
 (let (($x1866 (= 0.0 ?x51)))
 (let (($x1498 (and (= 0.0 (+ (* ?x1570 p_i_u) (* sum_n_15 exp_app_4 ?x232))) $x1866)))
 (let ((?x1653 (* exp_app_0 exp_app_1)))
 (let ((?x771 (+ ?x1653 (* sum_n_13 exp_app_1))))
 (let ((?x739 (/ 1.0 ?x771)))
 (let ((?x1826 (/ ?x1653 ?x771)))
 (let ((?x303 (+ ?x1826 (* sum_n_13 exp_app_1 ?x739))))
 (let (($x719 (= 0.0 ?x303)))
 (let (($x674 (and (= 0.0 (+ (* ?x1826 p_i_u) (* sum_n_15 exp_app_1 ?x739))) $x719)))
 (let (($x1864 (and (= 0.0 (+ (* ?x1570 p_i_t) (* sum_n_14 exp_app_4 ?x232))) $x1866)))
 (let (($x394 (and (= 0.0 (+ (* ?x1826 p_i_t) (* sum_n_14 exp_app_1 ?x739))) $x719)))
 (let (($x1470 (and (not $x394) $x719)))
 (and (not (or $x1470 $x394)) (not (or (and (not $x1864) $x1866) $x1864)) (not (or (and (not $x674) $x719) $x674)) (not (or (and (not $x1498) $x1866) $x1498)))))))))))))))))))))
(assert
 (let ((?x1653 (* exp_app_0 exp_app_1)))
 (let ((?x771 (+ ?x1653 (* sum_n_13 exp_app_1))))
 (let ((?x739 (/ 1.0 ?x771)))
 (let ((?x1826 (/ ?x1653 ?x771)))
 (let ((?x303 (+ ?x1826 (* sum_n_13 exp_app_1 ?x739))))
 (let ((?x1824 (+ (* ?x1826 p_i_u) (* sum_n_15 exp_app_1 ?x739))))
 (let ((?x1632 (/ ?x1824 ?x303)))
 (let ((?x178 (- p_i_u ?x1632)))
 (let ((?x450 (+ (* ?x1826 p_i_t) (* sum_n_14 exp_app_1 ?x739))))
 (let ((?x483 (/ ?x450 ?x303)))
 (let ((?x718 (* exp_app_3 exp_app_4)))
 (let ((?x1541 (+ ?x718 (* sum_n_13 exp_app_4))))
 (let ((?x232 (/ 1.0 ?x1541)))
 (let ((?x1570 (/ ?x718 ?x1541)))
 (let ((?x51 (+ ?x1570 (* sum_n_13 exp_app_4 ?x232))))
 (let ((?x624 (+ (* ?x1570 p_i_t) (* sum_n_14 exp_app_4 ?x232))))
 (let ((?x930 (* (- (/ ?x624 ?x51) ?x483) ?x178)))
 (let ((?x1243 (- (/ (+ (* ?x1570 p_i_u) (* sum_n_15 exp_app_4 ?x232)) ?x51) ?x1632)))
 (let ((?x646 (* ?x1243 (- p_i_t ?x483))))
 (or (< ?x930 ?x646) (< ?x646 ?x930))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1236 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1236)))
(assert
 (let (($x467 (<= exp_app_0 1.0)))
 (let (($x1802 (<= b_i 0.0)))
 (=> $x1802 $x467))))
(assert
 (let (($x537 (< b_i 1.0)))
 (=> $x537 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let ((?x143 (+ 1.0 ?x677)))
 (>= exp_app_1 ?x143))))))
(assert
 (let (($x203 (<= exp_app_1 1.0)))
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let (($x459 (<= ?x677 0.0)))
 (=> $x459 $x203)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let ((?x1426 (- 1.0 ?x677)))
 (let (($x1689 (< ?x677 1.0)))
 (=> $x1689 (<= (* exp_app_1 ?x1426) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x384 (+ 1.0 b_J)))
 (>= exp_app_2 ?x384)))
(assert
 (let (($x1106 (<= exp_app_2 1.0)))
 (let (($x96 (<= b_J 0.0)))
 (=> $x96 $x1106))))
(assert
 (let (($x1047 (< b_J 1.0)))
 (=> $x1047 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1319 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1319)))
(assert
 (let (($x1086 (<= exp_app_3 1.0)))
 (let (($x720 (<= x_raised 0.0)))
 (=> $x720 $x1086))))
(assert
 (let (($x72 (< x_raised 1.0)))
 (=> $x72 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let ((?x906 (+ 1.0 ?x266)))
 (>= exp_app_4 ?x906))))))
(assert
 (let (($x43 (<= exp_app_4 1.0)))
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let (($x1033 (<= ?x266 0.0)))
 (=> $x1033 $x43)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let ((?x1105 (- 1.0 ?x266)))
 (let (($x1360 (< ?x266 1.0)))
 (=> $x1360 (<= (* exp_app_4 ?x1105) 1.0))))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let (($x915 (< b_i ?x677)))
 (=> $x915 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let (($x600 (< ?x677 b_i)))
 (=> $x600 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1882 (< b_i b_J)))
 (=> $x1882 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1566 (< b_J b_i)))
 (=> $x1566 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1432 (< b_i x_raised)))
 (=> $x1432 (< exp_app_0 exp_app_3))))
(assert
 (let (($x471 (< x_raised b_i)))
 (=> $x471 (< exp_app_3 exp_app_0))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let (($x823 (< b_i ?x266)))
 (=> $x823 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let (($x314 (< ?x266 b_i)))
 (=> $x314 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let (($x888 (< ?x677 b_J)))
 (=> $x888 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let (($x1790 (< b_J ?x677)))
 (=> $x1790 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let (($x1123 (< ?x677 x_raised)))
 (=> $x1123 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let (($x763 (< x_raised ?x677)))
 (=> $x763 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let (($x863 (< ?x677 ?x266)))
 (=> $x863 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let (($x1466 (< ?x266 ?x677)))
 (=> $x1466 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x577 (< b_J x_raised)))
 (=> $x577 (< exp_app_2 exp_app_3))))
(assert
 (let (($x1505 (< x_raised b_J)))
 (=> $x1505 (< exp_app_3 exp_app_2))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let (($x1163 (< b_J ?x266)))
 (=> $x1163 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let (($x1649 (< ?x266 b_J)))
 (=> $x1649 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let (($x652 (< x_raised ?x266)))
 (=> $x652 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let (($x1557 (< ?x266 x_raised)))
 (=> $x1557 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x632 (= exp_app_0 exp_app_1)))
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (=> (= b_i ?x677) $x632))))))
(assert
 (let (($x709 (= exp_app_0 exp_app_2)))
 (let (($x753 (= b_i b_J)))
 (=> $x753 $x709))))
(assert
 (let (($x1442 (= exp_app_0 exp_app_3)))
 (let (($x963 (= b_i x_raised)))
 (=> $x963 $x1442))))
(assert
 (let (($x830 (= exp_app_0 exp_app_4)))
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (=> (= b_i ?x266) $x830))))))
(assert
 (let (($x707 (= exp_app_1 exp_app_2)))
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (=> (= ?x677 b_J) $x707))))))
(assert
 (let (($x1431 (= exp_app_1 exp_app_3)))
 (let (($x39 (= n 1.0)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (=> (= ?x677 x_raised) $x1431))))))
(assert
 (let (($x841 (= exp_app_1 exp_app_4)))
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (let ((?x583 (ite (or $x39 (and (not $x39) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x677 (* (- 1.0) ?x583)))
 (=> (= ?x677 ?x266) $x841))))))))
(assert
 (let (($x1782 (= exp_app_2 exp_app_3)))
 (let (($x1323 (= b_J x_raised)))
 (=> $x1323 $x1782))))
(assert
 (let (($x80 (= exp_app_2 exp_app_4)))
 (let (($x39 (= n 1.0)))
 (let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x266 (* (- 1.0) ?x746)))
 (=> (= b_J ?x266) $x80))))))
(assert
 (let (($x1256 (= exp_app_3 exp_app_4)))
(let (($x39 (= n 1.0)))
(let ((?x746 (ite (or $x39 (and (not $x39) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x266 (* (- 1.0) ?x746)))
(=> (= x_raised ?x266) $x1256))))))
(check-sat)
