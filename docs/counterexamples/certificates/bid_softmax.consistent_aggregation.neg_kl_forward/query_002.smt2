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
 (let ((?x1654 (- n 1.0)))
 (let (($x6435 (>= ?x1654 1.0)))
 (=> $x6435 (>= max_n_12 b_J)))))
(assert
 (let (($x2028 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x6435 (>= ?x1654 1.0)))
 (=> $x6435 $x2028)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x6435 (>= ?x1654 1.0)))
 (=> $x6435 (> sum_n_13 0.0)))))
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
 (let ((?x237 (* exp_app_3 exp_app_4)))
 (let ((?x1509 (+ ?x237 (* sum_n_13 exp_app_4))))
 (let ((?x2518 (/ 1.0 ?x1509)))
 (let ((?x4859 (/ ?x237 ?x1509)))
 (let ((?x3595 (+ ?x4859 (* sum_n_13 exp_app_4 ?x2518))))
 (let (($x1868 (= 0.0 ?x3595)))
 (let (($x2375 (and (= 0.0 (+ (* ?x4859 p_i_u) (* sum_n_15 exp_app_4 ?x2518))) $x1868)))
 (let ((?x4689 (* sum_n_13 exp_app_1)))
 (let ((?x6246 (* exp_app_0 exp_app_1)))
 (let ((?x6649 (+ ?x6246 ?x4689)))
 (let ((?x8399 (/ 1.0 ?x6649)))
 (let ((?x7699 (/ ?x6246 ?x6649)))
 (let ((?x8282 (+ ?x7699 (* sum_n_13 exp_app_1 ?x8399))))
 (let (($x7072 (= 0.0 ?x8282)))
 (let (($x2949 (and (= 0.0 (+ (* ?x7699 p_i_u) (* sum_n_15 exp_app_1 ?x8399))) $x7072)))
 (let (($x4896 (and (= 0.0 (+ (* ?x4859 p_i_t) (* sum_n_14 exp_app_4 ?x2518))) $x1868)))
 (let (($x5353 (and (= 0.0 (+ (* ?x7699 p_i_t) (* sum_n_14 exp_app_1 ?x8399))) $x7072)))
 (let (($x3755 (and (not $x5353) $x7072)))
 (and (not (or $x3755 $x5353)) (not (or (and (not $x4896) $x1868) $x4896)) (not (or (and (not $x2949) $x7072) $x2949)) (not (or (and (not $x2375) $x1868) $x2375))))))))))))))))))))))
(assert
 (let ((?x4689 (* sum_n_13 exp_app_1)))
 (let ((?x6246 (* exp_app_0 exp_app_1)))
 (let ((?x6649 (+ ?x6246 ?x4689)))
 (let ((?x8399 (/ 1.0 ?x6649)))
 (let ((?x7699 (/ ?x6246 ?x6649)))
 (let ((?x8282 (+ ?x7699 (* sum_n_13 exp_app_1 ?x8399))))
 (let ((?x7540 (+ (* ?x7699 p_i_u) (* sum_n_15 exp_app_1 ?x8399))))
 (let ((?x470 (/ ?x7540 ?x8282)))
 (let ((?x237 (* exp_app_3 exp_app_4)))
 (let ((?x1509 (+ ?x237 (* sum_n_13 exp_app_4))))
 (let ((?x2518 (/ 1.0 ?x1509)))
 (let ((?x4859 (/ ?x237 ?x1509)))
 (let ((?x3595 (+ ?x4859 (* sum_n_13 exp_app_4 ?x2518))))
 (let ((?x1499 (+ (* ?x4859 p_i_u) (* sum_n_15 exp_app_4 ?x2518))))
 (let ((?x3539 (- (/ ?x1499 ?x3595) ?x470)))
 (or (> 0.0 (* ?x3539 (- p_i_u ?x470))) (< (* (- p_i_u ?x470) (- p_i_u ?x470)) (* ?x3539 ?x3539)))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x2118 (+ 1.0 b_i)))
 (>= exp_app_0 ?x2118)))
(assert
 (let (($x4519 (<= exp_app_0 1.0)))
 (let (($x4396 (<= b_i 0.0)))
 (=> $x4396 $x4519))))
(assert
 (let (($x5271 (< b_i 1.0)))
 (=> $x5271 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let ((?x4430 (+ 1.0 ?x1257)))
 (>= exp_app_1 ?x4430))))))
(assert
 (let (($x2219 (<= exp_app_1 1.0)))
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let (($x4644 (<= ?x1257 0.0)))
 (=> $x4644 $x2219)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let ((?x3203 (- 1.0 ?x1257)))
 (let (($x799 (< ?x1257 1.0)))
 (=> $x799 (<= (* exp_app_1 ?x3203) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x6220 (+ 1.0 b_J)))
 (>= exp_app_2 ?x6220)))
(assert
 (let (($x7884 (<= exp_app_2 1.0)))
 (let (($x2720 (<= b_J 0.0)))
 (=> $x2720 $x7884))))
(assert
 (let (($x4916 (< b_J 1.0)))
 (=> $x4916 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x4897 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x4897)))
(assert
 (let (($x3439 (<= exp_app_3 1.0)))
 (let (($x5571 (<= x_raised 0.0)))
 (=> $x5571 $x3439))))
(assert
 (let (($x136 (< x_raised 1.0)))
 (=> $x136 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let ((?x8614 (+ 1.0 ?x5363)))
 (>= exp_app_4 ?x8614))))))
(assert
 (let (($x5504 (<= exp_app_4 1.0)))
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let (($x8426 (<= ?x5363 0.0)))
 (=> $x8426 $x5504)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let ((?x7808 (- 1.0 ?x5363)))
 (let (($x7941 (< ?x5363 1.0)))
 (=> $x7941 (<= (* exp_app_4 ?x7808) 1.0))))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let (($x3146 (< b_i ?x1257)))
 (=> $x3146 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let (($x5385 (< ?x1257 b_i)))
 (=> $x5385 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x7258 (< b_i b_J)))
 (=> $x7258 (< exp_app_0 exp_app_2))))
(assert
 (let (($x5811 (< b_J b_i)))
 (=> $x5811 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1401 (< b_i x_raised)))
 (=> $x1401 (< exp_app_0 exp_app_3))))
(assert
 (let (($x5365 (< x_raised b_i)))
 (=> $x5365 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let (($x8017 (< b_i ?x5363)))
 (=> $x8017 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let (($x408 (< ?x5363 b_i)))
 (=> $x408 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let (($x6928 (< ?x1257 b_J)))
 (=> $x6928 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let (($x1354 (< b_J ?x1257)))
 (=> $x1354 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let (($x179 (< ?x1257 x_raised)))
 (=> $x179 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let (($x7578 (< x_raised ?x1257)))
 (=> $x7578 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let (($x5054 (< ?x1257 ?x5363)))
 (=> $x5054 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let (($x7456 (< ?x5363 ?x1257)))
 (=> $x7456 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x757 (< b_J x_raised)))
 (=> $x757 (< exp_app_2 exp_app_3))))
(assert
 (let (($x6171 (< x_raised b_J)))
 (=> $x6171 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let (($x1977 (< b_J ?x5363)))
 (=> $x1977 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let (($x5417 (< ?x5363 b_J)))
 (=> $x5417 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let (($x8158 (< x_raised ?x5363)))
 (=> $x8158 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let (($x52 (< ?x5363 x_raised)))
 (=> $x52 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x6620 (= exp_app_0 exp_app_1)))
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (=> (= b_i ?x1257) $x6620))))))
(assert
 (let (($x2367 (= exp_app_0 exp_app_2)))
 (let (($x5297 (= b_i b_J)))
 (=> $x5297 $x2367))))
(assert
 (let (($x1851 (= exp_app_0 exp_app_3)))
 (let (($x1531 (= b_i x_raised)))
 (=> $x1531 $x1851))))
(assert
 (let (($x2013 (= exp_app_0 exp_app_4)))
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (=> (= b_i ?x5363) $x2013))))))
(assert
 (let (($x6388 (= exp_app_1 exp_app_2)))
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (=> (= ?x1257 b_J) $x6388))))))
(assert
 (let (($x1975 (= exp_app_1 exp_app_3)))
 (let (($x1405 (= n 1.0)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (=> (= ?x1257 x_raised) $x1975))))))
(assert
 (let (($x88 (= exp_app_1 exp_app_4)))
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (let ((?x80 (ite (or $x1405 (and (not $x1405) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1257 (* (- 1.0) ?x80)))
 (=> (= ?x1257 ?x5363) $x88))))))))
(assert
 (let (($x1747 (= exp_app_2 exp_app_3)))
 (let (($x6557 (= b_J x_raised)))
 (=> $x6557 $x1747))))
(assert
 (let (($x1087 (= exp_app_2 exp_app_4)))
 (let (($x1405 (= n 1.0)))
 (let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5363 (* (- 1.0) ?x7495)))
 (=> (= b_J ?x5363) $x1087))))))
(assert
 (let (($x6091 (= exp_app_3 exp_app_4)))
(let (($x1405 (= n 1.0)))
(let ((?x7495 (ite (or $x1405 (and (not $x1405) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x5363 (* (- 1.0) ?x7495)))
(=> (= x_raised ?x5363) $x6091))))))
(check-sat)
