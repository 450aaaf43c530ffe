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
 (let (($x891 (>= ?x146 1.0)))
 (=> $x891 (>= max_n_12 b_J)))))
(assert
 (let (($x662 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x891 (>= ?x146 1.0)))
 (=> $x891 $x662)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x891 (>= ?x146 1.0)))
 (=> $x891 (> sum_n_13 0.0)))))
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
 (let ((?x1916 (* exp_app_0 exp_app_1)))
 (let ((?x55 (+ ?x1916 (* sum_n_13 exp_app_1))))
 (let ((?x1450 (/ 1.0 ?x55)))
 (let ((?x762 (/ ?x1916 ?x55)))
 (let (($x392 (= 0.0 (+ ?x762 (* sum_n_13 exp_app_1 ?x1450)))))
 (let (($x1258 (and (= 0.0 (+ (* ?x762 p_i_t) (* sum_n_14 exp_app_1 ?x1450))) $x392)))
 (and (not $x1258) $x392))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x523 (+ 1.0 b_i)))
 (>= exp_app_0 ?x523)))
(assert
 (let (($x1366 (<= exp_app_0 1.0)))
 (let (($x1086 (<= b_i 0.0)))
 (=> $x1086 $x1366))))
(assert
 (let (($x924 (< b_i 1.0)))
 (=> $x924 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let ((?x1733 (+ 1.0 ?x53)))
 (>= exp_app_1 ?x1733))))))
(assert
 (let (($x827 (<= exp_app_1 1.0)))
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let (($x851 (<= ?x53 0.0)))
 (=> $x851 $x827)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let ((?x1495 (- 1.0 ?x53)))
 (let (($x1663 (< ?x53 1.0)))
 (=> $x1663 (<= (* exp_app_1 ?x1495) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1326 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1326)))
(assert
 (let (($x628 (<= exp_app_2 1.0)))
 (let (($x839 (<= b_J 0.0)))
 (=> $x839 $x628))))
(assert
 (let (($x52 (< b_J 1.0)))
 (=> $x52 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x400 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x400)))
(assert
 (let (($x1716 (<= exp_app_3 1.0)))
 (let (($x199 (<= x_raised 0.0)))
 (=> $x199 $x1716))))
(assert
 (let (($x1568 (< x_raised 1.0)))
 (=> $x1568 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let ((?x807 (+ 1.0 ?x714)))
 (>= exp_app_4 ?x807))))))
(assert
 (let (($x172 (<= exp_app_4 1.0)))
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let (($x595 (<= ?x714 0.0)))
 (=> $x595 $x172)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let ((?x984 (- 1.0 ?x714)))
 (let (($x954 (< ?x714 1.0)))
 (=> $x954 (<= (* exp_app_4 ?x984) 1.0))))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let (($x335 (< b_i ?x53)))
 (=> $x335 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let (($x180 (< ?x53 b_i)))
 (=> $x180 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1658 (< b_i b_J)))
 (=> $x1658 (< exp_app_0 exp_app_2))))
(assert
 (let (($x971 (< b_J b_i)))
 (=> $x971 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1046 (< b_i x_raised)))
 (=> $x1046 (< exp_app_0 exp_app_3))))
(assert
 (let (($x450 (< x_raised b_i)))
 (=> $x450 (< exp_app_3 exp_app_0))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let (($x95 (< b_i ?x714)))
 (=> $x95 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let (($x1026 (< ?x714 b_i)))
 (=> $x1026 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let (($x1404 (< ?x53 b_J)))
 (=> $x1404 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let (($x247 (< b_J ?x53)))
 (=> $x247 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let (($x693 (< ?x53 x_raised)))
 (=> $x693 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let (($x1621 (< x_raised ?x53)))
 (=> $x1621 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let (($x1100 (< ?x53 ?x714)))
 (=> $x1100 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let (($x1783 (< ?x714 ?x53)))
 (=> $x1783 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x991 (< b_J x_raised)))
 (=> $x991 (< exp_app_2 exp_app_3))))
(assert
 (let (($x410 (< x_raised b_J)))
 (=> $x410 (< exp_app_3 exp_app_2))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let (($x1456 (< b_J ?x714)))
 (=> $x1456 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let (($x229 (< ?x714 b_J)))
 (=> $x229 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let (($x147 (< x_raised ?x714)))
 (=> $x147 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let (($x328 (< ?x714 x_raised)))
 (=> $x328 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x903 (= exp_app_0 exp_app_1)))
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (=> (= b_i ?x53) $x903))))))
(assert
 (let (($x143 (= exp_app_0 exp_app_2)))
 (let (($x204 (= b_i b_J)))
 (=> $x204 $x143))))
(assert
 (let (($x476 (= exp_app_0 exp_app_3)))
 (let (($x1274 (= b_i x_raised)))
 (=> $x1274 $x476))))
(assert
 (let (($x1517 (= exp_app_0 exp_app_4)))
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (=> (= b_i ?x714) $x1517))))))
(assert
 (let (($x879 (= exp_app_1 exp_app_2)))
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (=> (= ?x53 b_J) $x879))))))
(assert
 (let (($x1246 (= exp_app_1 exp_app_3)))
 (let (($x803 (= n 1.0)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (=> (= ?x53 x_raised) $x1246))))))
(assert
 (let (($x704 (= exp_app_1 exp_app_4)))
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (let ((?x1341 (ite (or $x803 (and (not $x803) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x53 (* (- 1.0) ?x1341)))
 (=> (= ?x53 ?x714) $x704))))))))
(assert
 (let (($x1494 (= exp_app_2 exp_app_3)))
 (let (($x516 (= b_J x_raised)))
 (=> $x516 $x1494))))
(assert
 (let (($x263 (= exp_app_2 exp_app_4)))
 (let (($x803 (= n 1.0)))
 (let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x714 (* (- 1.0) ?x562)))
 (=> (= b_J ?x714) $x263))))))
(assert
 (let (($x181 (= exp_app_3 exp_app_4)))
(let (($x803 (= n 1.0)))
(let ((?x562 (ite (or $x803 (and (not $x803) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x714 (* (- 1.0) ?x562)))
(=> (= x_raised ?x714) $x181))))))
(check-sat)
