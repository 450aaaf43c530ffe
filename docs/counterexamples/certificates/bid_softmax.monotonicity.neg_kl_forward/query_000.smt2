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
 (let ((?x146 (- n 1.0)))
 (let (($x82 (>= ?x146 1.0)))
 (=> $x82 (>= max_n_12 b_J)))))
(assert
 (let (($x513 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x82 (>= ?x146 1.0)))
 (=> $x82 $x513)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x82 (>= ?x146 1.0)))
 (=> $x82 (> sum_n_13 0.0)))))
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
 (let ((?x1354 (* exp_app_0 exp_app_1)))
 (let ((?x541 (+ ?x1354 (* sum_n_13 exp_app_1))))
 (let ((?x210 (/ 1.0 ?x541)))
 (let ((?x1274 (/ ?x1354 ?x541)))
 (let (($x407 (= 0.0 (+ ?x1274 (* sum_n_13 exp_app_1 ?x210)))))
 (let (($x343 (and (= 0.0 (+ (* ?x1274 p_i_t) (* sum_n_14 exp_app_1 ?x210))) $x407)))
 (and (not $x343) $x407))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x936 (+ 1.0 b_i)))
 (>= exp_app_0 ?x936)))
(assert
 (let (($x1404 (<= exp_app_0 1.0)))
 (let (($x583 (<= b_i 0.0)))
 (=> $x583 $x1404))))
(assert
 (let (($x829 (< b_i 1.0)))
 (=> $x829 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let ((?x251 (+ 1.0 ?x815)))
 (>= exp_app_1 ?x251))))))
(assert
 (let (($x1281 (<= exp_app_1 1.0)))
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let (($x447 (<= ?x815 0.0)))
 (=> $x447 $x1281)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let ((?x508 (- 1.0 ?x815)))
 (let (($x547 (< ?x815 1.0)))
 (=> $x547 (<= (* exp_app_1 ?x508) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x378 (+ 1.0 b_J)))
 (>= exp_app_2 ?x378)))
(assert
 (let (($x462 (<= exp_app_2 1.0)))
 (let (($x599 (<= b_J 0.0)))
 (=> $x599 $x462))))
(assert
 (let (($x179 (< b_J 1.0)))
 (=> $x179 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x974 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x974)))
(assert
 (let (($x371 (<= exp_app_3 1.0)))
 (let (($x535 (<= x_raised 0.0)))
 (=> $x535 $x371))))
(assert
 (let (($x492 (< x_raised 1.0)))
 (=> $x492 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let ((?x282 (+ 1.0 ?x296)))
 (>= exp_app_4 ?x282))))))
(assert
 (let (($x1402 (<= exp_app_4 1.0)))
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let (($x633 (<= ?x296 0.0)))
 (=> $x633 $x1402)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let ((?x805 (- 1.0 ?x296)))
 (let (($x600 (< ?x296 1.0)))
 (=> $x600 (<= (* exp_app_4 ?x805) 1.0))))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let (($x901 (< b_i ?x815)))
 (=> $x901 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let (($x1291 (< ?x815 b_i)))
 (=> $x1291 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1100 (< b_i b_J)))
 (=> $x1100 (< exp_app_0 exp_app_2))))
(assert
 (let (($x998 (< b_J b_i)))
 (=> $x998 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1007 (< b_i x_raised)))
 (=> $x1007 (< exp_app_0 exp_app_3))))
(assert
 (let (($x504 (< x_raised b_i)))
 (=> $x504 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let (($x200 (< b_i ?x296)))
 (=> $x200 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let (($x717 (< ?x296 b_i)))
 (=> $x717 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let (($x949 (< ?x815 b_J)))
 (=> $x949 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let (($x576 (< b_J ?x815)))
 (=> $x576 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let (($x1086 (< ?x815 x_raised)))
 (=> $x1086 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let (($x128 (< x_raised ?x815)))
 (=> $x128 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let (($x228 (< ?x815 ?x296)))
 (=> $x228 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let (($x72 (< ?x296 ?x815)))
 (=> $x72 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1040 (< b_J x_raised)))
 (=> $x1040 (< exp_app_2 exp_app_3))))
(assert
 (let (($x714 (< x_raised b_J)))
 (=> $x714 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let (($x499 (< b_J ?x296)))
 (=> $x499 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let (($x758 (< ?x296 b_J)))
 (=> $x758 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let (($x551 (< x_raised ?x296)))
 (=> $x551 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let (($x86 (< ?x296 x_raised)))
 (=> $x86 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1271 (= exp_app_0 exp_app_1)))
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (=> (= b_i ?x815) $x1271))))))
(assert
 (let (($x686 (= exp_app_0 exp_app_2)))
 (let (($x1156 (= b_i b_J)))
 (=> $x1156 $x686))))
(assert
 (let (($x1553 (= exp_app_0 exp_app_3)))
 (let (($x434 (= b_i x_raised)))
 (=> $x434 $x1553))))
(assert
 (let (($x536 (= exp_app_0 exp_app_4)))
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (=> (= b_i ?x296) $x536))))))
(assert
 (let (($x353 (= exp_app_1 exp_app_2)))
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (=> (= ?x815 b_J) $x353))))))
(assert
 (let (($x811 (= exp_app_1 exp_app_3)))
 (let (($x1097 (= n 1.0)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (=> (= ?x815 x_raised) $x811))))))
(assert
 (let (($x1200 (= exp_app_1 exp_app_4)))
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (let ((?x44 (ite (or $x1097 (and (not $x1097) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x815 (* (- 1.0) ?x44)))
 (=> (= ?x815 ?x296) $x1200))))))))
(assert
 (let (($x208 (= exp_app_2 exp_app_3)))
 (let (($x237 (= b_J x_raised)))
 (=> $x237 $x208))))
(assert
 (let (($x816 (= exp_app_2 exp_app_4)))
 (let (($x1097 (= n 1.0)))
 (let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x296 (* (- 1.0) ?x249)))
 (=> (= b_J ?x296) $x816))))))
(assert
 (let (($x680 (= exp_app_3 exp_app_4)))
(let (($x1097 (= n 1.0)))
(let ((?x249 (ite (or $x1097 (and (not $x1097) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x296 (* (- 1.0) ?x249)))
(=> (= x_raised ?x296) $x680))))))
(check-sat)
