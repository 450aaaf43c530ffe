; bid_softmax, every n and k: no segment violation
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
(declare-fun x_raised () Real)
(declare-fun exp_app_4 () Real)
(declare-fun exp_app_3 () Real)
(declare-fun exp_app_1 () Real)
(declare-fun exp_app_0 () Real)
(declare-fun exp_app_2 () Real)
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
 (let (($x1629 (>= ?x982 1.0)))
 (=> $x1629 (>= max_n_12 b_J)))))
(assert
 (let (($x1973 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x1629 (>= ?x982 1.0)))
 (=> $x1629 $x1973)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x1629 (>= ?x982 1.0)))
 (=> $x1629 (> sum_n_13 0.0)))))
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
 (>= x_raised b_i))
(assert
 (let ((?x2300 (* exp_app_3 exp_app_4)))
 (let ((?x3516 (+ ?x2300 (* sum_n_13 exp_app_4))))
 (let ((?x354 (/ 1.0 ?x3516)))
 (let ((?x547 (/ ?x2300 ?x3516)))
 (let ((?x2538 (+ ?x547 (* sum_n_13 exp_app_4 ?x354))))
 (let (($x2173 (= 0.0 ?x2538)))
 (let (($x2912 (and (= 0.0 (+ (* ?x547 p_i_u) (* sum_n_15 exp_app_4 ?x354))) $x2173)))
 (let ((?x552 (* exp_app_0 exp_app_1)))
 (let ((?x2324 (+ ?x552 (* sum_n_13 exp_app_1))))
 (let ((?x3492 (/ 1.0 ?x2324)))
 (let ((?x2141 (/ ?x552 ?x2324)))
 (let ((?x1774 (+ ?x2141 (* sum_n_13 exp_app_1 ?x3492))))
 (let (($x780 (= 0.0 ?x1774)))
 (let (($x3224 (and (= 0.0 (+ (* ?x2141 p_i_u) (* sum_n_15 exp_app_1 ?x3492))) $x780)))
 (let (($x2351 (and (= 0.0 (+ (* ?x547 p_i_t) (* sum_n_14 exp_app_4 ?x354))) $x2173)))
 (let (($x1481 (and (= 0.0 (+ (* ?x2141 p_i_t) (* sum_n_14 exp_app_1 ?x3492))) $x780)))
 (let (($x3307 (and (not $x1481) $x780)))
 (and (not (or $x3307 $x1481)) (not (or (and (not $x2351) $x2173) $x2351)) (not (or (and (not $x3224) $x780) $x3224)) (not (or (and (not $x2912) $x2173) $x2912)))))))))))))))))))))
(assert
 (let ((?x552 (* exp_app_0 exp_app_1)))
 (let ((?x2324 (+ ?x552 (* sum_n_13 exp_app_1))))
 (let ((?x3492 (/ 1.0 ?x2324)))
 (let ((?x2141 (/ ?x552 ?x2324)))
 (let ((?x1774 (+ ?x2141 (* sum_n_13 exp_app_1 ?x3492))))
 (let ((?x2333 (+ (* ?x2141 p_i_t) (* sum_n_14 exp_app_1 ?x3492))))
 (let ((?x2650 (/ ?x2333 ?x1774)))
 (let ((?x2300 (* exp_app_3 exp_app_4)))
 (let ((?x3516 (+ ?x2300 (* sum_n_13 exp_app_4))))
 (let ((?x354 (/ 1.0 ?x3516)))
 (let ((?x547 (/ ?x2300 ?x3516)))
 (let ((?x2538 (+ ?x547 (* sum_n_13 exp_app_4 ?x354))))
 (let ((?x329 (+ (* ?x547 p_i_t) (* sum_n_14 exp_app_4 ?x354))))
 (let ((?x283 (- (/ ?x329 ?x2538) ?x2650)))
 (or (> 0.0 (* ?x283 (- p_i_t ?x2650))) (< (* (- p_i_t ?x2650) (- p_i_t ?x2650)) (* ?x283 ?x283))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x913 (+ 1.0 b_i)))
 (>= exp_app_0 ?x913)))
(assert
 (let (($x79 (<= exp_app_0 1.0)))
 (let (($x2762 (<= b_i 0.0)))
 (=> $x2762 $x79))))
(assert
 (let (($x3422 (< b_i 1.0)))
 (=> $x3422 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let ((?x1957 (+ 1.0 ?x761)))
 (>= exp_app_1 ?x1957))))))
(assert
 (let (($x2161 (<= exp_app_1 1.0)))
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let (($x2924 (<= ?x761 0.0)))
 (=> $x2924 $x2161)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let ((?x495 (- 1.0 ?x761)))
 (let (($x260 (< ?x761 1.0)))
 (=> $x260 (<= (* exp_app_1 ?x495) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x556 (+ 1.0 b_J)))
 (>= exp_app_2 ?x556)))
(assert
 (let (($x877 (<= exp_app_2 1.0)))
 (let (($x3370 (<= b_J 0.0)))
 (=> $x3370 $x877))))
(assert
 (let (($x1344 (< b_J 1.0)))
 (=> $x1344 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x2789 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x2789)))
(assert
 (let (($x2602 (<= exp_app_3 1.0)))
 (let (($x1484 (<= x_raised 0.0)))
 (=> $x1484 $x2602))))
(assert
 (let (($x489 (< x_raised 1.0)))
 (=> $x489 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let ((?x1616 (+ 1.0 ?x2867)))
 (>= exp_app_4 ?x1616))))))
(assert
 (let (($x1528 (<= exp_app_4 1.0)))
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let (($x2598 (<= ?x2867 0.0)))
 (=> $x2598 $x1528)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let ((?x1848 (- 1.0 ?x2867)))
 (let (($x3485 (< ?x2867 1.0)))
 (=> $x3485 (<= (* exp_app_4 ?x1848) 1.0))))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let (($x1197 (< b_i ?x761)))
 (=> $x1197 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let (($x2667 (< ?x761 b_i)))
 (=> $x2667 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x10 (< b_i b_J)))
 (=> $x10 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1850 (< b_J b_i)))
 (=> $x1850 (< exp_app_2 exp_app_0))))
(assert
 (let (($x821 (< b_i x_raised)))
 (=> $x821 (< exp_app_0 exp_app_3))))
(assert
 (let (($x3373 (< x_raised b_i)))
 (=> $x3373 (< exp_app_3 exp_app_0))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let (($x3304 (< b_i ?x2867)))
 (=> $x3304 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let (($x1241 (< ?x2867 b_i)))
 (=> $x1241 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let (($x1990 (< ?x761 b_J)))
 (=> $x1990 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let (($x3198 (< b_J ?x761)))
 (=> $x3198 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let (($x682 (< ?x761 x_raised)))
 (=> $x682 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let (($x2772 (< x_raised ?x761)))
 (=> $x2772 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let (($x1146 (< ?x761 ?x2867)))
 (=> $x1146 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let (($x1347 (< ?x2867 ?x761)))
 (=> $x1347 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1887 (< b_J x_raised)))
 (=> $x1887 (< exp_app_2 exp_app_3))))
(assert
 (let (($x3340 (< x_raised b_J)))
 (=> $x3340 (< exp_app_3 exp_app_2))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let (($x2556 (< b_J ?x2867)))
 (=> $x2556 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let (($x1424 (< ?x2867 b_J)))
 (=> $x1424 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let (($x3577 (< x_raised ?x2867)))
 (=> $x3577 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let (($x1931 (< ?x2867 x_raised)))
 (=> $x1931 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x976 (= exp_app_0 exp_app_1)))
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (=> (= b_i ?x761) $x976))))))
(assert
 (let (($x3032 (= exp_app_0 exp_app_2)))
 (let (($x2800 (= b_i b_J)))
 (=> $x2800 $x3032))))
(assert
 (let (($x585 (= exp_app_0 exp_app_3)))
 (let (($x1693 (= b_i x_raised)))
 (=> $x1693 $x585))))
(assert
 (let (($x671 (= exp_app_0 exp_app_4)))
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (=> (= b_i ?x2867) $x671))))))
(assert
 (let (($x3464 (= exp_app_1 exp_app_2)))
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (=> (= ?x761 b_J) $x3464))))))
(assert
 (let (($x2787 (= exp_app_1 exp_app_3)))
 (let (($x3207 (= n 1.0)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (=> (= ?x761 x_raised) $x2787))))))
(assert
 (let (($x3578 (= exp_app_1 exp_app_4)))
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (let ((?x2501 (ite (or $x3207 (and (not $x3207) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x761 (* (- 1.0) ?x2501)))
 (=> (= ?x761 ?x2867) $x3578))))))))
(assert
 (let (($x3357 (= exp_app_2 exp_app_3)))
 (let (($x3365 (= b_J x_raised)))
 (=> $x3365 $x3357))))
(assert
 (let (($x1898 (= exp_app_2 exp_app_4)))
 (let (($x3207 (= n 1.0)))
 (let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2867 (* (- 1.0) ?x783)))
 (=> (= b_J ?x2867) $x1898))))))
(assert
 (let (($x1444 (= exp_app_3 exp_app_4)))
(let (($x3207 (= n 1.0)))
(let ((?x783 (ite (or $x3207 (and (not $x3207) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x2867 (* (- 1.0) ?x783)))
(=> (= x_raised ?x2867) $x1444))))))
(check-sat)
