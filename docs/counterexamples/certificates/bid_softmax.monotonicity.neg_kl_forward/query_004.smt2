; bid_softmax, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
(declare-fun zero_is_negative!4763 () Bool)
(declare-fun zero_is_negative!4762 () Bool)
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
 (let (($x597 (>= ?x146 1.0)))
 (=> $x597 (>= max_n_12 b_J)))))
(assert
 (let (($x906 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x597 (>= ?x146 1.0)))
 (=> $x597 $x906)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x597 (>= ?x146 1.0)))
 (=> $x597 (> sum_n_13 0.0)))))
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
 (let ((?x234 (* exp_app_0 exp_app_1)))
 (let ((?x491 (+ ?x234 (* sum_n_13 exp_app_1))))
 (let ((?x306 (/ 1.0 ?x491)))
 (let ((?x179 (/ ?x234 ?x491)))
 (let (($x1291 (= 0.0 (+ ?x179 (* sum_n_13 exp_app_1 ?x306)))))
 (let (($x57 (and (= 0.0 (+ (* ?x179 p_i_t) (* sum_n_14 exp_app_1 ?x306))) $x1291)))
 (not (or (and (not $x57) $x1291) $x57)))))))))
(assert
 (let ((?x234 (* exp_app_0 exp_app_1)))
 (let ((?x491 (+ ?x234 (* sum_n_13 exp_app_1))))
 (let ((?x306 (/ 1.0 ?x491)))
 (let ((?x179 (/ ?x234 ?x491)))
 (let (($x1291 (= 0.0 (+ ?x179 (* sum_n_13 exp_app_1 ?x306)))))
 (let (($x57 (and (= 0.0 (+ (* ?x179 p_i_t) (* sum_n_14 exp_app_1 ?x306))) $x1291)))
 (let (($x1330 (not (or (and (not $x57) $x1291) $x57))))
 (let (($x95 (= 0.0 p_J_t)))
 (let (($x430 (= 0.0 ?x491)))
 (let (($x252 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x430)) $x430)))
 (let (($x737 (and (= 0.0 (* exp_app_2 exp_app_1)) $x430)))
 (let (($x187 (or $x737 (and $x252 $x95))))
 (let (($x522 (> 0.0 p_J_t)))
 (let (($x233 (not (or $x252 $x737))))
 (let (($x173 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x491))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x491)))))
 (let (($x169 (ite $x430 zero_is_negative!4763 $x173)))
 (let (($x340 (or (and $x252 (not $x169)) (and $x233 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x491))))))
 (let (($x375 (< 0.0 p_J_t)))
 (let (($x433 (or (and $x252 $x169) (and $x233 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x491))))))
 (let (($x623 (or (and $x433 $x375) (and $x340 $x522))))
 (let (($x292 (and (not $x187) $x252)))
 (let (($x716 (= 0.0 ?x234)))
 (let (($x683 (and $x716 $x430)))
 (let (($x1270 (or $x683 (and (and (not $x683) $x430) (= 0.0 p_i_t)))))
 (let (($x394 (> 0.0 p_i_t)))
 (let (($x156 (or (and (< 0.0 ?x234) (not (> 0.0 ?x491))) (and (> 0.0 ?x234) (> 0.0 ?x491)))))
 (let (($x977 (ite $x430 zero_is_negative!4762 $x156)))
 (let (($x1116 (and (not $x683) $x430)))
 (let (($x334 (or (and $x1116 (not $x977)) (and (not (or $x1116 $x683)) (> 0.0 ?x179)))))
 (let (($x758 (< 0.0 p_i_t)))
 (let (($x423 (and (or (and $x1116 $x977) (and (not (or $x1116 $x683)) (< 0.0 ?x179))) $x758)))
 (let (($x482 (or $x423 (and $x334 $x394))))
 (let (($x264 (and (not $x1270) $x1116)))
 (let (($x139 (and (not (or (or (and $x264 $x482) (and $x264 (not $x482))) $x1270)) (not (or (or (and $x292 $x623) (and $x292 (not $x623))) $x187)) $x1330)))
 (not $x139))))))))))))))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x960 (+ 1.0 b_i)))
 (>= exp_app_0 ?x960)))
(assert
 (let (($x35 (<= exp_app_0 1.0)))
 (let (($x1097 (<= b_i 0.0)))
 (=> $x1097 $x35))))
(assert
 (let (($x1058 (< b_i 1.0)))
 (=> $x1058 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x930 (= n 1.0)))
 (let ((?x1322 (ite (or $x930 (and (not $x930) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x720 (* (- 1.0) ?x1322)))
 (let ((?x815 (+ 1.0 ?x720)))
 (>= exp_app_1 ?x815))))))
(assert
 (let (($x44 (<= exp_app_1 1.0)))
 (let (($x930 (= n 1.0)))
 (let ((?x1322 (ite (or $x930 (and (not $x930) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x720 (* (- 1.0) ?x1322)))
 (let (($x1154 (<= ?x720 0.0)))
 (=> $x1154 $x44)))))))
(assert
 (let (($x930 (= n 1.0)))
 (let ((?x1322 (ite (or $x930 (and (not $x930) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x720 (* (- 1.0) ?x1322)))
 (let ((?x945 (- 1.0 ?x720)))
 (let (($x248 (< ?x720 1.0)))
 (=> $x248 (<= (* exp_app_1 ?x945) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x690 (+ 1.0 b_J)))
 (>= exp_app_2 ?x690)))
(assert
 (let (($x989 (<= exp_app_2 1.0)))
 (let (($x1202 (<= b_J 0.0)))
 (=> $x1202 $x989))))
(assert
 (let (($x358 (< b_J 1.0)))
 (=> $x358 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x930 (= n 1.0)))
 (let ((?x1322 (ite (or $x930 (and (not $x930) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x720 (* (- 1.0) ?x1322)))
 (let (($x599 (< b_i ?x720)))
 (=> $x599 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x930 (= n 1.0)))
 (let ((?x1322 (ite (or $x930 (and (not $x930) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x720 (* (- 1.0) ?x1322)))
 (let (($x829 (< ?x720 b_i)))
 (=> $x829 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x988 (< b_i b_J)))
 (=> $x988 (< exp_app_0 exp_app_2))))
(assert
 (let (($x942 (< b_J b_i)))
 (=> $x942 (< exp_app_2 exp_app_0))))
(assert
 (let (($x930 (= n 1.0)))
 (let ((?x1322 (ite (or $x930 (and (not $x930) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x720 (* (- 1.0) ?x1322)))
 (let (($x1323 (< ?x720 b_J)))
 (=> $x1323 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x930 (= n 1.0)))
 (let ((?x1322 (ite (or $x930 (and (not $x930) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x720 (* (- 1.0) ?x1322)))
 (let (($x1073 (< b_J ?x720)))
 (=> $x1073 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x935 (= exp_app_0 exp_app_1)))
 (let (($x930 (= n 1.0)))
 (let ((?x1322 (ite (or $x930 (and (not $x930) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x720 (* (- 1.0) ?x1322)))
 (=> (= b_i ?x720) $x935))))))
(assert
 (let (($x106 (= exp_app_0 exp_app_2)))
 (let (($x614 (= b_i b_J)))
 (=> $x614 $x106))))
(assert
 (let (($x348 (= exp_app_1 exp_app_2)))
(let (($x930 (= n 1.0)))
(let ((?x1322 (ite (or $x930 (and (not $x930) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x720 (* (- 1.0) ?x1322)))
(=> (= ?x720 b_J) $x348))))))
(check-sat)
