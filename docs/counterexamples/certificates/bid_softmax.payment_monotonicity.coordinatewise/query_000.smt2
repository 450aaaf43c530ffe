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
 (let (($x983 (>= ?x364 1.0)))
 (=> $x983 (>= max_n_12 b_J)))))
(assert
 (let (($x1227 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x983 (>= ?x364 1.0)))
 (=> $x983 $x1227)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x983 (>= ?x364 1.0)))
 (=> $x983 (> sum_n_13 0.0)))))
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
 (let ((?x798 (* sum_n_13 exp_app_1)))
 (let ((?x1001 (* exp_app_0 exp_app_1)))
 (let ((?x1752 (+ ?x1001 ?x798)))
 (let ((?x1148 (/ 1.0 ?x1752)))
 (let ((?x48 (/ ?x1001 ?x1752)))
 (let (($x1076 (= 0.0 (+ ?x48 (* sum_n_13 exp_app_1 ?x1148)))))
 (let (($x1386 (and (= 0.0 (+ (* ?x48 p_i_t) (* sum_n_14 exp_app_1 ?x1148))) $x1076)))
 (and (not $x1386) $x1076)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x459 (+ 1.0 b_i)))
 (>= exp_app_0 ?x459)))
(assert
 (let (($x513 (<= exp_app_0 1.0)))
 (let (($x758 (<= b_i 0.0)))
 (=> $x758 $x513))))
(assert
 (let (($x893 (< b_i 1.0)))
 (=> $x893 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let ((?x272 (+ 1.0 ?x71)))
 (>= exp_app_1 ?x272))))))
(assert
 (let (($x338 (<= exp_app_1 1.0)))
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let (($x1666 (<= ?x71 0.0)))
 (=> $x1666 $x338)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let ((?x1382 (- 1.0 ?x71)))
 (let (($x285 (< ?x71 1.0)))
 (=> $x285 (<= (* exp_app_1 ?x1382) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x577 (+ 1.0 b_J)))
 (>= exp_app_2 ?x577)))
(assert
 (let (($x1647 (<= exp_app_2 1.0)))
 (let (($x103 (<= b_J 0.0)))
 (=> $x103 $x1647))))
(assert
 (let (($x33 (< b_J 1.0)))
 (=> $x33 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x492 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x492)))
(assert
 (let (($x1385 (<= exp_app_3 1.0)))
 (let (($x160 (<= x_raised 0.0)))
 (=> $x160 $x1385))))
(assert
 (let (($x436 (< x_raised 1.0)))
 (=> $x436 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let ((?x1416 (+ 1.0 ?x304)))
 (>= exp_app_4 ?x1416))))))
(assert
 (let (($x356 (<= exp_app_4 1.0)))
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let (($x232 (<= ?x304 0.0)))
 (=> $x232 $x356)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let ((?x297 (- 1.0 ?x304)))
 (let (($x694 (< ?x304 1.0)))
 (=> $x694 (<= (* exp_app_4 ?x297) 1.0))))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let (($x1291 (< b_i ?x71)))
 (=> $x1291 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let (($x1095 (< ?x71 b_i)))
 (=> $x1095 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x623 (< b_i b_J)))
 (=> $x623 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1660 (< b_J b_i)))
 (=> $x1660 (< exp_app_2 exp_app_0))))
(assert
 (let (($x823 (< b_i x_raised)))
 (=> $x823 (< exp_app_0 exp_app_3))))
(assert
 (let (($x643 (< x_raised b_i)))
 (=> $x643 (< exp_app_3 exp_app_0))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let (($x91 (< b_i ?x304)))
 (=> $x91 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let (($x231 (< ?x304 b_i)))
 (=> $x231 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let (($x1534 (< ?x71 b_J)))
 (=> $x1534 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let (($x600 (< b_J ?x71)))
 (=> $x600 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let (($x482 (< ?x71 x_raised)))
 (=> $x482 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let (($x119 (< x_raised ?x71)))
 (=> $x119 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let (($x655 (< ?x71 ?x304)))
 (=> $x655 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let (($x256 (< ?x304 ?x71)))
 (=> $x256 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1431 (< b_J x_raised)))
 (=> $x1431 (< exp_app_2 exp_app_3))))
(assert
 (let (($x505 (< x_raised b_J)))
 (=> $x505 (< exp_app_3 exp_app_2))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let (($x418 (< b_J ?x304)))
 (=> $x418 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let (($x518 (< ?x304 b_J)))
 (=> $x518 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let (($x96 (< x_raised ?x304)))
 (=> $x96 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let (($x936 (< ?x304 x_raised)))
 (=> $x936 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1701 (= exp_app_0 exp_app_1)))
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (=> (= b_i ?x71) $x1701))))))
(assert
 (let (($x65 (= exp_app_0 exp_app_2)))
 (let (($x1163 (= b_i b_J)))
 (=> $x1163 $x65))))
(assert
 (let (($x852 (= exp_app_0 exp_app_3)))
 (let (($x1223 (= b_i x_raised)))
 (=> $x1223 $x852))))
(assert
 (let (($x720 (= exp_app_0 exp_app_4)))
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (=> (= b_i ?x304) $x720))))))
(assert
 (let (($x1554 (= exp_app_1 exp_app_2)))
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (=> (= ?x71 b_J) $x1554))))))
(assert
 (let (($x993 (= exp_app_1 exp_app_3)))
 (let (($x547 (= n 1.0)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (=> (= ?x71 x_raised) $x993))))))
(assert
 (let (($x540 (= exp_app_1 exp_app_4)))
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (let ((?x1579 (ite (or $x547 (and (not $x547) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x71 (* (- 1.0) ?x1579)))
 (=> (= ?x71 ?x304) $x540))))))))
(assert
 (let (($x192 (= exp_app_2 exp_app_3)))
 (let (($x1754 (= b_J x_raised)))
 (=> $x1754 $x192))))
(assert
 (let (($x1179 (= exp_app_2 exp_app_4)))
 (let (($x547 (= n 1.0)))
 (let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x304 (* (- 1.0) ?x466)))
 (=> (= b_J ?x304) $x1179))))))
(assert
 (let (($x651 (= exp_app_3 exp_app_4)))
(let (($x547 (= n 1.0)))
(let ((?x466 (ite (or $x547 (and (not $x547) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x304 (* (- 1.0) ?x466)))
(=> (= x_raised ?x304) $x651))))))
(check-sat)
