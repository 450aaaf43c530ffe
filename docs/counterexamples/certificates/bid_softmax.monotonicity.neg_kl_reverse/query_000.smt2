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
 (let ((?x364 (- n 1.0)))
 (let (($x770 (>= ?x364 1.0)))
 (=> $x770 (>= max_n_12 b_J)))))
(assert
 (let (($x474 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x770 (>= ?x364 1.0)))
 (=> $x770 $x474)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x770 (>= ?x364 1.0)))
 (=> $x770 (> sum_n_13 0.0)))))
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
 (let ((?x1106 (* exp_app_0 exp_app_1)))
 (let ((?x1013 (+ ?x1106 (* sum_n_13 exp_app_1))))
 (let ((?x355 (/ 1.0 ?x1013)))
 (let ((?x1425 (/ ?x1106 ?x1013)))
 (let (($x970 (= 0.0 (+ ?x1425 (* sum_n_13 exp_app_1 ?x355)))))
 (let (($x890 (and (= 0.0 (+ (* ?x1425 p_i_t) (* sum_n_14 exp_app_1 ?x355))) $x970)))
 (and (not $x890) $x970))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x786 (+ 1.0 b_i)))
 (>= exp_app_0 ?x786)))
(assert
 (let (($x1071 (<= exp_app_0 1.0)))
 (let (($x639 (<= b_i 0.0)))
 (=> $x639 $x1071))))
(assert
 (let (($x1273 (< b_i 1.0)))
 (=> $x1273 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let ((?x385 (+ 1.0 ?x306)))
 (>= exp_app_1 ?x385))))))
(assert
 (let (($x1681 (<= exp_app_1 1.0)))
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let (($x484 (<= ?x306 0.0)))
 (=> $x484 $x1681)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let ((?x167 (- 1.0 ?x306)))
 (let (($x302 (< ?x306 1.0)))
 (=> $x302 (<= (* exp_app_1 ?x167) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x204 (+ 1.0 b_J)))
 (>= exp_app_2 ?x204)))
(assert
 (let (($x946 (<= exp_app_2 1.0)))
 (let (($x1143 (<= b_J 0.0)))
 (=> $x1143 $x946))))
(assert
 (let (($x140 (< b_J 1.0)))
 (=> $x140 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1284 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1284)))
(assert
 (let (($x384 (<= exp_app_3 1.0)))
 (let (($x973 (<= x_raised 0.0)))
 (=> $x973 $x384))))
(assert
 (let (($x298 (< x_raised 1.0)))
 (=> $x298 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let ((?x916 (+ 1.0 ?x442)))
 (>= exp_app_4 ?x916))))))
(assert
 (let (($x253 (<= exp_app_4 1.0)))
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let (($x177 (<= ?x442 0.0)))
 (=> $x177 $x253)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let ((?x1774 (- 1.0 ?x442)))
 (let (($x503 (< ?x442 1.0)))
 (=> $x503 (<= (* exp_app_4 ?x1774) 1.0))))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let (($x1537 (< b_i ?x306)))
 (=> $x1537 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let (($x645 (< ?x306 b_i)))
 (=> $x645 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x991 (< b_i b_J)))
 (=> $x991 (< exp_app_0 exp_app_2))))
(assert
 (let (($x864 (< b_J b_i)))
 (=> $x864 (< exp_app_2 exp_app_0))))
(assert
 (let (($x533 (< b_i x_raised)))
 (=> $x533 (< exp_app_0 exp_app_3))))
(assert
 (let (($x839 (< x_raised b_i)))
 (=> $x839 (< exp_app_3 exp_app_0))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let (($x746 (< b_i ?x442)))
 (=> $x746 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let (($x1507 (< ?x442 b_i)))
 (=> $x1507 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let (($x616 (< ?x306 b_J)))
 (=> $x616 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let (($x112 (< b_J ?x306)))
 (=> $x112 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let (($x367 (< ?x306 x_raised)))
 (=> $x367 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let (($x829 (< x_raised ?x306)))
 (=> $x829 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let (($x1211 (< ?x306 ?x442)))
 (=> $x1211 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let (($x625 (< ?x442 ?x306)))
 (=> $x625 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x547 (< b_J x_raised)))
 (=> $x547 (< exp_app_2 exp_app_3))))
(assert
 (let (($x758 (< x_raised b_J)))
 (=> $x758 (< exp_app_3 exp_app_2))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let (($x1281 (< b_J ?x442)))
 (=> $x1281 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let (($x95 (< ?x442 b_J)))
 (=> $x95 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let (($x361 (< x_raised ?x442)))
 (=> $x361 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let (($x644 (< ?x442 x_raised)))
 (=> $x644 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x281 (= exp_app_0 exp_app_1)))
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (=> (= b_i ?x306) $x281))))))
(assert
 (let (($x1126 (= exp_app_0 exp_app_2)))
 (let (($x1319 (= b_i b_J)))
 (=> $x1319 $x1126))))
(assert
 (let (($x678 (= exp_app_0 exp_app_3)))
 (let (($x125 (= b_i x_raised)))
 (=> $x125 $x678))))
(assert
 (let (($x266 (= exp_app_0 exp_app_4)))
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (=> (= b_i ?x442) $x266))))))
(assert
 (let (($x103 (= exp_app_1 exp_app_2)))
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (=> (= ?x306 b_J) $x103))))))
(assert
 (let (($x893 (= exp_app_1 exp_app_3)))
 (let (($x270 (= n 1.0)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (=> (= ?x306 x_raised) $x893))))))
(assert
 (let (($x1523 (= exp_app_1 exp_app_4)))
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (let ((?x173 (ite (or $x270 (and (not $x270) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x306 (* (- 1.0) ?x173)))
 (=> (= ?x306 ?x442) $x1523))))))))
(assert
 (let (($x272 (= exp_app_2 exp_app_3)))
 (let (($x246 (= b_J x_raised)))
 (=> $x246 $x272))))
(assert
 (let (($x1510 (= exp_app_2 exp_app_4)))
 (let (($x270 (= n 1.0)))
 (let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x442 (* (- 1.0) ?x1287)))
 (=> (= b_J ?x442) $x1510))))))
(assert
 (let (($x1369 (= exp_app_3 exp_app_4)))
(let (($x270 (= n 1.0)))
(let ((?x1287 (ite (or $x270 (and (not $x270) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x442 (* (- 1.0) ?x1287)))
(=> (= x_raised ?x442) $x1369))))))
(check-sat)
