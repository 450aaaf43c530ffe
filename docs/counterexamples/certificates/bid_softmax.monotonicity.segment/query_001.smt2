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
 (let (($x778 (>= ?x364 1.0)))
 (=> $x778 (>= max_n_12 b_J)))))
(assert
 (let (($x602 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x778 (>= ?x364 1.0)))
 (=> $x778 $x602)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x778 (>= ?x364 1.0)))
 (=> $x778 (> sum_n_13 0.0)))))
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
 (let ((?x170 (* sum_n_13 exp_app_4)))
 (let ((?x1102 (* exp_app_3 exp_app_4)))
 (let ((?x1337 (+ ?x1102 ?x170)))
 (let ((?x977 (/ 1.0 ?x1337)))
 (let ((?x1021 (/ ?x1102 ?x1337)))
 (let ((?x1106 (+ ?x1021 (* sum_n_13 exp_app_4 ?x977))))
 (let (($x967 (= 0.0 ?x1106)))
 (let (($x373 (and (= 0.0 (+ (* ?x1021 p_i_u) (* sum_n_15 exp_app_4 ?x977))) $x967)))
 (let ((?x1149 (* sum_n_13 exp_app_1)))
 (let ((?x1314 (* exp_app_0 exp_app_1)))
 (let ((?x1188 (+ ?x1314 ?x1149)))
 (let ((?x44 (/ 1.0 ?x1188)))
 (let ((?x796 (/ ?x1314 ?x1188)))
 (let ((?x264 (+ ?x796 (* sum_n_13 exp_app_1 ?x44))))
 (let (($x839 (= 0.0 ?x264)))
 (let (($x1272 (and (= 0.0 (+ (* ?x796 p_i_u) (* sum_n_15 exp_app_1 ?x44))) $x839)))
 (let (($x1239 (and (= 0.0 (+ (* ?x1021 p_i_t) (* sum_n_14 exp_app_4 ?x977))) $x967)))
 (let (($x415 (and (= 0.0 (+ (* ?x796 p_i_t) (* sum_n_14 exp_app_1 ?x44))) $x839)))
 (let (($x648 (and (not $x415) $x839)))
 (and (not (or $x648 $x415)) (not (or (and (not $x1239) $x967) $x1239)) (not (or (and (not $x1272) $x839) $x1272)) (not (or (and (not $x373) $x967) $x373)))))))))))))))))))))))
(assert
 (let ((?x1149 (* sum_n_13 exp_app_1)))
 (let ((?x1314 (* exp_app_0 exp_app_1)))
 (let ((?x1188 (+ ?x1314 ?x1149)))
 (let ((?x44 (/ 1.0 ?x1188)))
 (let ((?x796 (/ ?x1314 ?x1188)))
 (let ((?x264 (+ ?x796 (* sum_n_13 exp_app_1 ?x44))))
 (let ((?x916 (+ (* ?x796 p_i_t) (* sum_n_14 exp_app_1 ?x44))))
 (let ((?x1298 (/ ?x916 ?x264)))
 (let ((?x170 (* sum_n_13 exp_app_4)))
 (let ((?x1102 (* exp_app_3 exp_app_4)))
 (let ((?x1337 (+ ?x1102 ?x170)))
 (let ((?x977 (/ 1.0 ?x1337)))
 (let ((?x1021 (/ ?x1102 ?x1337)))
 (let ((?x1106 (+ ?x1021 (* sum_n_13 exp_app_4 ?x977))))
 (let ((?x1140 (+ (* ?x1021 p_i_t) (* sum_n_14 exp_app_4 ?x977))))
 (let ((?x1052 (- (/ ?x1140 ?x1106) ?x1298)))
 (or (> 0.0 (* ?x1052 (- p_i_t ?x1298))) (< (* (- p_i_t ?x1298) (- p_i_t ?x1298)) (* ?x1052 ?x1052))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x359 (+ 1.0 b_i)))
 (>= exp_app_0 ?x359)))
(assert
 (let (($x966 (<= exp_app_0 1.0)))
 (let (($x333 (<= b_i 0.0)))
 (=> $x333 $x966))))
(assert
 (let (($x51 (< b_i 1.0)))
 (=> $x51 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let ((?x667 (+ 1.0 ?x204)))
 (>= exp_app_1 ?x667))))))
(assert
 (let (($x548 (<= exp_app_1 1.0)))
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let (($x191 (<= ?x204 0.0)))
 (=> $x191 $x548)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let ((?x109 (- 1.0 ?x204)))
 (let (($x213 (< ?x204 1.0)))
 (=> $x213 (<= (* exp_app_1 ?x109) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x271 (+ 1.0 b_J)))
 (>= exp_app_2 ?x271)))
(assert
 (let (($x1164 (<= exp_app_2 1.0)))
 (let (($x746 (<= b_J 0.0)))
 (=> $x746 $x1164))))
(assert
 (let (($x673 (< b_J 1.0)))
 (=> $x673 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x205 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x205)))
(assert
 (let (($x294 (<= exp_app_3 1.0)))
 (let (($x598 (<= x_raised 0.0)))
 (=> $x598 $x294))))
(assert
 (let (($x691 (< x_raised 1.0)))
 (=> $x691 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let ((?x91 (+ 1.0 ?x633)))
 (>= exp_app_4 ?x91))))))
(assert
 (let (($x862 (<= exp_app_4 1.0)))
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let (($x652 (<= ?x633 0.0)))
 (=> $x652 $x862)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let ((?x198 (- 1.0 ?x633)))
 (let (($x50 (< ?x633 1.0)))
 (=> $x50 (<= (* exp_app_4 ?x198) 1.0))))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let (($x137 (< b_i ?x204)))
 (=> $x137 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let (($x503 (< ?x204 b_i)))
 (=> $x503 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x208 (< b_i b_J)))
 (=> $x208 (< exp_app_0 exp_app_2))))
(assert
 (let (($x498 (< b_J b_i)))
 (=> $x498 (< exp_app_2 exp_app_0))))
(assert
 (let (($x141 (< b_i x_raised)))
 (=> $x141 (< exp_app_0 exp_app_3))))
(assert
 (let (($x468 (< x_raised b_i)))
 (=> $x468 (< exp_app_3 exp_app_0))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let (($x644 (< b_i ?x633)))
 (=> $x644 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let (($x583 (< ?x633 b_i)))
 (=> $x583 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let (($x578 (< ?x204 b_J)))
 (=> $x578 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let (($x451 (< b_J ?x204)))
 (=> $x451 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let (($x636 (< ?x204 x_raised)))
 (=> $x636 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let (($x376 (< x_raised ?x204)))
 (=> $x376 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let (($x464 (< ?x204 ?x633)))
 (=> $x464 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let (($x163 (< ?x633 ?x204)))
 (=> $x163 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x63 (< b_J x_raised)))
 (=> $x63 (< exp_app_2 exp_app_3))))
(assert
 (let (($x403 (< x_raised b_J)))
 (=> $x403 (< exp_app_3 exp_app_2))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let (($x703 (< b_J ?x633)))
 (=> $x703 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let (($x537 (< ?x633 b_J)))
 (=> $x537 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let (($x489 (< x_raised ?x633)))
 (=> $x489 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let (($x179 (< ?x633 x_raised)))
 (=> $x179 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x346 (= exp_app_0 exp_app_1)))
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (=> (= b_i ?x204) $x346))))))
(assert
 (let (($x946 (= exp_app_0 exp_app_2)))
 (let (($x854 (= b_i b_J)))
 (=> $x854 $x946))))
(assert
 (let (($x936 (= exp_app_0 exp_app_3)))
 (let (($x1286 (= b_i x_raised)))
 (=> $x1286 $x936))))
(assert
 (let (($x834 (= exp_app_0 exp_app_4)))
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (=> (= b_i ?x633) $x834))))))
(assert
 (let (($x959 (= exp_app_1 exp_app_2)))
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (=> (= ?x204 b_J) $x959))))))
(assert
 (let (($x175 (= exp_app_1 exp_app_3)))
 (let (($x306 (= n 1.0)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (=> (= ?x204 x_raised) $x175))))))
(assert
 (let (($x257 (= exp_app_1 exp_app_4)))
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (let ((?x256 (ite (or $x306 (and (not $x306) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x204 (* (- 1.0) ?x256)))
 (=> (= ?x204 ?x633) $x257))))))))
(assert
 (let (($x656 (= exp_app_2 exp_app_3)))
 (let (($x798 (= b_J x_raised)))
 (=> $x798 $x656))))
(assert
 (let (($x998 (= exp_app_2 exp_app_4)))
 (let (($x306 (= n 1.0)))
 (let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x633 (* (- 1.0) ?x223)))
 (=> (= b_J ?x633) $x998))))))
(assert
 (let (($x365 (= exp_app_3 exp_app_4)))
(let (($x306 (= n 1.0)))
(let ((?x223 (ite (or $x306 (and (not $x306) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x633 (* (- 1.0) ?x223)))
(=> (= x_raised ?x633) $x365))))))
(check-sat)
