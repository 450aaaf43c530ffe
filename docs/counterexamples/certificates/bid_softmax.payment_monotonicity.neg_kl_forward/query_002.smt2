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
(declare-fun zero_is_negative!8340 () Bool)
(declare-fun zero_is_negative!8339 () Bool)
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
 (let (($x8475 (>= ?x3862 1.0)))
 (=> $x8475 (>= max_n_12 b_J)))))
(assert
 (let (($x5202 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x8475 (>= ?x3862 1.0)))
 (=> $x8475 $x5202)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x8475 (>= ?x3862 1.0)))
 (=> $x8475 (> sum_n_13 0.0)))))
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
 (let ((?x5819 (* sum_n_13 exp_app_1)))
 (let ((?x6370 (* exp_app_0 exp_app_1)))
 (let ((?x626 (+ ?x6370 ?x5819)))
 (let ((?x7072 (/ 1.0 ?x626)))
 (let ((?x2186 (/ ?x6370 ?x626)))
 (let (($x6291 (= 0.0 (+ ?x2186 (* sum_n_13 exp_app_1 ?x7072)))))
 (let (($x3675 (and (= 0.0 (+ (* ?x2186 p_i_t) (* sum_n_14 exp_app_1 ?x7072))) $x6291)))
 (not (or (and (not $x3675) $x6291) $x3675))))))))))
(assert
 (let ((?x5819 (* sum_n_13 exp_app_1)))
 (let ((?x6370 (* exp_app_0 exp_app_1)))
 (let ((?x626 (+ ?x6370 ?x5819)))
 (let ((?x7072 (/ 1.0 ?x626)))
 (let ((?x2186 (/ ?x6370 ?x626)))
 (let (($x6291 (= 0.0 (+ ?x2186 (* sum_n_13 exp_app_1 ?x7072)))))
 (let (($x3675 (and (= 0.0 (+ (* ?x2186 p_i_t) (* sum_n_14 exp_app_1 ?x7072))) $x6291)))
 (let (($x5798 (not (or (and (not $x3675) $x6291) $x3675))))
 (let (($x6091 (= 0.0 p_J_t)))
 (let (($x3429 (= 0.0 ?x626)))
 (let (($x2120 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x3429)) $x3429)))
 (let (($x2016 (and (= 0.0 (* exp_app_2 exp_app_1)) $x3429)))
 (let (($x1200 (or $x2016 (and $x2120 $x6091))))
 (let (($x3315 (> 0.0 p_J_t)))
 (let (($x4536 (not (or $x2120 $x2016))))
 (let (($x4435 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x626))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x626)))))
 (let (($x6992 (ite $x3429 zero_is_negative!8340 $x4435)))
 (let (($x6985 (or (and $x2120 (not $x6992)) (and $x4536 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x626))))))
 (let (($x5747 (< 0.0 p_J_t)))
 (let (($x2795 (or (and $x2120 $x6992) (and $x4536 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x626))))))
 (let (($x3343 (or (and $x2795 $x5747) (and $x6985 $x3315))))
 (let (($x518 (and (not $x1200) $x2120)))
 (let (($x3749 (= 0.0 ?x6370)))
 (let (($x864 (and $x3749 $x3429)))
 (let (($x528 (or $x864 (and (and (not $x864) $x3429) (= 0.0 p_i_t)))))
 (let (($x6728 (> 0.0 p_i_t)))
 (let (($x3789 (or (and (< 0.0 ?x6370) (not (> 0.0 ?x626))) (and (> 0.0 ?x6370) (> 0.0 ?x626)))))
 (let (($x1883 (ite $x3429 zero_is_negative!8339 $x3789)))
 (let (($x4126 (and (not $x864) $x3429)))
 (let (($x430 (or (and $x4126 (not $x1883)) (and (not (or $x4126 $x864)) (> 0.0 ?x2186)))))
 (let (($x419 (< 0.0 p_i_t)))
 (let (($x3830 (and (or (and $x4126 $x1883) (and (not (or $x4126 $x864)) (< 0.0 ?x2186))) $x419)))
 (let (($x75 (or $x3830 (and $x430 $x6728))))
 (let (($x2567 (and (not $x528) $x4126)))
 (let (($x7048 (and (not (or (or (and $x2567 $x75) (and $x2567 (not $x75))) $x528)) (not (or (or (and $x518 $x3343) (and $x518 (not $x3343))) $x1200)) $x5798)))
 (not $x7048)))))))))))))))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x8120 (+ 1.0 b_i)))
 (>= exp_app_0 ?x8120)))
(assert
 (let (($x3162 (<= exp_app_0 1.0)))
 (let (($x6138 (<= b_i 0.0)))
 (=> $x6138 $x3162))))
(assert
 (let (($x4315 (< b_i 1.0)))
 (=> $x4315 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x8406 (= n 1.0)))
 (let ((?x7219 (ite (or $x8406 (and (not $x8406) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x728 (* (- 1.0) ?x7219)))
 (let ((?x5334 (+ 1.0 ?x728)))
 (>= exp_app_1 ?x5334))))))
(assert
 (let (($x2794 (<= exp_app_1 1.0)))
 (let (($x8406 (= n 1.0)))
 (let ((?x7219 (ite (or $x8406 (and (not $x8406) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x728 (* (- 1.0) ?x7219)))
 (let (($x7252 (<= ?x728 0.0)))
 (=> $x7252 $x2794)))))))
(assert
 (let (($x8406 (= n 1.0)))
 (let ((?x7219 (ite (or $x8406 (and (not $x8406) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x728 (* (- 1.0) ?x7219)))
 (let ((?x319 (- 1.0 ?x728)))
 (let (($x8521 (< ?x728 1.0)))
 (=> $x8521 (<= (* exp_app_1 ?x319) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1935 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1935)))
(assert
 (let (($x948 (<= exp_app_2 1.0)))
 (let (($x4382 (<= b_J 0.0)))
 (=> $x4382 $x948))))
(assert
 (let (($x4750 (< b_J 1.0)))
 (=> $x4750 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x8406 (= n 1.0)))
 (let ((?x7219 (ite (or $x8406 (and (not $x8406) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x728 (* (- 1.0) ?x7219)))
 (let (($x5043 (< b_i ?x728)))
 (=> $x5043 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x8406 (= n 1.0)))
 (let ((?x7219 (ite (or $x8406 (and (not $x8406) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x728 (* (- 1.0) ?x7219)))
 (let (($x256 (< ?x728 b_i)))
 (=> $x256 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x653 (< b_i b_J)))
 (=> $x653 (< exp_app_0 exp_app_2))))
(assert
 (let (($x3221 (< b_J b_i)))
 (=> $x3221 (< exp_app_2 exp_app_0))))
(assert
 (let (($x8406 (= n 1.0)))
 (let ((?x7219 (ite (or $x8406 (and (not $x8406) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x728 (* (- 1.0) ?x7219)))
 (let (($x461 (< ?x728 b_J)))
 (=> $x461 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x8406 (= n 1.0)))
 (let ((?x7219 (ite (or $x8406 (and (not $x8406) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x728 (* (- 1.0) ?x7219)))
 (let (($x4573 (< b_J ?x728)))
 (=> $x4573 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1939 (= exp_app_0 exp_app_1)))
 (let (($x8406 (= n 1.0)))
 (let ((?x7219 (ite (or $x8406 (and (not $x8406) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x728 (* (- 1.0) ?x7219)))
 (=> (= b_i ?x728) $x1939))))))
(assert
 (let (($x6017 (= exp_app_0 exp_app_2)))
 (let (($x1252 (= b_i b_J)))
 (=> $x1252 $x6017))))
(assert
 (let (($x1868 (= exp_app_1 exp_app_2)))
(let (($x8406 (= n 1.0)))
(let ((?x7219 (ite (or $x8406 (and (not $x8406) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x728 (* (- 1.0) ?x7219)))
(=> (= ?x728 b_J) $x1868))))))
(check-sat)
