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
 (let ((?x1654 (- n 1.0)))
 (let (($x2906 (>= ?x1654 1.0)))
 (=> $x2906 (>= max_n_12 b_J)))))
(assert
 (let (($x3918 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x2906 (>= ?x1654 1.0)))
 (=> $x2906 $x3918)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x2906 (>= ?x1654 1.0)))
 (=> $x2906 (> sum_n_13 0.0)))))
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
 (let ((?x5627 (* exp_app_0 exp_app_1)))
 (let ((?x1329 (+ ?x5627 (* sum_n_13 exp_app_1))))
 (let ((?x5059 (/ 1.0 ?x1329)))
 (let ((?x3586 (/ ?x5627 ?x1329)))
 (let (($x6986 (= 0.0 (+ ?x3586 (* sum_n_13 exp_app_1 ?x5059)))))
 (let (($x3088 (and (= 0.0 (+ (* ?x3586 p_i_t) (* sum_n_14 exp_app_1 ?x5059))) $x6986)))
 (and (not $x3088) $x6986))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x3580 (+ 1.0 b_i)))
 (>= exp_app_0 ?x3580)))
(assert
 (let (($x7503 (<= exp_app_0 1.0)))
 (let (($x3888 (<= b_i 0.0)))
 (=> $x3888 $x7503))))
(assert
 (let (($x4814 (< b_i 1.0)))
 (=> $x4814 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let ((?x5402 (+ 1.0 ?x5234)))
 (>= exp_app_1 ?x5402))))))
(assert
 (let (($x4107 (<= exp_app_1 1.0)))
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let (($x1043 (<= ?x5234 0.0)))
 (=> $x1043 $x4107)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let ((?x2985 (- 1.0 ?x5234)))
 (let (($x1586 (< ?x5234 1.0)))
 (=> $x1586 (<= (* exp_app_1 ?x2985) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x8400 (+ 1.0 b_J)))
 (>= exp_app_2 ?x8400)))
(assert
 (let (($x4653 (<= exp_app_2 1.0)))
 (let (($x660 (<= b_J 0.0)))
 (=> $x660 $x4653))))
(assert
 (let (($x1873 (< b_J 1.0)))
 (=> $x1873 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x546 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x546)))
(assert
 (let (($x6766 (<= exp_app_3 1.0)))
 (let (($x3465 (<= x_raised 0.0)))
 (=> $x3465 $x6766))))
(assert
 (let (($x6343 (< x_raised 1.0)))
 (=> $x6343 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let ((?x2807 (+ 1.0 ?x3189)))
 (>= exp_app_4 ?x2807))))))
(assert
 (let (($x1864 (<= exp_app_4 1.0)))
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let (($x347 (<= ?x3189 0.0)))
 (=> $x347 $x1864)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let ((?x1354 (- 1.0 ?x3189)))
 (let (($x7970 (< ?x3189 1.0)))
 (=> $x7970 (<= (* exp_app_4 ?x1354) 1.0))))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let (($x1489 (< b_i ?x5234)))
 (=> $x1489 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let (($x7917 (< ?x5234 b_i)))
 (=> $x7917 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2671 (< b_i b_J)))
 (=> $x2671 (< exp_app_0 exp_app_2))))
(assert
 (let (($x7408 (< b_J b_i)))
 (=> $x7408 (< exp_app_2 exp_app_0))))
(assert
 (let (($x2654 (< b_i x_raised)))
 (=> $x2654 (< exp_app_0 exp_app_3))))
(assert
 (let (($x640 (< x_raised b_i)))
 (=> $x640 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let (($x3780 (< b_i ?x3189)))
 (=> $x3780 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let (($x4620 (< ?x3189 b_i)))
 (=> $x4620 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let (($x6344 (< ?x5234 b_J)))
 (=> $x6344 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let (($x7191 (< b_J ?x5234)))
 (=> $x7191 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let (($x3774 (< ?x5234 x_raised)))
 (=> $x3774 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let (($x5540 (< x_raised ?x5234)))
 (=> $x5540 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let (($x466 (< ?x5234 ?x3189)))
 (=> $x466 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let (($x1361 (< ?x3189 ?x5234)))
 (=> $x1361 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x5809 (< b_J x_raised)))
 (=> $x5809 (< exp_app_2 exp_app_3))))
(assert
 (let (($x2691 (< x_raised b_J)))
 (=> $x2691 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let (($x5459 (< b_J ?x3189)))
 (=> $x5459 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let (($x4348 (< ?x3189 b_J)))
 (=> $x4348 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let (($x6908 (< x_raised ?x3189)))
 (=> $x6908 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let (($x4059 (< ?x3189 x_raised)))
 (=> $x4059 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x7655 (= exp_app_0 exp_app_1)))
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (=> (= b_i ?x5234) $x7655))))))
(assert
 (let (($x6471 (= exp_app_0 exp_app_2)))
 (let (($x4776 (= b_i b_J)))
 (=> $x4776 $x6471))))
(assert
 (let (($x232 (= exp_app_0 exp_app_3)))
 (let (($x3969 (= b_i x_raised)))
 (=> $x3969 $x232))))
(assert
 (let (($x554 (= exp_app_0 exp_app_4)))
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (=> (= b_i ?x3189) $x554))))))
(assert
 (let (($x8578 (= exp_app_1 exp_app_2)))
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (=> (= ?x5234 b_J) $x8578))))))
(assert
 (let (($x4178 (= exp_app_1 exp_app_3)))
 (let (($x1173 (= n 1.0)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (=> (= ?x5234 x_raised) $x4178))))))
(assert
 (let (($x6509 (= exp_app_1 exp_app_4)))
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (let ((?x4526 (ite (or $x1173 (and (not $x1173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5234 (* (- 1.0) ?x4526)))
 (=> (= ?x5234 ?x3189) $x6509))))))))
(assert
 (let (($x3666 (= exp_app_2 exp_app_3)))
 (let (($x5480 (= b_J x_raised)))
 (=> $x5480 $x3666))))
(assert
 (let (($x4315 (= exp_app_2 exp_app_4)))
 (let (($x1173 (= n 1.0)))
 (let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3189 (* (- 1.0) ?x8178)))
 (=> (= b_J ?x3189) $x4315))))))
(assert
 (let (($x1749 (= exp_app_3 exp_app_4)))
(let (($x1173 (= n 1.0)))
(let ((?x8178 (ite (or $x1173 (and (not $x1173) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x3189 (* (- 1.0) ?x8178)))
(=> (= x_raised ?x3189) $x1749))))))
(check-sat)
