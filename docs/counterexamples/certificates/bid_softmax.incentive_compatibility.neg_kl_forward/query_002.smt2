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
 (let ((?x2361 (- n 1.0)))
 (let (($x2106 (>= ?x2361 1.0)))
 (=> $x2106 (>= max_n_12 b_J)))))
(assert
 (let (($x1583 (>= max_n_12 0.0)))
 (let ((?x2361 (- n 1.0)))
 (let (($x2106 (>= ?x2361 1.0)))
 (=> $x2106 $x1583)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x2361 (- n 1.0)))
 (let (($x2106 (>= ?x2361 1.0)))
 (=> $x2106 (> sum_n_13 0.0)))))
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
 (let ((?x2209 (* sum_n_13 exp_app_4)))
 (let ((?x3273 (* exp_app_3 exp_app_4)))
 (let ((?x2836 (+ ?x3273 ?x2209)))
 (let ((?x1466 (/ 1.0 ?x2836)))
 (let ((?x1666 (/ ?x3273 ?x2836)))
 (let ((?x1066 (+ ?x1666 (* sum_n_13 exp_app_4 ?x1466))))
 (let (($x3462 (= 0.0 ?x1066)))
 (let (($x2818 (and (= 0.0 (+ (* ?x1666 p_i_u) (* sum_n_15 exp_app_4 ?x1466))) $x3462)))
 (let ((?x1002 (* exp_app_0 exp_app_1)))
 (let ((?x595 (+ ?x1002 (* sum_n_13 exp_app_1))))
 (let ((?x1337 (/ 1.0 ?x595)))
 (let ((?x870 (/ ?x1002 ?x595)))
 (let ((?x994 (+ ?x870 (* sum_n_13 exp_app_1 ?x1337))))
 (let (($x1231 (= 0.0 ?x994)))
 (let (($x2709 (and (= 0.0 (+ (* ?x870 p_i_u) (* sum_n_15 exp_app_1 ?x1337))) $x1231)))
 (let (($x1659 (and (= 0.0 (+ (* ?x1666 p_i_t) (* sum_n_14 exp_app_4 ?x1466))) $x3462)))
 (let (($x1936 (and (= 0.0 (+ (* ?x870 p_i_t) (* sum_n_14 exp_app_1 ?x1337))) $x1231)))
 (let (($x78 (and (not $x1936) $x1231)))
 (and (not (or $x78 $x1936)) (not (or (and (not $x1659) $x3462) $x1659)) (not (or (and (not $x2709) $x1231) $x2709)) (not (or (and (not $x2818) $x3462) $x2818))))))))))))))))))))))
(assert
 (let ((?x1002 (* exp_app_0 exp_app_1)))
 (let ((?x595 (+ ?x1002 (* sum_n_13 exp_app_1))))
 (let ((?x1337 (/ 1.0 ?x595)))
 (let ((?x870 (/ ?x1002 ?x595)))
 (let ((?x994 (+ ?x870 (* sum_n_13 exp_app_1 ?x1337))))
 (let ((?x2004 (* ?x870 p_i_u)))
 (let ((?x2406 (+ ?x2004 (* sum_n_15 exp_app_1 ?x1337))))
 (let ((?x2459 (/ ?x2406 ?x994)))
 (let ((?x2209 (* sum_n_13 exp_app_4)))
 (let ((?x3273 (* exp_app_3 exp_app_4)))
 (let ((?x2836 (+ ?x3273 ?x2209)))
 (let ((?x1466 (/ 1.0 ?x2836)))
 (let ((?x1666 (/ ?x3273 ?x2836)))
 (let ((?x1066 (+ ?x1666 (* sum_n_13 exp_app_4 ?x1466))))
 (let ((?x2797 (+ (* ?x1666 p_i_u) (* sum_n_15 exp_app_4 ?x1466))))
 (let ((?x975 (- (/ ?x2797 ?x1066) ?x2459)))
 (or (> 0.0 (* ?x975 (- p_i_u ?x2459))) (< (* (- p_i_u ?x2459) (- p_i_u ?x2459)) (* ?x975 ?x975))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1903 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1903)))
(assert
 (let (($x1122 (<= exp_app_0 1.0)))
 (let (($x1315 (<= b_i 0.0)))
 (=> $x1315 $x1122))))
(assert
 (let (($x2414 (< b_i 1.0)))
 (=> $x2414 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let ((?x340 (+ 1.0 ?x2951)))
 (>= exp_app_1 ?x340))))))
(assert
 (let (($x3296 (<= exp_app_1 1.0)))
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let (($x540 (<= ?x2951 0.0)))
 (=> $x540 $x3296)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let ((?x2454 (- 1.0 ?x2951)))
 (let (($x2591 (< ?x2951 1.0)))
 (=> $x2591 (<= (* exp_app_1 ?x2454) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x2516 (+ 1.0 b_J)))
 (>= exp_app_2 ?x2516)))
(assert
 (let (($x2325 (<= exp_app_2 1.0)))
 (let (($x1702 (<= b_J 0.0)))
 (=> $x1702 $x2325))))
(assert
 (let (($x3539 (< b_J 1.0)))
 (=> $x3539 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x3096 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x3096)))
(assert
 (let (($x3424 (<= exp_app_3 1.0)))
 (let (($x1716 (<= x_raised 0.0)))
 (=> $x1716 $x3424))))
(assert
 (let (($x1995 (< x_raised 1.0)))
 (=> $x1995 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let ((?x3287 (+ 1.0 ?x1006)))
 (>= exp_app_4 ?x3287))))))
(assert
 (let (($x239 (<= exp_app_4 1.0)))
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let (($x1990 (<= ?x1006 0.0)))
 (=> $x1990 $x239)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let ((?x3363 (- 1.0 ?x1006)))
 (let (($x1226 (< ?x1006 1.0)))
 (=> $x1226 (<= (* exp_app_4 ?x3363) 1.0))))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let (($x692 (< b_i ?x2951)))
 (=> $x692 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let (($x1939 (< ?x2951 b_i)))
 (=> $x1939 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2104 (< b_i b_J)))
 (=> $x2104 (< exp_app_0 exp_app_2))))
(assert
 (let (($x479 (< b_J b_i)))
 (=> $x479 (< exp_app_2 exp_app_0))))
(assert
 (let (($x2501 (< b_i x_raised)))
 (=> $x2501 (< exp_app_0 exp_app_3))))
(assert
 (let (($x430 (< x_raised b_i)))
 (=> $x430 (< exp_app_3 exp_app_0))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let (($x1336 (< b_i ?x1006)))
 (=> $x1336 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let (($x1189 (< ?x1006 b_i)))
 (=> $x1189 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let (($x2949 (< ?x2951 b_J)))
 (=> $x2949 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let (($x477 (< b_J ?x2951)))
 (=> $x477 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let (($x2747 (< ?x2951 x_raised)))
 (=> $x2747 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let (($x140 (< x_raised ?x2951)))
 (=> $x140 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let (($x629 (< ?x2951 ?x1006)))
 (=> $x629 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let (($x2321 (< ?x1006 ?x2951)))
 (=> $x2321 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1023 (< b_J x_raised)))
 (=> $x1023 (< exp_app_2 exp_app_3))))
(assert
 (let (($x2753 (< x_raised b_J)))
 (=> $x2753 (< exp_app_3 exp_app_2))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let (($x1635 (< b_J ?x1006)))
 (=> $x1635 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let (($x338 (< ?x1006 b_J)))
 (=> $x338 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let (($x291 (< x_raised ?x1006)))
 (=> $x291 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let (($x95 (< ?x1006 x_raised)))
 (=> $x95 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x238 (= exp_app_0 exp_app_1)))
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (=> (= b_i ?x2951) $x238))))))
(assert
 (let (($x831 (= exp_app_0 exp_app_2)))
 (let (($x3595 (= b_i b_J)))
 (=> $x3595 $x831))))
(assert
 (let (($x258 (= exp_app_0 exp_app_3)))
 (let (($x578 (= b_i x_raised)))
 (=> $x578 $x258))))
(assert
 (let (($x1781 (= exp_app_0 exp_app_4)))
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (=> (= b_i ?x1006) $x1781))))))
(assert
 (let (($x2261 (= exp_app_1 exp_app_2)))
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (=> (= ?x2951 b_J) $x2261))))))
(assert
 (let (($x1139 (= exp_app_1 exp_app_3)))
 (let (($x2075 (= n 1.0)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (=> (= ?x2951 x_raised) $x1139))))))
(assert
 (let (($x1327 (= exp_app_1 exp_app_4)))
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (let ((?x758 (ite (or $x2075 (and (not $x2075) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2951 (* (- 1.0) ?x758)))
 (=> (= ?x2951 ?x1006) $x1327))))))))
(assert
 (let (($x463 (= exp_app_2 exp_app_3)))
 (let (($x2743 (= b_J x_raised)))
 (=> $x2743 $x463))))
(assert
 (let (($x2670 (= exp_app_2 exp_app_4)))
 (let (($x2075 (= n 1.0)))
 (let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1006 (* (- 1.0) ?x474)))
 (=> (= b_J ?x1006) $x2670))))))
(assert
 (let (($x1210 (= exp_app_3 exp_app_4)))
(let (($x2075 (= n 1.0)))
(let ((?x474 (ite (or $x2075 (and (not $x2075) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x1006 (* (- 1.0) ?x474)))
(=> (= x_raised ?x1006) $x1210))))))
(check-sat)
