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
(declare-fun zero_is_negative!7723 () Bool)
(declare-fun zero_is_negative!7722 () Bool)
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
 (let ((?x982 (- n 1.0)))
 (let (($x3284 (>= ?x982 1.0)))
 (=> $x3284 (>= max_n_12 b_J)))))
(assert
 (let (($x637 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x3284 (>= ?x982 1.0)))
 (=> $x3284 $x637)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x3284 (>= ?x982 1.0)))
 (=> $x3284 (> sum_n_13 0.0)))))
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
 (let ((?x38 (* exp_app_0 exp_app_1)))
 (let ((?x3780 (+ ?x38 (* sum_n_13 exp_app_1))))
 (let ((?x1525 (/ 1.0 ?x3780)))
 (let ((?x1308 (* sum_n_13 exp_app_1 ?x1525)))
 (let ((?x2769 (/ ?x38 ?x3780)))
 (let ((?x303 (+ ?x2769 ?x1308)))
 (let (($x1946 (= 0.0 ?x303)))
 (let (($x3371 (and (= 0.0 (+ (* ?x2769 p_i_t) (* sum_n_14 exp_app_1 ?x1525))) $x1946)))
 (not (or (and (not $x3371) $x1946) $x3371)))))))))))
(assert
 (let ((?x38 (* exp_app_0 exp_app_1)))
 (let ((?x3780 (+ ?x38 (* sum_n_13 exp_app_1))))
 (let ((?x1525 (/ 1.0 ?x3780)))
 (let ((?x1308 (* sum_n_13 exp_app_1 ?x1525)))
 (let ((?x2769 (/ ?x38 ?x3780)))
 (let ((?x303 (+ ?x2769 ?x1308)))
 (let (($x1946 (= 0.0 ?x303)))
 (let (($x3371 (and (= 0.0 (+ (* ?x2769 p_i_t) (* sum_n_14 exp_app_1 ?x1525))) $x1946)))
 (let (($x444 (not (or (and (not $x3371) $x1946) $x3371))))
 (let (($x1393 (= 0.0 p_J_t)))
 (let (($x2643 (= 0.0 ?x3780)))
 (let (($x1239 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x2643)) $x2643)))
 (let (($x1309 (and (= 0.0 (* exp_app_2 exp_app_1)) $x2643)))
 (let (($x3300 (or $x1309 (and $x1239 $x1393))))
 (let (($x2673 (> 0.0 p_J_t)))
 (let (($x1906 (not (or $x1239 $x1309))))
 (let (($x1897 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x3780))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x3780)))))
 (let (($x1950 (ite $x2643 zero_is_negative!7723 $x1897)))
 (let (($x260 (or (and $x1239 (not $x1950)) (and $x1906 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x3780))))))
 (let (($x3385 (< 0.0 p_J_t)))
 (let (($x1605 (or (and $x1239 $x1950) (and $x1906 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x3780))))))
 (let (($x2906 (or (and $x1605 $x3385) (and $x260 $x2673))))
 (let (($x221 (and (not $x3300) $x1239)))
 (let (($x2135 (= 0.0 ?x38)))
 (let (($x2404 (and $x2135 $x2643)))
 (let (($x1268 (or $x2404 (and (and (not $x2404) $x2643) (= 0.0 p_i_t)))))
 (let (($x740 (> 0.0 p_i_t)))
 (let (($x341 (or (and (< 0.0 ?x38) (not (> 0.0 ?x3780))) (and (> 0.0 ?x38) (> 0.0 ?x3780)))))
 (let (($x2488 (ite $x2643 zero_is_negative!7722 $x341)))
 (let (($x544 (and (not $x2404) $x2643)))
 (let (($x897 (or (and $x544 (not $x2488)) (and (not (or $x544 $x2404)) (> 0.0 ?x2769)))))
 (let (($x181 (< 0.0 p_i_t)))
 (let (($x5110 (and (or (and $x544 $x2488) (and (not (or $x544 $x2404)) (< 0.0 ?x2769))) $x181)))
 (let (($x151 (or $x5110 (and $x897 $x740))))
 (let (($x1207 (and (not $x1268) $x544)))
 (let (($x2538 (and (not (or (or (and $x1207 $x151) (and $x1207 (not $x151))) $x1268)) (not (or (or (and $x221 $x2906) (and $x221 (not $x2906))) $x3300)) $x444)))
 (let (($x622 (not $x2538)))
 (not $x622)))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x38 (* exp_app_0 exp_app_1)))
 (let ((?x3780 (+ ?x38 (* sum_n_13 exp_app_1))))
 (let ((?x1525 (/ 1.0 ?x3780)))
 (let ((?x1308 (* sum_n_13 exp_app_1 ?x1525)))
 (let ((?x2769 (/ ?x38 ?x3780)))
 (let ((?x303 (+ ?x2769 ?x1308)))
 (let ((?x837 (+ (* ?x2769 p_i_t) (* sum_n_14 exp_app_1 ?x1525))))
 (let (($x3038 (< (/ ?x837 ?x303) 0.0)))
 (not $x3038))))))))))
(assert
 (let ((?x38 (* exp_app_0 exp_app_1)))
 (let ((?x3780 (+ ?x38 (* sum_n_13 exp_app_1))))
 (let ((?x1525 (/ 1.0 ?x3780)))
 (let ((?x1308 (* sum_n_13 exp_app_1 ?x1525)))
 (let ((?x2769 (/ ?x38 ?x3780)))
 (let ((?x303 (+ ?x2769 ?x1308)))
 (let ((?x1445 (+ (* ?x2769 1.0) ?x1308)))
 (let (($x1946 (= 0.0 ?x303)))
 (let (($x1521 (and (= 0.0 ?x1445) $x1946)))
 (or (not (not (or (and (not $x1521) $x1946) $x1521))) (and (distinct (/ ?x1445 ?x303) 1.0) true))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1293 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1293)))
(assert
 (let (($x1935 (<= exp_app_0 1.0)))
 (let (($x225 (<= b_i 0.0)))
 (=> $x225 $x1935))))
(assert
 (let (($x3448 (< b_i 1.0)))
 (=> $x3448 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x2840 (= n 1.0)))
 (let ((?x901 (ite (or $x2840 (and (not $x2840) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1710 (* (- 1.0) ?x901)))
 (let ((?x2010 (+ 1.0 ?x1710)))
 (>= exp_app_1 ?x2010))))))
(assert
 (let (($x3336 (<= exp_app_1 1.0)))
 (let (($x2840 (= n 1.0)))
 (let ((?x901 (ite (or $x2840 (and (not $x2840) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1710 (* (- 1.0) ?x901)))
 (let (($x250 (<= ?x1710 0.0)))
 (=> $x250 $x3336)))))))
(assert
 (let (($x2840 (= n 1.0)))
 (let ((?x901 (ite (or $x2840 (and (not $x2840) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1710 (* (- 1.0) ?x901)))
 (let ((?x415 (- 1.0 ?x1710)))
 (let (($x2118 (< ?x1710 1.0)))
 (=> $x2118 (<= (* exp_app_1 ?x415) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1425 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1425)))
(assert
 (let (($x2218 (<= exp_app_2 1.0)))
 (let (($x53 (<= b_J 0.0)))
 (=> $x53 $x2218))))
(assert
 (let (($x3332 (< b_J 1.0)))
 (=> $x3332 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x2840 (= n 1.0)))
 (let ((?x901 (ite (or $x2840 (and (not $x2840) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1710 (* (- 1.0) ?x901)))
 (let (($x2434 (< b_i ?x1710)))
 (=> $x2434 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x2840 (= n 1.0)))
 (let ((?x901 (ite (or $x2840 (and (not $x2840) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1710 (* (- 1.0) ?x901)))
 (let (($x3444 (< ?x1710 b_i)))
 (=> $x3444 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x605 (< b_i b_J)))
 (=> $x605 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1073 (< b_J b_i)))
 (=> $x1073 (< exp_app_2 exp_app_0))))
(assert
 (let (($x2840 (= n 1.0)))
 (let ((?x901 (ite (or $x2840 (and (not $x2840) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1710 (* (- 1.0) ?x901)))
 (let (($x1845 (< ?x1710 b_J)))
 (=> $x1845 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x2840 (= n 1.0)))
 (let ((?x901 (ite (or $x2840 (and (not $x2840) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1710 (* (- 1.0) ?x901)))
 (let (($x1654 (< b_J ?x1710)))
 (=> $x1654 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x3319 (= exp_app_0 exp_app_1)))
 (let (($x2840 (= n 1.0)))
 (let ((?x901 (ite (or $x2840 (and (not $x2840) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1710 (* (- 1.0) ?x901)))
 (=> (= b_i ?x1710) $x3319))))))
(assert
 (let (($x1208 (= exp_app_0 exp_app_2)))
 (let (($x2439 (= b_i b_J)))
 (=> $x2439 $x1208))))
(assert
 (let (($x236 (= exp_app_1 exp_app_2)))
(let (($x2840 (= n 1.0)))
(let ((?x901 (ite (or $x2840 (and (not $x2840) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x1710 (* (- 1.0) ?x901)))
(=> (= ?x1710 b_J) $x236))))))
(check-sat)
