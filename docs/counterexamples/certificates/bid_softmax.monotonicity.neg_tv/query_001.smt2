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
 (let (($x1473 (>= ?x982 1.0)))
 (=> $x1473 (>= max_n_12 b_J)))))
(assert
 (let (($x1672 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x1473 (>= ?x982 1.0)))
 (=> $x1473 $x1672)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x1473 (>= ?x982 1.0)))
 (=> $x1473 (> sum_n_13 0.0)))))
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
 (let ((?x2292 (* sum_n_13 exp_app_4)))
 (let ((?x633 (* exp_app_3 exp_app_4)))
 (let ((?x313 (+ ?x633 ?x2292)))
 (let ((?x2725 (/ 1.0 ?x313)))
 (let ((?x2014 (/ ?x633 ?x313)))
 (let ((?x2233 (+ ?x2014 (* sum_n_13 exp_app_4 ?x2725))))
 (let (($x2715 (= 0.0 ?x2233)))
 (let (($x152 (and (= 0.0 (+ (* ?x2014 p_i_u) (* sum_n_15 exp_app_4 ?x2725))) $x2715)))
 (let ((?x113 (* exp_app_0 exp_app_1)))
 (let ((?x1127 (+ ?x113 (* sum_n_13 exp_app_1))))
 (let ((?x3391 (/ 1.0 ?x1127)))
 (let ((?x871 (/ ?x113 ?x1127)))
 (let ((?x120 (+ ?x871 (* sum_n_13 exp_app_1 ?x3391))))
 (let (($x2518 (= 0.0 ?x120)))
 (let (($x1920 (and (= 0.0 (+ (* ?x871 p_i_u) (* sum_n_15 exp_app_1 ?x3391))) $x2518)))
 (let (($x893 (and (= 0.0 (+ (* ?x2014 p_i_t) (* sum_n_14 exp_app_4 ?x2725))) $x2715)))
 (let (($x2588 (and (= 0.0 (+ (* ?x871 p_i_t) (* sum_n_14 exp_app_1 ?x3391))) $x2518)))
 (let (($x2834 (and (not $x2588) $x2518)))
 (and (not (or $x2834 $x2588)) (not (or (and (not $x893) $x2715) $x893)) (not (or (and (not $x1920) $x2518) $x1920)) (not (or (and (not $x152) $x2715) $x152))))))))))))))))))))))
(assert
 (let ((?x113 (* exp_app_0 exp_app_1)))
 (let ((?x1127 (+ ?x113 (* sum_n_13 exp_app_1))))
 (let ((?x3391 (/ 1.0 ?x1127)))
 (let ((?x871 (/ ?x113 ?x1127)))
 (let ((?x120 (+ ?x871 (* sum_n_13 exp_app_1 ?x3391))))
 (let ((?x1897 (+ (* ?x871 p_i_t) (* sum_n_14 exp_app_1 ?x3391))))
 (let ((?x840 (/ ?x1897 ?x120)))
 (let ((?x2292 (* sum_n_13 exp_app_4)))
 (let ((?x633 (* exp_app_3 exp_app_4)))
 (let ((?x313 (+ ?x633 ?x2292)))
 (let ((?x2725 (/ 1.0 ?x313)))
 (let ((?x2014 (/ ?x633 ?x313)))
 (let ((?x2233 (+ ?x2014 (* sum_n_13 exp_app_4 ?x2725))))
 (let ((?x644 (+ (* ?x2014 p_i_t) (* sum_n_14 exp_app_4 ?x2725))))
 (let ((?x3166 (- (/ ?x644 ?x2233) ?x840)))
 (or (> 0.0 (* ?x3166 (- p_i_t ?x840))) (< (* (- p_i_t ?x840) (- p_i_t ?x840)) (* ?x3166 ?x3166)))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1835 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1835)))
(assert
 (let (($x1579 (<= exp_app_0 1.0)))
 (let (($x830 (<= b_i 0.0)))
 (=> $x830 $x1579))))
(assert
 (let (($x785 (< b_i 1.0)))
 (=> $x785 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let ((?x3227 (+ 1.0 ?x2709)))
 (>= exp_app_1 ?x3227))))))
(assert
 (let (($x2985 (<= exp_app_1 1.0)))
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let (($x1098 (<= ?x2709 0.0)))
 (=> $x1098 $x2985)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let ((?x3334 (- 1.0 ?x2709)))
 (let (($x2460 (< ?x2709 1.0)))
 (=> $x2460 (<= (* exp_app_1 ?x3334) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1123 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1123)))
(assert
 (let (($x2836 (<= exp_app_2 1.0)))
 (let (($x3291 (<= b_J 0.0)))
 (=> $x3291 $x2836))))
(assert
 (let (($x2483 (< b_J 1.0)))
 (=> $x2483 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x497 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x497)))
(assert
 (let (($x750 (<= exp_app_3 1.0)))
 (let (($x1338 (<= x_raised 0.0)))
 (=> $x1338 $x750))))
(assert
 (let (($x1524 (< x_raised 1.0)))
 (=> $x1524 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let ((?x1761 (+ 1.0 ?x2281)))
 (>= exp_app_4 ?x1761))))))
(assert
 (let (($x940 (<= exp_app_4 1.0)))
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let (($x2594 (<= ?x2281 0.0)))
 (=> $x2594 $x940)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let ((?x2591 (- 1.0 ?x2281)))
 (let (($x398 (< ?x2281 1.0)))
 (=> $x398 (<= (* exp_app_4 ?x2591) 1.0))))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let (($x2982 (< b_i ?x2709)))
 (=> $x2982 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let (($x2700 (< ?x2709 b_i)))
 (=> $x2700 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2617 (< b_i b_J)))
 (=> $x2617 (< exp_app_0 exp_app_2))))
(assert
 (let (($x2498 (< b_J b_i)))
 (=> $x2498 (< exp_app_2 exp_app_0))))
(assert
 (let (($x2711 (< b_i x_raised)))
 (=> $x2711 (< exp_app_0 exp_app_3))))
(assert
 (let (($x1923 (< x_raised b_i)))
 (=> $x1923 (< exp_app_3 exp_app_0))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let (($x220 (< b_i ?x2281)))
 (=> $x220 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let (($x285 (< ?x2281 b_i)))
 (=> $x285 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let (($x431 (< ?x2709 b_J)))
 (=> $x431 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let (($x1597 (< b_J ?x2709)))
 (=> $x1597 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let (($x2293 (< ?x2709 x_raised)))
 (=> $x2293 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let (($x71 (< x_raised ?x2709)))
 (=> $x71 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let (($x762 (< ?x2709 ?x2281)))
 (=> $x762 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let (($x2167 (< ?x2281 ?x2709)))
 (=> $x2167 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x733 (< b_J x_raised)))
 (=> $x733 (< exp_app_2 exp_app_3))))
(assert
 (let (($x307 (< x_raised b_J)))
 (=> $x307 (< exp_app_3 exp_app_2))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let (($x2676 (< b_J ?x2281)))
 (=> $x2676 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let (($x2687 (< ?x2281 b_J)))
 (=> $x2687 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let (($x24 (< x_raised ?x2281)))
 (=> $x24 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let (($x2866 (< ?x2281 x_raised)))
 (=> $x2866 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x556 (= exp_app_0 exp_app_1)))
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (=> (= b_i ?x2709) $x556))))))
(assert
 (let (($x3189 (= exp_app_0 exp_app_2)))
 (let (($x979 (= b_i b_J)))
 (=> $x979 $x3189))))
(assert
 (let (($x1348 (= exp_app_0 exp_app_3)))
 (let (($x3422 (= b_i x_raised)))
 (=> $x3422 $x1348))))
(assert
 (let (($x2456 (= exp_app_0 exp_app_4)))
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (=> (= b_i ?x2281) $x2456))))))
(assert
 (let (($x390 (= exp_app_1 exp_app_2)))
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (=> (= ?x2709 b_J) $x390))))))
(assert
 (let (($x849 (= exp_app_1 exp_app_3)))
 (let (($x453 (= n 1.0)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (=> (= ?x2709 x_raised) $x849))))))
(assert
 (let (($x686 (= exp_app_1 exp_app_4)))
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (let ((?x3362 (ite (or $x453 (and (not $x453) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2709 (* (- 1.0) ?x3362)))
 (=> (= ?x2709 ?x2281) $x686))))))))
(assert
 (let (($x2609 (= exp_app_2 exp_app_3)))
 (let (($x2279 (= b_J x_raised)))
 (=> $x2279 $x2609))))
(assert
 (let (($x1640 (= exp_app_2 exp_app_4)))
 (let (($x453 (= n 1.0)))
 (let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2281 (* (- 1.0) ?x3510)))
 (=> (= b_J ?x2281) $x1640))))))
(assert
 (let (($x2924 (= exp_app_3 exp_app_4)))
(let (($x453 (= n 1.0)))
(let ((?x3510 (ite (or $x453 (and (not $x453) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x2281 (* (- 1.0) ?x3510)))
(=> (= x_raised ?x2281) $x2924))))))
(check-sat)
