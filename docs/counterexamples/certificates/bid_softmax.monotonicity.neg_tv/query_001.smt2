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
 (let (($x1154 (>= ?x146 1.0)))
 (=> $x1154 (>= max_n_12 b_J)))))
(assert
 (let (($x1124 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x1154 (>= ?x146 1.0)))
 (=> $x1154 $x1124)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x1154 (>= ?x146 1.0)))
 (=> $x1154 (> sum_n_13 0.0)))))
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
 (let ((?x646 (* exp_app_3 exp_app_4)))
 (let ((?x802 (+ ?x646 (* sum_n_13 exp_app_4))))
 (let ((?x491 (/ 1.0 ?x802)))
 (let ((?x420 (/ ?x646 ?x802)))
 (let ((?x1130 (+ ?x420 (* sum_n_13 exp_app_4 ?x491))))
 (let (($x156 (= 0.0 ?x1130)))
 (let (($x460 (and (= 0.0 (+ (* ?x420 p_i_u) (* sum_n_15 exp_app_4 ?x491))) $x156)))
 (let ((?x923 (* exp_app_0 exp_app_1)))
 (let ((?x1640 (+ ?x923 (* sum_n_13 exp_app_1))))
 (let ((?x647 (/ 1.0 ?x1640)))
 (let ((?x375 (/ ?x923 ?x1640)))
 (let ((?x81 (+ ?x375 (* sum_n_13 exp_app_1 ?x647))))
 (let (($x1791 (= 0.0 ?x81)))
 (let (($x834 (and (= 0.0 (+ (* ?x375 p_i_u) (* sum_n_15 exp_app_1 ?x647))) $x1791)))
 (let (($x1740 (and (= 0.0 (+ (* ?x420 p_i_t) (* sum_n_14 exp_app_4 ?x491))) $x156)))
 (let (($x359 (and (= 0.0 (+ (* ?x375 p_i_t) (* sum_n_14 exp_app_1 ?x647))) $x1791)))
 (let (($x1159 (and (not $x359) $x1791)))
 (and (not (or $x1159 $x359)) (not (or (and (not $x1740) $x156) $x1740)) (not (or (and (not $x834) $x1791) $x834)) (not (or (and (not $x460) $x156) $x460)))))))))))))))))))))
(assert
 (let ((?x923 (* exp_app_0 exp_app_1)))
 (let ((?x1640 (+ ?x923 (* sum_n_13 exp_app_1))))
 (let ((?x647 (/ 1.0 ?x1640)))
 (let ((?x375 (/ ?x923 ?x1640)))
 (let ((?x81 (+ ?x375 (* sum_n_13 exp_app_1 ?x647))))
 (let ((?x1570 (+ (* ?x375 p_i_t) (* sum_n_14 exp_app_1 ?x647))))
 (let ((?x1201 (/ ?x1570 ?x81)))
 (let ((?x646 (* exp_app_3 exp_app_4)))
 (let ((?x802 (+ ?x646 (* sum_n_13 exp_app_4))))
 (let ((?x491 (/ 1.0 ?x802)))
 (let ((?x420 (/ ?x646 ?x802)))
 (let ((?x1130 (+ ?x420 (* sum_n_13 exp_app_4 ?x491))))
 (let ((?x1646 (+ (* ?x420 p_i_t) (* sum_n_14 exp_app_4 ?x491))))
 (let ((?x659 (- (/ ?x1646 ?x1130) ?x1201)))
 (or (> 0.0 (* ?x659 (- p_i_t ?x1201))) (< (* (- p_i_t ?x1201) (- p_i_t ?x1201)) (* ?x659 ?x659))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x682 (+ 1.0 b_i)))
 (>= exp_app_0 ?x682)))
(assert
 (let (($x1397 (<= exp_app_0 1.0)))
 (let (($x714 (<= b_i 0.0)))
 (=> $x714 $x1397))))
(assert
 (let (($x811 (< b_i 1.0)))
 (=> $x811 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let ((?x208 (+ 1.0 ?x1326)))
 (>= exp_app_1 ?x208))))))
(assert
 (let (($x553 (<= exp_app_1 1.0)))
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let (($x1586 (<= ?x1326 0.0)))
 (=> $x1586 $x553)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let ((?x1493 (- 1.0 ?x1326)))
 (let (($x656 (< ?x1326 1.0)))
 (=> $x656 (<= (* exp_app_1 ?x1493) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x942 (+ 1.0 b_J)))
 (>= exp_app_2 ?x942)))
(assert
 (let (($x63 (<= exp_app_2 1.0)))
 (let (($x353 (<= b_J 0.0)))
 (=> $x353 $x63))))
(assert
 (let (($x262 (< b_J 1.0)))
 (=> $x262 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1018 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1018)))
(assert
 (let (($x380 (<= exp_app_3 1.0)))
 (let (($x726 (<= x_raised 0.0)))
 (=> $x726 $x380))))
(assert
 (let (($x221 (< x_raised 1.0)))
 (=> $x221 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let ((?x989 (+ 1.0 ?x601)))
 (>= exp_app_4 ?x989))))))
(assert
 (let (($x1044 (<= exp_app_4 1.0)))
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let (($x394 (<= ?x601 0.0)))
 (=> $x394 $x1044)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let ((?x930 (- 1.0 ?x601)))
 (let (($x231 (< ?x601 1.0)))
 (=> $x231 (<= (* exp_app_4 ?x930) 1.0))))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let (($x259 (< b_i ?x1326)))
 (=> $x259 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let (($x1366 (< ?x1326 b_i)))
 (=> $x1366 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x80 (< b_i b_J)))
 (=> $x80 (< exp_app_0 exp_app_2))))
(assert
 (let (($x274 (< b_J b_i)))
 (=> $x274 (< exp_app_2 exp_app_0))))
(assert
 (let (($x373 (< b_i x_raised)))
 (=> $x373 (< exp_app_0 exp_app_3))))
(assert
 (let (($x1003 (< x_raised b_i)))
 (=> $x1003 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let (($x277 (< b_i ?x601)))
 (=> $x277 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let (($x638 (< ?x601 b_i)))
 (=> $x638 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let (($x1225 (< ?x1326 b_J)))
 (=> $x1225 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let (($x1370 (< b_J ?x1326)))
 (=> $x1370 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let (($x428 (< ?x1326 x_raised)))
 (=> $x428 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let (($x219 (< x_raised ?x1326)))
 (=> $x219 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let (($x254 (< ?x1326 ?x601)))
 (=> $x254 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let (($x588 (< ?x601 ?x1326)))
 (=> $x588 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1192 (< b_J x_raised)))
 (=> $x1192 (< exp_app_2 exp_app_3))))
(assert
 (let (($x1056 (< x_raised b_J)))
 (=> $x1056 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let (($x1568 (< b_J ?x601)))
 (=> $x1568 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let (($x674 (< ?x601 b_J)))
 (=> $x674 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let (($x1697 (< x_raised ?x601)))
 (=> $x1697 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let (($x1453 (< ?x601 x_raised)))
 (=> $x1453 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1668 (= exp_app_0 exp_app_1)))
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (=> (= b_i ?x1326) $x1668))))))
(assert
 (let (($x580 (= exp_app_0 exp_app_2)))
 (let (($x467 (= b_i b_J)))
 (=> $x467 $x580))))
(assert
 (let (($x548 (= exp_app_0 exp_app_3)))
 (let (($x1431 (= b_i x_raised)))
 (=> $x1431 $x548))))
(assert
 (let (($x1364 (= exp_app_0 exp_app_4)))
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (=> (= b_i ?x601) $x1364))))))
(assert
 (let (($x906 (= exp_app_1 exp_app_2)))
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (=> (= ?x1326 b_J) $x906))))))
(assert
 (let (($x1027 (= exp_app_1 exp_app_3)))
 (let (($x1040 (= n 1.0)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (=> (= ?x1326 x_raised) $x1027))))))
(assert
 (let (($x88 (= exp_app_1 exp_app_4)))
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (let ((?x968 (ite (or $x1040 (and (not $x1040) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1326 (* (- 1.0) ?x968)))
 (=> (= ?x1326 ?x601) $x88))))))))
(assert
 (let (($x1711 (= exp_app_2 exp_app_3)))
 (let (($x566 (= b_J x_raised)))
 (=> $x566 $x1711))))
(assert
 (let (($x1501 (= exp_app_2 exp_app_4)))
 (let (($x1040 (= n 1.0)))
 (let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x601 (* (- 1.0) ?x1550)))
 (=> (= b_J ?x601) $x1501))))))
(assert
 (let (($x1067 (= exp_app_3 exp_app_4)))
(let (($x1040 (= n 1.0)))
(let ((?x1550 (ite (or $x1040 (and (not $x1040) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x601 (* (- 1.0) ?x1550)))
(=> (= x_raised ?x601) $x1067))))))
(check-sat)
