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
 (let (($x1202 (>= ?x2361 1.0)))
 (=> $x1202 (>= max_n_12 b_J)))))
(assert
 (let (($x1642 (>= max_n_12 0.0)))
 (let ((?x2361 (- n 1.0)))
 (let (($x1202 (>= ?x2361 1.0)))
 (=> $x1202 $x1642)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x2361 (- n 1.0)))
 (let (($x1202 (>= ?x2361 1.0)))
 (=> $x1202 (> sum_n_13 0.0)))))
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
 (let ((?x3395 (* exp_app_3 exp_app_4)))
 (let ((?x1629 (+ ?x3395 (* sum_n_13 exp_app_4))))
 (let ((?x3445 (/ 1.0 ?x1629)))
 (let ((?x2105 (/ ?x3395 ?x1629)))
 (let ((?x1702 (+ ?x2105 (* sum_n_13 exp_app_4 ?x3445))))
 (let (($x709 (= 0.0 ?x1702)))
 (let (($x3335 (and (= 0.0 (+ (* ?x2105 p_i_u) (* sum_n_15 exp_app_4 ?x3445))) $x709)))
 (let ((?x2525 (* exp_app_0 exp_app_1)))
 (let ((?x1565 (+ ?x2525 (* sum_n_13 exp_app_1))))
 (let ((?x2492 (/ 1.0 ?x1565)))
 (let ((?x747 (/ ?x2525 ?x1565)))
 (let ((?x2259 (+ ?x747 (* sum_n_13 exp_app_1 ?x2492))))
 (let (($x941 (= 0.0 ?x2259)))
 (let (($x1152 (and (= 0.0 (+ (* ?x747 p_i_u) (* sum_n_15 exp_app_1 ?x2492))) $x941)))
 (let (($x474 (and (= 0.0 (+ (* ?x2105 p_i_t) (* sum_n_14 exp_app_4 ?x3445))) $x709)))
 (let (($x2807 (and (= 0.0 (+ (* ?x747 p_i_t) (* sum_n_14 exp_app_1 ?x2492))) $x941)))
 (let (($x1161 (and (not $x2807) $x941)))
 (and (not (or $x1161 $x2807)) (not (or (and (not $x474) $x709) $x474)) (not (or (and (not $x1152) $x941) $x1152)) (not (or (and (not $x3335) $x709) $x3335)))))))))))))))))))))
(assert
 (let ((?x2525 (* exp_app_0 exp_app_1)))
 (let ((?x1565 (+ ?x2525 (* sum_n_13 exp_app_1))))
 (let ((?x2492 (/ 1.0 ?x1565)))
 (let ((?x747 (/ ?x2525 ?x1565)))
 (let ((?x2259 (+ ?x747 (* sum_n_13 exp_app_1 ?x2492))))
 (let ((?x1023 (+ (* ?x747 p_i_u) (* sum_n_15 exp_app_1 ?x2492))))
 (let ((?x100 (/ ?x1023 ?x2259)))
 (let ((?x1609 (- p_i_u ?x100)))
 (let ((?x1164 (+ (* ?x747 p_i_t) (* sum_n_14 exp_app_1 ?x2492))))
 (let ((?x3226 (/ ?x1164 ?x2259)))
 (let ((?x3395 (* exp_app_3 exp_app_4)))
 (let ((?x1629 (+ ?x3395 (* sum_n_13 exp_app_4))))
 (let ((?x3445 (/ 1.0 ?x1629)))
 (let ((?x2105 (/ ?x3395 ?x1629)))
 (let ((?x1702 (+ ?x2105 (* sum_n_13 exp_app_4 ?x3445))))
 (let ((?x97 (+ (* ?x2105 p_i_t) (* sum_n_14 exp_app_4 ?x3445))))
 (let ((?x3381 (* (- (/ ?x97 ?x1702) ?x3226) ?x1609)))
 (let ((?x2902 (- (/ (+ (* ?x2105 p_i_u) (* sum_n_15 exp_app_4 ?x3445)) ?x1702) ?x100)))
 (let ((?x3223 (* ?x2902 (- p_i_t ?x3226))))
 (or (< ?x3381 ?x3223) (< ?x3223 ?x3381))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1363 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1363)))
(assert
 (let (($x1067 (<= exp_app_0 1.0)))
 (let (($x3184 (<= b_i 0.0)))
 (=> $x3184 $x1067))))
(assert
 (let (($x798 (< b_i 1.0)))
 (=> $x798 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let ((?x1350 (+ 1.0 ?x1953)))
 (>= exp_app_1 ?x1350))))))
(assert
 (let (($x1636 (<= exp_app_1 1.0)))
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let (($x2250 (<= ?x1953 0.0)))
 (=> $x2250 $x1636)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let ((?x1519 (- 1.0 ?x1953)))
 (let (($x2956 (< ?x1953 1.0)))
 (=> $x2956 (<= (* exp_app_1 ?x1519) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x265 (+ 1.0 b_J)))
 (>= exp_app_2 ?x265)))
(assert
 (let (($x2678 (<= exp_app_2 1.0)))
 (let (($x3212 (<= b_J 0.0)))
 (=> $x3212 $x2678))))
(assert
 (let (($x2756 (< b_J 1.0)))
 (=> $x2756 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x2703 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x2703)))
(assert
 (let (($x1906 (<= exp_app_3 1.0)))
 (let (($x2166 (<= x_raised 0.0)))
 (=> $x2166 $x1906))))
(assert
 (let (($x161 (< x_raised 1.0)))
 (=> $x161 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let ((?x312 (+ 1.0 ?x1738)))
 (>= exp_app_4 ?x312))))))
(assert
 (let (($x2694 (<= exp_app_4 1.0)))
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let (($x174 (<= ?x1738 0.0)))
 (=> $x174 $x2694)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let ((?x3418 (- 1.0 ?x1738)))
 (let (($x41 (< ?x1738 1.0)))
 (=> $x41 (<= (* exp_app_4 ?x3418) 1.0))))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let (($x2860 (< b_i ?x1953)))
 (=> $x2860 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let (($x415 (< ?x1953 b_i)))
 (=> $x415 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1927 (< b_i b_J)))
 (=> $x1927 (< exp_app_0 exp_app_2))))
(assert
 (let (($x3220 (< b_J b_i)))
 (=> $x3220 (< exp_app_2 exp_app_0))))
(assert
 (let (($x2204 (< b_i x_raised)))
 (=> $x2204 (< exp_app_0 exp_app_3))))
(assert
 (let (($x1092 (< x_raised b_i)))
 (=> $x1092 (< exp_app_3 exp_app_0))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let (($x3179 (< b_i ?x1738)))
 (=> $x3179 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let (($x889 (< ?x1738 b_i)))
 (=> $x889 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let (($x2375 (< ?x1953 b_J)))
 (=> $x2375 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let (($x1606 (< b_J ?x1953)))
 (=> $x1606 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let (($x23 (< ?x1953 x_raised)))
 (=> $x23 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let (($x569 (< x_raised ?x1953)))
 (=> $x569 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let (($x621 (< ?x1953 ?x1738)))
 (=> $x621 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let (($x3463 (< ?x1738 ?x1953)))
 (=> $x3463 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1992 (< b_J x_raised)))
 (=> $x1992 (< exp_app_2 exp_app_3))))
(assert
 (let (($x3611 (< x_raised b_J)))
 (=> $x3611 (< exp_app_3 exp_app_2))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let (($x1689 (< b_J ?x1738)))
 (=> $x1689 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let (($x1779 (< ?x1738 b_J)))
 (=> $x1779 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let (($x2030 (< x_raised ?x1738)))
 (=> $x2030 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let (($x643 (< ?x1738 x_raised)))
 (=> $x643 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1649 (= exp_app_0 exp_app_1)))
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (=> (= b_i ?x1953) $x1649))))))
(assert
 (let (($x1043 (= exp_app_0 exp_app_2)))
 (let (($x1270 (= b_i b_J)))
 (=> $x1270 $x1043))))
(assert
 (let (($x1324 (= exp_app_0 exp_app_3)))
 (let (($x1538 (= b_i x_raised)))
 (=> $x1538 $x1324))))
(assert
 (let (($x3252 (= exp_app_0 exp_app_4)))
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (=> (= b_i ?x1738) $x3252))))))
(assert
 (let (($x2088 (= exp_app_1 exp_app_2)))
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (=> (= ?x1953 b_J) $x2088))))))
(assert
 (let (($x1327 (= exp_app_1 exp_app_3)))
 (let (($x794 (= n 1.0)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (=> (= ?x1953 x_raised) $x1327))))))
(assert
 (let (($x2304 (= exp_app_1 exp_app_4)))
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (let ((?x1070 (ite (or $x794 (and (not $x794) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1953 (* (- 1.0) ?x1070)))
 (=> (= ?x1953 ?x1738) $x2304))))))))
(assert
 (let (($x2342 (= exp_app_2 exp_app_3)))
 (let (($x1908 (= b_J x_raised)))
 (=> $x1908 $x2342))))
(assert
 (let (($x2013 (= exp_app_2 exp_app_4)))
 (let (($x794 (= n 1.0)))
 (let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1738 (* (- 1.0) ?x1903)))
 (=> (= b_J ?x1738) $x2013))))))
(assert
 (let (($x2282 (= exp_app_3 exp_app_4)))
(let (($x794 (= n 1.0)))
(let ((?x1903 (ite (or $x794 (and (not $x794) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x1738 (* (- 1.0) ?x1903)))
(=> (= x_raised ?x1738) $x2282))))))
(check-sat)
