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
 (let ((?x3862 (- n 1.0)))
 (let (($x8207 (>= ?x3862 1.0)))
 (=> $x8207 (>= max_n_12 b_J)))))
(assert
 (let (($x6259 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x8207 (>= ?x3862 1.0)))
 (=> $x8207 $x6259)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x8207 (>= ?x3862 1.0)))
 (=> $x8207 (> sum_n_13 0.0)))))
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
 (let ((?x7872 (* exp_app_0 exp_app_1)))
 (let ((?x2629 (+ ?x7872 (* sum_n_13 exp_app_1))))
 (let ((?x5572 (/ 1.0 ?x2629)))
 (let ((?x5546 (* sum_n_13 exp_app_1 ?x5572)))
 (let ((?x7026 (/ ?x7872 ?x2629)))
 (let (($x2803 (= 0.0 (+ ?x7026 ?x5546))))
 (let (($x4769 (and (= 0.0 (+ (* ?x7026 p_i_t) (* sum_n_14 exp_app_1 ?x5572))) $x2803)))
 (and (not $x4769) $x2803)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x2036 (+ 1.0 b_i)))
 (>= exp_app_0 ?x2036)))
(assert
 (let (($x6453 (<= exp_app_0 1.0)))
 (let (($x3096 (<= b_i 0.0)))
 (=> $x3096 $x6453))))
(assert
 (let (($x6995 (< b_i 1.0)))
 (=> $x6995 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let ((?x356 (+ 1.0 ?x7577)))
 (>= exp_app_1 ?x356))))))
(assert
 (let (($x3134 (<= exp_app_1 1.0)))
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let (($x4796 (<= ?x7577 0.0)))
 (=> $x4796 $x3134)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let ((?x8145 (- 1.0 ?x7577)))
 (let (($x587 (< ?x7577 1.0)))
 (=> $x587 (<= (* exp_app_1 ?x8145) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x3662 (+ 1.0 b_J)))
 (>= exp_app_2 ?x3662)))
(assert
 (let (($x7322 (<= exp_app_2 1.0)))
 (let (($x3059 (<= b_J 0.0)))
 (=> $x3059 $x7322))))
(assert
 (let (($x4804 (< b_J 1.0)))
 (=> $x4804 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x135 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x135)))
(assert
 (let (($x4942 (<= exp_app_3 1.0)))
 (let (($x715 (<= x_raised 0.0)))
 (=> $x715 $x4942))))
(assert
 (let (($x50 (< x_raised 1.0)))
 (=> $x50 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let ((?x2933 (+ 1.0 ?x6825)))
 (>= exp_app_4 ?x2933))))))
(assert
 (let (($x666 (<= exp_app_4 1.0)))
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let (($x4801 (<= ?x6825 0.0)))
 (=> $x4801 $x666)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let ((?x2567 (- 1.0 ?x6825)))
 (let (($x4071 (< ?x6825 1.0)))
 (=> $x4071 (<= (* exp_app_4 ?x2567) 1.0))))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let (($x2748 (< b_i ?x7577)))
 (=> $x2748 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let (($x2005 (< ?x7577 b_i)))
 (=> $x2005 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x7076 (< b_i b_J)))
 (=> $x7076 (< exp_app_0 exp_app_2))))
(assert
 (let (($x5342 (< b_J b_i)))
 (=> $x5342 (< exp_app_2 exp_app_0))))
(assert
 (let (($x6816 (< b_i x_raised)))
 (=> $x6816 (< exp_app_0 exp_app_3))))
(assert
 (let (($x164 (< x_raised b_i)))
 (=> $x164 (< exp_app_3 exp_app_0))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let (($x7818 (< b_i ?x6825)))
 (=> $x7818 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let (($x2111 (< ?x6825 b_i)))
 (=> $x2111 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let (($x1870 (< ?x7577 b_J)))
 (=> $x1870 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let (($x1237 (< b_J ?x7577)))
 (=> $x1237 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let (($x4594 (< ?x7577 x_raised)))
 (=> $x4594 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let (($x822 (< x_raised ?x7577)))
 (=> $x822 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let (($x2964 (< ?x7577 ?x6825)))
 (=> $x2964 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let (($x5721 (< ?x6825 ?x7577)))
 (=> $x5721 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x8406 (< b_J x_raised)))
 (=> $x8406 (< exp_app_2 exp_app_3))))
(assert
 (let (($x6815 (< x_raised b_J)))
 (=> $x6815 (< exp_app_3 exp_app_2))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let (($x7219 (< b_J ?x6825)))
 (=> $x7219 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let (($x5665 (< ?x6825 b_J)))
 (=> $x5665 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let (($x6570 (< x_raised ?x6825)))
 (=> $x6570 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let (($x1457 (< ?x6825 x_raised)))
 (=> $x1457 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x3618 (= exp_app_0 exp_app_1)))
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (=> (= b_i ?x7577) $x3618))))))
(assert
 (let (($x6138 (= exp_app_0 exp_app_2)))
 (let (($x8027 (= b_i b_J)))
 (=> $x8027 $x6138))))
(assert
 (let (($x4478 (= exp_app_0 exp_app_3)))
 (let (($x3264 (= b_i x_raised)))
 (=> $x3264 $x4478))))
(assert
 (let (($x8362 (= exp_app_0 exp_app_4)))
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (=> (= b_i ?x6825) $x8362))))))
(assert
 (let (($x4382 (= exp_app_1 exp_app_2)))
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (=> (= ?x7577 b_J) $x4382))))))
(assert
 (let (($x1706 (= exp_app_1 exp_app_3)))
 (let (($x5334 (= n 1.0)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (=> (= ?x7577 x_raised) $x1706))))))
(assert
 (let (($x8521 (= exp_app_1 exp_app_4)))
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (let ((?x5975 (ite (or $x5334 (and (not $x5334) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x7577 (* (- 1.0) ?x5975)))
 (=> (= ?x7577 ?x6825) $x8521))))))))
(assert
 (let (($x8372 (= exp_app_2 exp_app_3)))
 (let (($x5639 (= b_J x_raised)))
 (=> $x5639 $x8372))))
(assert
 (let (($x6782 (= exp_app_2 exp_app_4)))
 (let (($x5334 (= n 1.0)))
 (let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6825 (* (- 1.0) ?x1116)))
 (=> (= b_J ?x6825) $x6782))))))
(assert
 (let (($x6387 (= exp_app_3 exp_app_4)))
(let (($x5334 (= n 1.0)))
(let ((?x1116 (ite (or $x5334 (and (not $x5334) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x6825 (* (- 1.0) ?x1116)))
(=> (= x_raised ?x6825) $x6387))))))
(check-sat)
