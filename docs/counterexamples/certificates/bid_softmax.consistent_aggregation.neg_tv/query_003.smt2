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
 (let (($x458 (>= ?x146 1.0)))
 (=> $x458 (>= max_n_12 b_J)))))
(assert
 (let (($x718 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x458 (>= ?x146 1.0)))
 (=> $x458 $x718)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x458 (>= ?x146 1.0)))
 (=> $x458 (> sum_n_13 0.0)))))
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
 (let ((?x1105 (* exp_app_3 exp_app_4)))
 (let ((?x237 (+ ?x1105 (* sum_n_13 exp_app_4))))
 (let ((?x1469 (/ 1.0 ?x237)))
 (let ((?x486 (/ ?x1105 ?x237)))
 (let ((?x126 (+ ?x486 (* sum_n_13 exp_app_4 ?x1469))))
 (let (($x1040 (= 0.0 ?x126)))
 (let (($x1614 (and (= 0.0 (+ (* ?x486 p_i_u) (* sum_n_15 exp_app_4 ?x1469))) $x1040)))
 (let ((?x800 (* sum_n_13 exp_app_1)))
 (let ((?x936 (* exp_app_0 exp_app_1)))
 (let ((?x1887 (+ ?x936 ?x800)))
 (let ((?x1199 (/ 1.0 ?x1887)))
 (let ((?x456 (/ ?x936 ?x1887)))
 (let ((?x1812 (+ ?x456 (* sum_n_13 exp_app_1 ?x1199))))
 (let (($x1707 (= 0.0 ?x1812)))
 (let (($x1140 (and (= 0.0 (+ (* ?x456 p_i_u) (* sum_n_15 exp_app_1 ?x1199))) $x1707)))
 (let (($x1146 (and (= 0.0 (+ (* ?x486 p_i_t) (* sum_n_14 exp_app_4 ?x1469))) $x1040)))
 (let (($x282 (and (= 0.0 (+ (* ?x456 p_i_t) (* sum_n_14 exp_app_1 ?x1199))) $x1707)))
 (let (($x1926 (and (not $x282) $x1707)))
 (and (not (or $x1926 $x282)) (not (or (and (not $x1146) $x1040) $x1146)) (not (or (and (not $x1140) $x1707) $x1140)) (not (or (and (not $x1614) $x1040) $x1614))))))))))))))))))))))
(assert
 (let ((?x800 (* sum_n_13 exp_app_1)))
 (let ((?x936 (* exp_app_0 exp_app_1)))
 (let ((?x1887 (+ ?x936 ?x800)))
 (let ((?x1199 (/ 1.0 ?x1887)))
 (let ((?x456 (/ ?x936 ?x1887)))
 (let ((?x1812 (+ ?x456 (* sum_n_13 exp_app_1 ?x1199))))
 (let ((?x1630 (+ (* ?x456 p_i_u) (* sum_n_15 exp_app_1 ?x1199))))
 (let ((?x156 (/ ?x1630 ?x1812)))
 (let ((?x1458 (- p_i_u ?x156)))
 (let ((?x1428 (+ (* ?x456 p_i_t) (* sum_n_14 exp_app_1 ?x1199))))
 (let ((?x1244 (/ ?x1428 ?x1812)))
 (let ((?x1105 (* exp_app_3 exp_app_4)))
 (let ((?x237 (+ ?x1105 (* sum_n_13 exp_app_4))))
 (let ((?x1469 (/ 1.0 ?x237)))
 (let ((?x486 (/ ?x1105 ?x237)))
 (let ((?x126 (+ ?x486 (* sum_n_13 exp_app_4 ?x1469))))
 (let ((?x1612 (+ (* ?x486 p_i_t) (* sum_n_14 exp_app_4 ?x1469))))
 (let ((?x1815 (* (- (/ ?x1612 ?x126) ?x1244) ?x1458)))
 (let ((?x1607 (- (/ (+ (* ?x486 p_i_u) (* sum_n_15 exp_app_4 ?x1469)) ?x126) ?x156)))
 (let ((?x1288 (* ?x1607 (- p_i_t ?x1244))))
 (or (< ?x1815 ?x1288) (< ?x1288 ?x1815)))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x998 (+ 1.0 b_i)))
 (>= exp_app_0 ?x998)))
(assert
 (let (($x1397 (<= exp_app_0 1.0)))
 (let (($x468 (<= b_i 0.0)))
 (=> $x468 $x1397))))
(assert
 (let (($x1405 (< b_i 1.0)))
 (=> $x1405 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let ((?x1645 (+ 1.0 ?x52)))
 (>= exp_app_1 ?x1645))))))
(assert
 (let (($x651 (<= exp_app_1 1.0)))
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let (($x873 (<= ?x52 0.0)))
 (=> $x873 $x651)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let ((?x933 (- 1.0 ?x52)))
 (let (($x1756 (< ?x52 1.0)))
 (=> $x1756 (<= (* exp_app_1 ?x933) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x148 (+ 1.0 b_J)))
 (>= exp_app_2 ?x148)))
(assert
 (let (($x304 (<= exp_app_2 1.0)))
 (let (($x1504 (<= b_J 0.0)))
 (=> $x1504 $x304))))
(assert
 (let (($x230 (< b_J 1.0)))
 (=> $x230 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1132 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1132)))
(assert
 (let (($x1528 (<= exp_app_3 1.0)))
 (let (($x416 (<= x_raised 0.0)))
 (=> $x416 $x1528))))
(assert
 (let (($x42 (< x_raised 1.0)))
 (=> $x42 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let ((?x1267 (+ 1.0 ?x1176)))
 (>= exp_app_4 ?x1267))))))
(assert
 (let (($x1262 (<= exp_app_4 1.0)))
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let (($x559 (<= ?x1176 0.0)))
 (=> $x559 $x1262)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let ((?x1729 (- 1.0 ?x1176)))
 (let (($x501 (< ?x1176 1.0)))
 (=> $x501 (<= (* exp_app_4 ?x1729) 1.0))))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let (($x1811 (< b_i ?x52)))
 (=> $x1811 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let (($x1409 (< ?x52 b_i)))
 (=> $x1409 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1160 (< b_i b_J)))
 (=> $x1160 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1878 (< b_J b_i)))
 (=> $x1878 (< exp_app_2 exp_app_0))))
(assert
 (let (($x877 (< b_i x_raised)))
 (=> $x877 (< exp_app_0 exp_app_3))))
(assert
 (let (($x31 (< x_raised b_i)))
 (=> $x31 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let (($x766 (< b_i ?x1176)))
 (=> $x766 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let (($x958 (< ?x1176 b_i)))
 (=> $x958 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let (($x701 (< ?x52 b_J)))
 (=> $x701 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let (($x1760 (< b_J ?x52)))
 (=> $x1760 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let (($x1748 (< ?x52 x_raised)))
 (=> $x1748 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let (($x640 (< x_raised ?x52)))
 (=> $x640 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let (($x496 (< ?x52 ?x1176)))
 (=> $x496 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let (($x1093 (< ?x1176 ?x52)))
 (=> $x1093 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1201 (< b_J x_raised)))
 (=> $x1201 (< exp_app_2 exp_app_3))))
(assert
 (let (($x1904 (< x_raised b_J)))
 (=> $x1904 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let (($x1260 (< b_J ?x1176)))
 (=> $x1260 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let (($x1064 (< ?x1176 b_J)))
 (=> $x1064 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let (($x630 (< x_raised ?x1176)))
 (=> $x630 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let (($x195 (< ?x1176 x_raised)))
 (=> $x195 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1418 (= exp_app_0 exp_app_1)))
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (=> (= b_i ?x52) $x1418))))))
(assert
 (let (($x1558 (= exp_app_0 exp_app_2)))
 (let (($x785 (= b_i b_J)))
 (=> $x785 $x1558))))
(assert
 (let (($x1108 (= exp_app_0 exp_app_3)))
 (let (($x490 (= b_i x_raised)))
 (=> $x490 $x1108))))
(assert
 (let (($x364 (= exp_app_0 exp_app_4)))
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (=> (= b_i ?x1176) $x364))))))
(assert
 (let (($x598 (= exp_app_1 exp_app_2)))
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (=> (= ?x52 b_J) $x598))))))
(assert
 (let (($x492 (= exp_app_1 exp_app_3)))
 (let (($x1007 (= n 1.0)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (=> (= ?x52 x_raised) $x492))))))
(assert
 (let (($x1278 (= exp_app_1 exp_app_4)))
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (let ((?x377 (ite (or $x1007 (and (not $x1007) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x52 (* (- 1.0) ?x377)))
 (=> (= ?x52 ?x1176) $x1278))))))))
(assert
 (let (($x1761 (= exp_app_2 exp_app_3)))
 (let (($x1567 (= b_J x_raised)))
 (=> $x1567 $x1761))))
(assert
 (let (($x1156 (= exp_app_2 exp_app_4)))
 (let (($x1007 (= n 1.0)))
 (let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1176 (* (- 1.0) ?x992)))
 (=> (= b_J ?x1176) $x1156))))))
(assert
 (let (($x1365 (= exp_app_3 exp_app_4)))
(let (($x1007 (= n 1.0)))
(let ((?x992 (ite (or $x1007 (and (not $x1007) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x1176 (* (- 1.0) ?x992)))
(=> (= x_raised ?x1176) $x1365))))))
(check-sat)
