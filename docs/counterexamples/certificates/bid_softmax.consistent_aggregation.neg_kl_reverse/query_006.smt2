; bid_softmax, every n and k: the outputs sum to 1 wherever q(t) is finite
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
(declare-fun zero_is_negative!7731 () Bool)
(declare-fun zero_is_negative!7730 () Bool)
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
 (let ((?x2361 (- n 1.0)))
 (let (($x1583 (>= ?x2361 1.0)))
 (=> $x1583 (>= max_n_12 b_J)))))
(assert
 (let (($x2787 (>= max_n_12 0.0)))
 (let ((?x2361 (- n 1.0)))
 (let (($x1583 (>= ?x2361 1.0)))
 (=> $x1583 $x2787)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x2361 (- n 1.0)))
 (let (($x1583 (>= ?x2361 1.0)))
 (=> $x1583 (> sum_n_13 0.0)))))
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
 (let ((?x1965 (* exp_app_0 exp_app_1)))
 (let ((?x360 (+ ?x1965 (* sum_n_13 exp_app_1))))
 (let ((?x1768 (/ 1.0 ?x360)))
 (let ((?x2649 (* sum_n_13 exp_app_1 ?x1768)))
 (let ((?x84 (/ ?x1965 ?x360)))
 (let ((?x280 (+ ?x84 ?x2649)))
 (let (($x1850 (= 0.0 ?x280)))
 (let (($x2334 (and (= 0.0 (+ (* ?x84 p_i_t) (* sum_n_14 exp_app_1 ?x1768))) $x1850)))
 (not (or (and (not $x2334) $x1850) $x2334)))))))))))
(assert
 (let ((?x1965 (* exp_app_0 exp_app_1)))
 (let ((?x360 (+ ?x1965 (* sum_n_13 exp_app_1))))
 (let ((?x1768 (/ 1.0 ?x360)))
 (let ((?x2649 (* sum_n_13 exp_app_1 ?x1768)))
 (let ((?x84 (/ ?x1965 ?x360)))
 (let ((?x280 (+ ?x84 ?x2649)))
 (let (($x1850 (= 0.0 ?x280)))
 (let (($x2334 (and (= 0.0 (+ (* ?x84 p_i_t) (* sum_n_14 exp_app_1 ?x1768))) $x1850)))
 (let (($x264 (not (or (and (not $x2334) $x1850) $x2334))))
 (let (($x1527 (= 0.0 p_J_t)))
 (let (($x2716 (= 0.0 ?x360)))
 (let (($x3163 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x2716)) $x2716)))
 (let (($x1226 (and (= 0.0 (* exp_app_2 exp_app_1)) $x2716)))
 (let (($x2568 (or $x1226 (and $x3163 $x1527))))
 (let (($x239 (> 0.0 p_J_t)))
 (let (($x1984 (not (or $x3163 $x1226))))
 (let (($x2280 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x360))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x360)))))
 (let (($x15 (ite $x2716 zero_is_negative!7731 $x2280)))
 (let (($x957 (or (and $x3163 (not $x15)) (and $x1984 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x360))))))
 (let (($x2465 (< 0.0 p_J_t)))
 (let (($x495 (or (and $x3163 $x15) (and $x1984 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x360))))))
 (let (($x1946 (or (and $x495 $x2465) (and $x957 $x239))))
 (let (($x3549 (and (not $x2568) $x3163)))
 (let (($x2784 (= 0.0 ?x1965)))
 (let (($x2984 (and $x2784 $x2716)))
 (let (($x2263 (or $x2984 (and (and (not $x2984) $x2716) (= 0.0 p_i_t)))))
 (let (($x2360 (> 0.0 p_i_t)))
 (let (($x233 (or (and (< 0.0 ?x1965) (not (> 0.0 ?x360))) (and (> 0.0 ?x1965) (> 0.0 ?x360)))))
 (let (($x2771 (ite $x2716 zero_is_negative!7730 $x233)))
 (let (($x251 (and (not $x2984) $x2716)))
 (let (($x3462 (or (and $x251 (not $x2771)) (and (not (or $x251 $x2984)) (> 0.0 ?x84)))))
 (let (($x2166 (< 0.0 p_i_t)))
 (let (($x25 (and (or (and $x251 $x2771) (and (not (or $x251 $x2984)) (< 0.0 ?x84))) $x2166)))
 (let (($x684 (or $x25 (and $x3462 $x2360))))
 (let (($x1505 (and (not $x2263) $x251)))
 (let (($x1564 (and (not (or (or (and $x1505 $x684) (and $x1505 (not $x684))) $x2263)) (not (or (or (and $x3549 $x1946) (and $x3549 (not $x1946))) $x2568)) $x264)))
 (let (($x836 (not $x1564)))
 (not $x836)))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1965 (* exp_app_0 exp_app_1)))
 (let ((?x360 (+ ?x1965 (* sum_n_13 exp_app_1))))
 (let ((?x1768 (/ 1.0 ?x360)))
 (let ((?x2649 (* sum_n_13 exp_app_1 ?x1768)))
 (let ((?x84 (/ ?x1965 ?x360)))
 (let ((?x280 (+ ?x84 ?x2649)))
 (let ((?x844 (* ?x84 p_i_t)))
 (let ((?x1485 (+ ?x844 (* sum_n_14 exp_app_1 ?x1768))))
 (let (($x1855 (< (/ ?x1485 ?x280) 0.0)))
 (not $x1855)))))))))))
(assert
 (let ((?x1965 (* exp_app_0 exp_app_1)))
 (let ((?x360 (+ ?x1965 (* sum_n_13 exp_app_1))))
 (let ((?x1768 (/ 1.0 ?x360)))
 (let ((?x2649 (* sum_n_13 exp_app_1 ?x1768)))
 (let ((?x84 (/ ?x1965 ?x360)))
 (let ((?x280 (+ ?x84 ?x2649)))
 (let ((?x1731 (+ (* ?x84 1.0) ?x2649)))
 (let (($x1850 (= 0.0 ?x280)))
 (let (($x2907 (and (= 0.0 ?x1731) $x1850)))
 (or (not (not (or (and (not $x2907) $x1850) $x2907))) (and (distinct (/ ?x1731 ?x280) 1.0) true))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x2297 (+ 1.0 b_i)))
 (>= exp_app_0 ?x2297)))
(assert
 (let (($x2336 (<= exp_app_0 1.0)))
 (let (($x1043 (<= b_i 0.0)))
 (=> $x1043 $x2336))))
(assert
 (let (($x972 (< b_i 1.0)))
 (=> $x972 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1992 (= n 1.0)))
 (let ((?x1689 (ite (or $x1992 (and (not $x1992) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1082 (* (- 1.0) ?x1689)))
 (let ((?x794 (+ 1.0 ?x1082)))
 (>= exp_app_1 ?x794))))))
(assert
 (let (($x641 (<= exp_app_1 1.0)))
 (let (($x1992 (= n 1.0)))
 (let ((?x1689 (ite (or $x1992 (and (not $x1992) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1082 (* (- 1.0) ?x1689)))
 (let (($x3325 (<= ?x1082 0.0)))
 (=> $x3325 $x641)))))))
(assert
 (let (($x1992 (= n 1.0)))
 (let ((?x1689 (ite (or $x1992 (and (not $x1992) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1082 (* (- 1.0) ?x1689)))
 (let ((?x869 (- 1.0 ?x1082)))
 (let (($x2304 (< ?x1082 1.0)))
 (=> $x2304 (<= (* exp_app_1 ?x869) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1078 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1078)))
(assert
 (let (($x736 (<= exp_app_2 1.0)))
 (let (($x2088 (<= b_J 0.0)))
 (=> $x2088 $x736))))
(assert
 (let (($x629 (< b_J 1.0)))
 (=> $x629 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x1992 (= n 1.0)))
 (let ((?x1689 (ite (or $x1992 (and (not $x1992) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1082 (* (- 1.0) ?x1689)))
 (let (($x2288 (< b_i ?x1082)))
 (=> $x2288 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1992 (= n 1.0)))
 (let ((?x1689 (ite (or $x1992 (and (not $x1992) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1082 (* (- 1.0) ?x1689)))
 (let (($x2991 (< ?x1082 b_i)))
 (=> $x2991 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x3255 (< b_i b_J)))
 (=> $x3255 (< exp_app_0 exp_app_2))))
(assert
 (let (($x2761 (< b_J b_i)))
 (=> $x2761 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1992 (= n 1.0)))
 (let ((?x1689 (ite (or $x1992 (and (not $x1992) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1082 (* (- 1.0) ?x1689)))
 (let (($x522 (< ?x1082 b_J)))
 (=> $x522 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1992 (= n 1.0)))
 (let ((?x1689 (ite (or $x1992 (and (not $x1992) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1082 (* (- 1.0) ?x1689)))
 (let (($x2153 (< b_J ?x1082)))
 (=> $x2153 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x2606 (= exp_app_0 exp_app_1)))
 (let (($x1992 (= n 1.0)))
 (let ((?x1689 (ite (or $x1992 (and (not $x1992) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1082 (* (- 1.0) ?x1689)))
 (=> (= b_i ?x1082) $x2606))))))
(assert
 (let (($x682 (= exp_app_0 exp_app_2)))
 (let (($x689 (= b_i b_J)))
 (=> $x689 $x682))))
(assert
 (let (($x1482 (= exp_app_1 exp_app_2)))
(let (($x1992 (= n 1.0)))
(let ((?x1689 (ite (or $x1992 (and (not $x1992) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x1082 (* (- 1.0) ?x1689)))
(=> (= ?x1082 b_J) $x1482))))))
(check-sat)
