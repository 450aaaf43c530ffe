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
 (let (($x1498 (>= ?x364 1.0)))
 (=> $x1498 (>= max_n_12 b_J)))))
(assert
 (let (($x1873 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x1498 (>= ?x364 1.0)))
 (=> $x1498 $x1873)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x1498 (>= ?x364 1.0)))
 (=> $x1498 (> sum_n_13 0.0)))))
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
 (let ((?x1598 (* sum_n_13 exp_app_4)))
 (let ((?x148 (* exp_app_3 exp_app_4)))
 (let ((?x1171 (+ ?x148 ?x1598)))
 (let ((?x1016 (/ 1.0 ?x1171)))
 (let ((?x908 (/ ?x148 ?x1171)))
 (let ((?x1746 (+ ?x908 (* sum_n_13 exp_app_4 ?x1016))))
 (let (($x1165 (= 0.0 ?x1746)))
 (let (($x1768 (and (= 0.0 (+ (* ?x908 p_i_u) (* sum_n_15 exp_app_4 ?x1016))) $x1165)))
 (let ((?x49 (* exp_app_0 exp_app_1)))
 (let ((?x1143 (+ ?x49 (* sum_n_13 exp_app_1))))
 (let ((?x676 (/ 1.0 ?x1143)))
 (let ((?x851 (/ ?x49 ?x1143)))
 (let ((?x944 (+ ?x851 (* sum_n_13 exp_app_1 ?x676))))
 (let (($x371 (= 0.0 ?x944)))
 (let (($x231 (and (= 0.0 (+ (* ?x851 p_i_u) (* sum_n_15 exp_app_1 ?x676))) $x371)))
 (let (($x793 (and (= 0.0 (+ (* ?x908 p_i_t) (* sum_n_14 exp_app_4 ?x1016))) $x1165)))
 (let (($x413 (and (= 0.0 (+ (* ?x851 p_i_t) (* sum_n_14 exp_app_1 ?x676))) $x371)))
 (let (($x1277 (and (not $x413) $x371)))
 (and (not (or $x1277 $x413)) (not (or (and (not $x793) $x1165) $x793)) (not (or (and (not $x231) $x371) $x231)) (not (or (and (not $x1768) $x1165) $x1768))))))))))))))))))))))
(assert
 (let ((?x49 (* exp_app_0 exp_app_1)))
 (let ((?x1143 (+ ?x49 (* sum_n_13 exp_app_1))))
 (let ((?x676 (/ 1.0 ?x1143)))
 (let ((?x851 (/ ?x49 ?x1143)))
 (let ((?x944 (+ ?x851 (* sum_n_13 exp_app_1 ?x676))))
 (let ((?x1657 (+ (* ?x851 p_i_u) (* sum_n_15 exp_app_1 ?x676))))
 (let ((?x116 (/ ?x1657 ?x944)))
 (let ((?x239 (- p_i_u ?x116)))
 (let ((?x1675 (+ (* ?x851 p_i_t) (* sum_n_14 exp_app_1 ?x676))))
 (let ((?x1370 (/ ?x1675 ?x944)))
 (let ((?x1598 (* sum_n_13 exp_app_4)))
 (let ((?x148 (* exp_app_3 exp_app_4)))
 (let ((?x1171 (+ ?x148 ?x1598)))
 (let ((?x1016 (/ 1.0 ?x1171)))
 (let ((?x908 (/ ?x148 ?x1171)))
 (let ((?x1746 (+ ?x908 (* sum_n_13 exp_app_4 ?x1016))))
 (let ((?x1091 (+ (* ?x908 p_i_t) (* sum_n_14 exp_app_4 ?x1016))))
 (let ((?x1286 (* (- (/ ?x1091 ?x1746) ?x1370) ?x239)))
 (let ((?x1224 (- (/ (+ (* ?x908 p_i_u) (* sum_n_15 exp_app_4 ?x1016)) ?x1746) ?x116)))
 (let ((?x427 (* ?x1224 (- p_i_t ?x1370))))
 (or (< ?x1286 ?x427) (< ?x427 ?x1286)))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1027 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1027)))
(assert
 (let (($x1822 (<= exp_app_0 1.0)))
 (let (($x1376 (<= b_i 0.0)))
 (=> $x1376 $x1822))))
(assert
 (let (($x768 (< b_i 1.0)))
 (=> $x768 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let ((?x107 (+ 1.0 ?x39)))
 (>= exp_app_1 ?x107))))))
(assert
 (let (($x330 (<= exp_app_1 1.0)))
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let (($x309 (<= ?x39 0.0)))
 (=> $x309 $x330)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let ((?x141 (- 1.0 ?x39)))
 (let (($x1076 (< ?x39 1.0)))
 (=> $x1076 (<= (* exp_app_1 ?x141) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x677 (+ 1.0 b_J)))
 (>= exp_app_2 ?x677)))
(assert
 (let (($x1619 (<= exp_app_2 1.0)))
 (let (($x571 (<= b_J 0.0)))
 (=> $x571 $x1619))))
(assert
 (let (($x1118 (< b_J 1.0)))
 (=> $x1118 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1886 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1886)))
(assert
 (let (($x136 (<= exp_app_3 1.0)))
 (let (($x1330 (<= x_raised 0.0)))
 (=> $x1330 $x136))))
(assert
 (let (($x1222 (< x_raised 1.0)))
 (=> $x1222 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let ((?x695 (+ 1.0 ?x1740)))
 (>= exp_app_4 ?x695))))))
(assert
 (let (($x1334 (<= exp_app_4 1.0)))
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let (($x1030 (<= ?x1740 0.0)))
 (=> $x1030 $x1334)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let ((?x863 (- 1.0 ?x1740)))
 (let (($x1913 (< ?x1740 1.0)))
 (=> $x1913 (<= (* exp_app_4 ?x863) 1.0))))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let (($x1648 (< b_i ?x39)))
 (=> $x1648 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let (($x1889 (< ?x39 b_i)))
 (=> $x1889 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1571 (< b_i b_J)))
 (=> $x1571 (< exp_app_0 exp_app_2))))
(assert
 (let (($x465 (< b_J b_i)))
 (=> $x465 (< exp_app_2 exp_app_0))))
(assert
 (let (($x207 (< b_i x_raised)))
 (=> $x207 (< exp_app_0 exp_app_3))))
(assert
 (let (($x678 (< x_raised b_i)))
 (=> $x678 (< exp_app_3 exp_app_0))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let (($x294 (< b_i ?x1740)))
 (=> $x294 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let (($x291 (< ?x1740 b_i)))
 (=> $x291 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let (($x1626 (< ?x39 b_J)))
 (=> $x1626 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let (($x1189 (< b_J ?x39)))
 (=> $x1189 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let (($x436 (< ?x39 x_raised)))
 (=> $x436 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let (($x482 (< x_raised ?x39)))
 (=> $x482 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let (($x450 (< ?x39 ?x1740)))
 (=> $x450 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let (($x1659 (< ?x1740 ?x39)))
 (=> $x1659 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1688 (< b_J x_raised)))
 (=> $x1688 (< exp_app_2 exp_app_3))))
(assert
 (let (($x1753 (< x_raised b_J)))
 (=> $x1753 (< exp_app_3 exp_app_2))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let (($x641 (< b_J ?x1740)))
 (=> $x641 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let (($x1487 (< ?x1740 b_J)))
 (=> $x1487 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let (($x706 (< x_raised ?x1740)))
 (=> $x706 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let (($x537 (< ?x1740 x_raised)))
 (=> $x537 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1276 (= exp_app_0 exp_app_1)))
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (=> (= b_i ?x39) $x1276))))))
(assert
 (let (($x1455 (= exp_app_0 exp_app_2)))
 (let (($x102 (= b_i b_J)))
 (=> $x102 $x1455))))
(assert
 (let (($x883 (= exp_app_0 exp_app_3)))
 (let (($x398 (= b_i x_raised)))
 (=> $x398 $x883))))
(assert
 (let (($x904 (= exp_app_0 exp_app_4)))
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (=> (= b_i ?x1740) $x904))))))
(assert
 (let (($x1204 (= exp_app_1 exp_app_2)))
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (=> (= ?x39 b_J) $x1204))))))
(assert
 (let (($x1664 (= exp_app_1 exp_app_3)))
 (let (($x270 (= n 1.0)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (=> (= ?x39 x_raised) $x1664))))))
(assert
 (let (($x1611 (= exp_app_1 exp_app_4)))
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (let ((?x1923 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x39 (* (- 1.0) ?x1923)))
 (=> (= ?x39 ?x1740) $x1611))))))))
(assert
 (let (($x976 (= exp_app_2 exp_app_3)))
 (let (($x1106 (= b_J x_raised)))
 (=> $x1106 $x976))))
(assert
 (let (($x650 (= exp_app_2 exp_app_4)))
 (let (($x270 (= n 1.0)))
 (let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1740 (* (- 1.0) ?x562)))
 (=> (= b_J ?x1740) $x650))))))
(assert
 (let (($x140 (= exp_app_3 exp_app_4)))
(let (($x270 (= n 1.0)))
(let ((?x562 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x1740 (* (- 1.0) ?x562)))
(=> (= x_raised ?x1740) $x140))))))
(check-sat)
