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
 (let ((?x982 (- n 1.0)))
 (let (($x2676 (>= ?x982 1.0)))
 (=> $x2676 (>= max_n_12 b_J)))))
(assert
 (let (($x2423 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x2676 (>= ?x982 1.0)))
 (=> $x2676 $x2423)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x2676 (>= ?x982 1.0)))
 (=> $x2676 (> sum_n_13 0.0)))))
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
 (let ((?x1178 (* sum_n_13 exp_app_1)))
 (let ((?x2392 (* exp_app_0 exp_app_1)))
 (let ((?x2617 (+ ?x2392 ?x1178)))
 (let ((?x1474 (/ 1.0 ?x2617)))
 (let ((?x3323 (/ ?x2392 ?x2617)))
 (let (($x910 (= 0.0 (+ ?x3323 (* sum_n_13 exp_app_1 ?x1474)))))
 (let (($x2365 (and (= 0.0 (+ (* ?x3323 p_i_t) (* sum_n_14 exp_app_1 ?x1474))) $x910)))
 (and (not $x2365) $x910)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x3577 (+ 1.0 b_i)))
 (>= exp_app_0 ?x3577)))
(assert
 (let (($x814 (<= exp_app_0 1.0)))
 (let (($x1249 (<= b_i 0.0)))
 (=> $x1249 $x814))))
(assert
 (let (($x1693 (< b_i 1.0)))
 (=> $x1693 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let ((?x2473 (+ 1.0 ?x2556)))
 (>= exp_app_1 ?x2473))))))
(assert
 (let (($x830 (<= exp_app_1 1.0)))
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let (($x1444 (<= ?x2556 0.0)))
 (=> $x1444 $x830)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let ((?x2791 (- 1.0 ?x2556)))
 (let (($x1594 (< ?x2556 1.0)))
 (=> $x1594 (<= (* exp_app_1 ?x2791) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x616 (+ 1.0 b_J)))
 (>= exp_app_2 ?x616)))
(assert
 (let (($x125 (<= exp_app_2 1.0)))
 (let (($x2132 (<= b_J 0.0)))
 (=> $x2132 $x125))))
(assert
 (let (($x682 (< b_J 1.0)))
 (=> $x682 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x2335 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x2335)))
(assert
 (let (($x3336 (<= exp_app_3 1.0)))
 (let (($x3571 (<= x_raised 0.0)))
 (=> $x3571 $x3336))))
(assert
 (let (($x679 (< x_raised 1.0)))
 (=> $x679 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let ((?x3585 (+ 1.0 ?x3309)))
 (>= exp_app_4 ?x3585))))))
(assert
 (let (($x1837 (<= exp_app_4 1.0)))
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let (($x703 (<= ?x3309 0.0)))
 (=> $x703 $x1837)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let ((?x116 (- 1.0 ?x3309)))
 (let (($x2533 (< ?x3309 1.0)))
 (=> $x2533 (<= (* exp_app_4 ?x116) 1.0))))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let (($x681 (< b_i ?x2556)))
 (=> $x681 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let (($x2183 (< ?x2556 b_i)))
 (=> $x2183 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1480 (< b_i b_J)))
 (=> $x1480 (< exp_app_0 exp_app_2))))
(assert
 (let (($x2491 (< b_J b_i)))
 (=> $x2491 (< exp_app_2 exp_app_0))))
(assert
 (let (($x398 (< b_i x_raised)))
 (=> $x398 (< exp_app_0 exp_app_3))))
(assert
 (let (($x2140 (< x_raised b_i)))
 (=> $x2140 (< exp_app_3 exp_app_0))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let (($x1255 (< b_i ?x3309)))
 (=> $x1255 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let (($x2159 (< ?x3309 b_i)))
 (=> $x2159 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let (($x1356 (< ?x2556 b_J)))
 (=> $x1356 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let (($x2022 (< b_J ?x2556)))
 (=> $x2022 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let (($x924 (< ?x2556 x_raised)))
 (=> $x924 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let (($x1001 (< x_raised ?x2556)))
 (=> $x1001 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let (($x1044 (< ?x2556 ?x3309)))
 (=> $x1044 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let (($x131 (< ?x3309 ?x2556)))
 (=> $x131 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x909 (< b_J x_raised)))
 (=> $x909 (< exp_app_2 exp_app_3))))
(assert
 (let (($x704 (< x_raised b_J)))
 (=> $x704 (< exp_app_3 exp_app_2))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let (($x3276 (< b_J ?x3309)))
 (=> $x3276 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let (($x1521 (< ?x3309 b_J)))
 (=> $x1521 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let (($x2048 (< x_raised ?x3309)))
 (=> $x2048 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let (($x3339 (< ?x3309 x_raised)))
 (=> $x3339 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x2661 (= exp_app_0 exp_app_1)))
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (=> (= b_i ?x2556) $x2661))))))
(assert
 (let (($x60 (= exp_app_0 exp_app_2)))
 (let (($x3191 (= b_i b_J)))
 (=> $x3191 $x60))))
(assert
 (let (($x86 (= exp_app_0 exp_app_3)))
 (let (($x280 (= b_i x_raised)))
 (=> $x280 $x86))))
(assert
 (let (($x1072 (= exp_app_0 exp_app_4)))
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (=> (= b_i ?x3309) $x1072))))))
(assert
 (let (($x2692 (= exp_app_1 exp_app_2)))
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (=> (= ?x2556 b_J) $x2692))))))
(assert
 (let (($x691 (= exp_app_1 exp_app_3)))
 (let (($x2005 (= n 1.0)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (=> (= ?x2556 x_raised) $x691))))))
(assert
 (let (($x1090 (= exp_app_1 exp_app_4)))
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (let ((?x3411 (ite (or $x2005 (and (not $x2005) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2556 (* (- 1.0) ?x3411)))
 (=> (= ?x2556 ?x3309) $x1090))))))))
(assert
 (let (($x1122 (= exp_app_2 exp_app_3)))
 (let (($x817 (= b_J x_raised)))
 (=> $x817 $x1122))))
(assert
 (let (($x501 (= exp_app_2 exp_app_4)))
 (let (($x2005 (= n 1.0)))
 (let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3309 (* (- 1.0) ?x677)))
 (=> (= b_J ?x3309) $x501))))))
(assert
 (let (($x1253 (= exp_app_3 exp_app_4)))
(let (($x2005 (= n 1.0)))
(let ((?x677 (ite (or $x2005 (and (not $x2005) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x3309 (* (- 1.0) ?x677)))
(=> (= x_raised ?x3309) $x1253))))))
(check-sat)
