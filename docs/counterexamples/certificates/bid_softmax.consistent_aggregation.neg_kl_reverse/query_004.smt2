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
(declare-fun zero_is_negative!9056 () Bool)
(declare-fun zero_is_negative!9055 () Bool)
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
 (let ((?x3862 (- n 1.0)))
 (let (($x178 (>= ?x3862 1.0)))
 (=> $x178 (>= max_n_12 b_J)))))
(assert
 (let (($x3397 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x178 (>= ?x3862 1.0)))
 (=> $x178 $x3397)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x178 (>= ?x3862 1.0)))
 (=> $x178 (> sum_n_13 0.0)))))
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
 (let ((?x4178 (* exp_app_0 exp_app_1)))
 (let ((?x7387 (+ ?x4178 (* sum_n_13 exp_app_1))))
 (let ((?x3675 (/ 1.0 ?x7387)))
 (let ((?x6680 (/ ?x4178 ?x7387)))
 (let (($x1289 (= 0.0 (+ ?x6680 (* sum_n_13 exp_app_1 ?x3675)))))
 (let (($x6776 (and (= 0.0 (+ (* ?x6680 p_i_t) (* sum_n_14 exp_app_1 ?x3675))) $x1289)))
 (not (or (and (not $x6776) $x1289) $x6776)))))))))
(assert
 (let ((?x4178 (* exp_app_0 exp_app_1)))
 (let ((?x7387 (+ ?x4178 (* sum_n_13 exp_app_1))))
 (let ((?x3675 (/ 1.0 ?x7387)))
 (let ((?x6680 (/ ?x4178 ?x7387)))
 (let (($x1289 (= 0.0 (+ ?x6680 (* sum_n_13 exp_app_1 ?x3675)))))
 (let (($x6776 (and (= 0.0 (+ (* ?x6680 p_i_t) (* sum_n_14 exp_app_1 ?x3675))) $x1289)))
 (let (($x4558 (not (or (and (not $x6776) $x1289) $x6776))))
 (let (($x8384 (= 0.0 p_J_t)))
 (let (($x8475 (= 0.0 ?x7387)))
 (let (($x7818 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x8475)) $x8475)))
 (let (($x813 (and (= 0.0 (* exp_app_2 exp_app_1)) $x8475)))
 (let (($x1628 (or $x813 (and $x7818 $x8384))))
 (let (($x5190 (> 0.0 p_J_t)))
 (let (($x5061 (not (or $x7818 $x813))))
 (let (($x763 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x7387))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x7387)))))
 (let (($x7106 (ite $x8475 zero_is_negative!9056 $x763)))
 (let (($x7284 (or (and $x7818 (not $x7106)) (and $x5061 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x7387))))))
 (let (($x6908 (< 0.0 p_J_t)))
 (let (($x12 (or (and $x7818 $x7106) (and $x5061 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x7387))))))
 (let (($x5448 (or (and $x12 $x6908) (and $x7284 $x5190))))
 (let (($x7331 (and (not $x1628) $x7818)))
 (let (($x150 (= 0.0 ?x4178)))
 (let (($x7371 (and $x150 $x8475)))
 (let (($x5378 (or $x7371 (and (and (not $x7371) $x8475) (= 0.0 p_i_t)))))
 (let (($x3812 (> 0.0 p_i_t)))
 (let (($x3543 (or (and (< 0.0 ?x4178) (not (> 0.0 ?x7387))) (and (> 0.0 ?x4178) (> 0.0 ?x7387)))))
 (let (($x7041 (ite $x8475 zero_is_negative!9055 $x3543)))
 (let (($x4072 (and (not $x7371) $x8475)))
 (let (($x5050 (or (and $x4072 (not $x7041)) (and (not (or $x4072 $x7371)) (> 0.0 ?x6680)))))
 (let (($x8456 (< 0.0 p_i_t)))
 (let (($x7237 (and (or (and $x4072 $x7041) (and (not (or $x4072 $x7371)) (< 0.0 ?x6680))) $x8456)))
 (let (($x8086 (or $x7237 (and $x5050 $x3812))))
 (let (($x1273 (and (not $x5378) $x4072)))
 (let (($x3315 (and (not (or (or (and $x1273 $x8086) (and $x1273 (not $x8086))) $x5378)) (not (or (or (and $x7331 $x5448) (and $x7331 (not $x5448))) $x1628)) $x4558)))
 (not $x3315))))))))))))))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1871 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1871)))
(assert
 (let (($x75 (<= exp_app_0 1.0)))
 (let (($x7048 (<= b_i 0.0)))
 (=> $x7048 $x75))))
(assert
 (let (($x8236 (< b_i 1.0)))
 (=> $x8236 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x6109 (= n 1.0)))
 (let ((?x5993 (ite (or $x6109 (and (not $x6109) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6099 (* (- 1.0) ?x5993)))
 (let ((?x3999 (+ 1.0 ?x6099)))
 (>= exp_app_1 ?x3999))))))
(assert
 (let (($x2917 (<= exp_app_1 1.0)))
 (let (($x6109 (= n 1.0)))
 (let ((?x5993 (ite (or $x6109 (and (not $x6109) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6099 (* (- 1.0) ?x5993)))
 (let (($x50 (<= ?x6099 0.0)))
 (=> $x50 $x2917)))))))
(assert
 (let (($x6109 (= n 1.0)))
 (let ((?x5993 (ite (or $x6109 (and (not $x6109) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6099 (* (- 1.0) ?x5993)))
 (let ((?x2247 (- 1.0 ?x6099)))
 (let (($x6750 (< ?x6099 1.0)))
 (=> $x6750 (<= (* exp_app_1 ?x2247) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x5798 (+ 1.0 b_J)))
 (>= exp_app_2 ?x5798)))
(assert
 (let (($x2403 (<= exp_app_2 1.0)))
 (let (($x8081 (<= b_J 0.0)))
 (=> $x8081 $x2403))))
(assert
 (let (($x2436 (< b_J 1.0)))
 (=> $x2436 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x6109 (= n 1.0)))
 (let ((?x5993 (ite (or $x6109 (and (not $x6109) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6099 (* (- 1.0) ?x5993)))
 (let (($x359 (< b_i ?x6099)))
 (=> $x359 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x6109 (= n 1.0)))
 (let ((?x5993 (ite (or $x6109 (and (not $x6109) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6099 (* (- 1.0) ?x5993)))
 (let (($x3763 (< ?x6099 b_i)))
 (=> $x3763 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2274 (< b_i b_J)))
 (=> $x2274 (< exp_app_0 exp_app_2))))
(assert
 (let (($x4212 (< b_J b_i)))
 (=> $x4212 (< exp_app_2 exp_app_0))))
(assert
 (let (($x6109 (= n 1.0)))
 (let ((?x5993 (ite (or $x6109 (and (not $x6109) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6099 (* (- 1.0) ?x5993)))
 (let (($x6594 (< ?x6099 b_J)))
 (=> $x6594 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x6109 (= n 1.0)))
 (let ((?x5993 (ite (or $x6109 (and (not $x6109) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6099 (* (- 1.0) ?x5993)))
 (let (($x8153 (< b_J ?x6099)))
 (=> $x8153 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x4904 (= exp_app_0 exp_app_1)))
 (let (($x6109 (= n 1.0)))
 (let ((?x5993 (ite (or $x6109 (and (not $x6109) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6099 (* (- 1.0) ?x5993)))
 (=> (= b_i ?x6099) $x4904))))))
(assert
 (let (($x2674 (= exp_app_0 exp_app_2)))
 (let (($x259 (= b_i b_J)))
 (=> $x259 $x2674))))
(assert
 (let (($x3628 (= exp_app_1 exp_app_2)))
(let (($x6109 (= n 1.0)))
(let ((?x5993 (ite (or $x6109 (and (not $x6109) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x6099 (* (- 1.0) ?x5993)))
(=> (= ?x6099 b_J) $x3628))))))
(check-sat)
