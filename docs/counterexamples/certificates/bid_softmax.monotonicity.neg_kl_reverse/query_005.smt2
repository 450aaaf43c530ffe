; bid_softmax, every n and k: q(t) >= 0 wherever q(t) is finite
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
(declare-fun zero_is_negative!7772 () Bool)
(declare-fun zero_is_negative!7771 () Bool)
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
 (let (($x1400 (>= ?x3862 1.0)))
 (=> $x1400 (>= max_n_12 b_J)))))
(assert
 (let (($x2137 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x1400 (>= ?x3862 1.0)))
 (=> $x1400 $x2137)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x1400 (>= ?x3862 1.0)))
 (=> $x1400 (> sum_n_13 0.0)))))
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
 (let ((?x5312 (* exp_app_0 exp_app_1)))
 (let ((?x3201 (+ ?x5312 (* sum_n_13 exp_app_1))))
 (let ((?x4753 (/ 1.0 ?x3201)))
 (let ((?x4240 (/ ?x5312 ?x3201)))
 (let ((?x397 (+ ?x4240 (* sum_n_13 exp_app_1 ?x4753))))
 (let (($x5879 (= 0.0 ?x397)))
 (let (($x5539 (and (= 0.0 (+ (* ?x4240 p_i_t) (* sum_n_14 exp_app_1 ?x4753))) $x5879)))
 (not (or (and (not $x5539) $x5879) $x5539))))))))))
(assert
 (let ((?x5312 (* exp_app_0 exp_app_1)))
 (let ((?x3201 (+ ?x5312 (* sum_n_13 exp_app_1))))
 (let ((?x4753 (/ 1.0 ?x3201)))
 (let ((?x4240 (/ ?x5312 ?x3201)))
 (let ((?x397 (+ ?x4240 (* sum_n_13 exp_app_1 ?x4753))))
 (let (($x5879 (= 0.0 ?x397)))
 (let (($x5539 (and (= 0.0 (+ (* ?x4240 p_i_t) (* sum_n_14 exp_app_1 ?x4753))) $x5879)))
 (let (($x1689 (not (or (and (not $x5539) $x5879) $x5539))))
 (let (($x7639 (= 0.0 p_J_t)))
 (let (($x1675 (= 0.0 ?x3201)))
 (let (($x2768 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x1675)) $x1675)))
 (let (($x5007 (and (= 0.0 (* exp_app_2 exp_app_1)) $x1675)))
 (let (($x3401 (or $x5007 (and $x2768 $x7639))))
 (let (($x3618 (> 0.0 p_J_t)))
 (let (($x3730 (not (or $x2768 $x5007))))
 (let (($x7026 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x3201))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x3201)))))
 (let (($x5227 (ite $x1675 zero_is_negative!7772 $x7026)))
 (let (($x4017 (or (and $x2768 (not $x5227)) (and $x3730 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x3201))))))
 (let (($x5372 (< 0.0 p_J_t)))
 (let (($x5709 (or (and $x2768 $x5227) (and $x3730 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x3201))))))
 (let (($x2826 (or (and $x5709 $x5372) (and $x4017 $x3618))))
 (let (($x602 (and (not $x3401) $x2768)))
 (let (($x3096 (= 0.0 ?x5312)))
 (let (($x6139 (and $x3096 $x1675)))
 (let (($x117 (or $x6139 (and (and (not $x6139) $x1675) (= 0.0 p_i_t)))))
 (let (($x6033 (> 0.0 p_i_t)))
 (let (($x1881 (or (and (< 0.0 ?x5312) (not (> 0.0 ?x3201))) (and (> 0.0 ?x5312) (> 0.0 ?x3201)))))
 (let (($x8338 (ite $x1675 zero_is_negative!7771 $x1881)))
 (let (($x7538 (and (not $x6139) $x1675)))
 (let (($x6624 (or (and $x7538 (not $x8338)) (and (not (or $x7538 $x6139)) (> 0.0 ?x4240)))))
 (let (($x864 (< 0.0 p_i_t)))
 (let (($x6159 (and (or (and $x7538 $x8338) (and (not (or $x7538 $x6139)) (< 0.0 ?x4240))) $x864)))
 (let (($x5687 (or $x6159 (and $x6624 $x6033))))
 (let (($x6894 (and (not $x117) $x7538)))
 (let (($x4454 (and (not (or (or (and $x6894 $x5687) (and $x6894 (not $x5687))) $x117)) (not (or (or (and $x602 $x2826) (and $x602 (not $x2826))) $x3401)) $x1689)))
 (let (($x6985 (not $x4454)))
 (not $x6985))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x5312 (* exp_app_0 exp_app_1)))
 (let ((?x3201 (+ ?x5312 (* sum_n_13 exp_app_1))))
 (let ((?x4753 (/ 1.0 ?x3201)))
 (let ((?x4240 (/ ?x5312 ?x3201)))
 (let ((?x397 (+ ?x4240 (* sum_n_13 exp_app_1 ?x4753))))
 (let ((?x4370 (+ (* ?x4240 p_i_t) (* sum_n_14 exp_app_1 ?x4753))))
 (< (/ ?x4370 ?x397) 0.0))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x3397 (+ 1.0 b_i)))
 (>= exp_app_0 ?x3397)))
(assert
 (let (($x5298 (<= exp_app_0 1.0)))
 (let (($x39 (<= b_i 0.0)))
 (=> $x39 $x5298))))
(assert
 (let (($x3606 (< b_i 1.0)))
 (=> $x3606 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x8578 (= n 1.0)))
 (let ((?x3510 (ite (or $x8578 (and (not $x8578) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1325 (* (- 1.0) ?x3510)))
 (let ((?x7545 (+ 1.0 ?x1325)))
 (>= exp_app_1 ?x7545))))))
(assert
 (let (($x8238 (<= exp_app_1 1.0)))
 (let (($x8578 (= n 1.0)))
 (let ((?x3510 (ite (or $x8578 (and (not $x8578) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1325 (* (- 1.0) ?x3510)))
 (let (($x3428 (<= ?x1325 0.0)))
 (=> $x3428 $x8238)))))))
(assert
 (let (($x8578 (= n 1.0)))
 (let ((?x3510 (ite (or $x8578 (and (not $x8578) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1325 (* (- 1.0) ?x3510)))
 (let ((?x1519 (- 1.0 ?x1325)))
 (let (($x4620 (< ?x1325 1.0)))
 (=> $x4620 (<= (* exp_app_1 ?x1519) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x8053 (+ 1.0 b_J)))
 (>= exp_app_2 ?x8053)))
(assert
 (let (($x3495 (<= exp_app_2 1.0)))
 (let (($x8414 (<= b_J 0.0)))
 (=> $x8414 $x3495))))
(assert
 (let (($x6225 (< b_J 1.0)))
 (=> $x6225 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x8578 (= n 1.0)))
 (let ((?x3510 (ite (or $x8578 (and (not $x8578) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1325 (* (- 1.0) ?x3510)))
 (let (($x4124 (< b_i ?x1325)))
 (=> $x4124 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x8578 (= n 1.0)))
 (let ((?x3510 (ite (or $x8578 (and (not $x8578) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1325 (* (- 1.0) ?x3510)))
 (let (($x2273 (< ?x1325 b_i)))
 (=> $x2273 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x7879 (< b_i b_J)))
 (=> $x7879 (< exp_app_0 exp_app_2))))
(assert
 (let (($x3184 (< b_J b_i)))
 (=> $x3184 (< exp_app_2 exp_app_0))))
(assert
 (let (($x8578 (= n 1.0)))
 (let ((?x3510 (ite (or $x8578 (and (not $x8578) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1325 (* (- 1.0) ?x3510)))
 (let (($x1280 (< ?x1325 b_J)))
 (=> $x1280 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x8578 (= n 1.0)))
 (let ((?x3510 (ite (or $x8578 (and (not $x8578) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1325 (* (- 1.0) ?x3510)))
 (let (($x6157 (< b_J ?x1325)))
 (=> $x6157 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x7870 (= exp_app_0 exp_app_1)))
 (let (($x8578 (= n 1.0)))
 (let ((?x3510 (ite (or $x8578 (and (not $x8578) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1325 (* (- 1.0) ?x3510)))
 (=> (= b_i ?x1325) $x7870))))))
(assert
 (let (($x7345 (= exp_app_0 exp_app_2)))
 (let (($x1292 (= b_i b_J)))
 (=> $x1292 $x7345))))
(assert
 (let (($x5289 (= exp_app_1 exp_app_2)))
(let (($x8578 (= n 1.0)))
(let ((?x3510 (ite (or $x8578 (and (not $x8578) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x1325 (* (- 1.0) ?x3510)))
(=> (= ?x1325 b_J) $x5289))))))
(check-sat)
