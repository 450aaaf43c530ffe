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
 (let (($x465 (>= ?x146 1.0)))
 (=> $x465 (>= max_n_12 b_J)))))
(assert
 (let (($x469 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x465 (>= ?x146 1.0)))
 (=> $x465 $x469)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x465 (>= ?x146 1.0)))
 (=> $x465 (> sum_n_13 0.0)))))
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
 (let ((?x232 (* sum_n_13 exp_app_1)))
 (let ((?x915 (* exp_app_0 exp_app_1)))
 (let ((?x1056 (+ ?x915 ?x232)))
 (let ((?x879 (/ 1.0 ?x1056)))
 (let ((?x1269 (/ ?x915 ?x1056)))
 (let (($x318 (= 0.0 (+ ?x1269 (* sum_n_13 exp_app_1 ?x879)))))
 (let (($x851 (and (= 0.0 (+ (* ?x1269 p_i_t) (* sum_n_14 exp_app_1 ?x879))) $x318)))
 (and (not $x851) $x318)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x38 (+ 1.0 b_i)))
 (>= exp_app_0 ?x38)))
(assert
 (let (($x996 (<= exp_app_0 1.0)))
 (let (($x355 (<= b_i 0.0)))
 (=> $x355 $x996))))
(assert
 (let (($x571 (< b_i 1.0)))
 (=> $x571 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let ((?x260 (+ 1.0 ?x378)))
 (>= exp_app_1 ?x260))))))
(assert
 (let (($x1051 (<= exp_app_1 1.0)))
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let (($x168 (<= ?x378 0.0)))
 (=> $x168 $x1051)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let ((?x11 (- 1.0 ?x378)))
 (let (($x703 (< ?x378 1.0)))
 (=> $x703 (<= (* exp_app_1 ?x11) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x627 (+ 1.0 b_J)))
 (>= exp_app_2 ?x627)))
(assert
 (let (($x935 (<= exp_app_2 1.0)))
 (let (($x440 (<= b_J 0.0)))
 (=> $x440 $x935))))
(assert
 (let (($x329 (< b_J 1.0)))
 (=> $x329 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x635 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x635)))
(assert
 (let (($x138 (<= exp_app_3 1.0)))
 (let (($x346 (<= x_raised 0.0)))
 (=> $x346 $x138))))
(assert
 (let (($x758 (< x_raised 1.0)))
 (=> $x758 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let ((?x420 (+ 1.0 ?x536)))
 (>= exp_app_4 ?x420))))))
(assert
 (let (($x1101 (<= exp_app_4 1.0)))
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let (($x495 (<= ?x536 0.0)))
 (=> $x495 $x1101)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let ((?x547 (- 1.0 ?x536)))
 (let (($x591 (< ?x536 1.0)))
 (=> $x591 (<= (* exp_app_4 ?x547) 1.0))))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let (($x373 (< b_i ?x378)))
 (=> $x373 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let (($x587 (< ?x378 b_i)))
 (=> $x587 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x223 (< b_i b_J)))
 (=> $x223 (< exp_app_0 exp_app_2))))
(assert
 (let (($x273 (< b_J b_i)))
 (=> $x273 (< exp_app_2 exp_app_0))))
(assert
 (let (($x310 (< b_i x_raised)))
 (=> $x310 (< exp_app_0 exp_app_3))))
(assert
 (let (($x694 (< x_raised b_i)))
 (=> $x694 (< exp_app_3 exp_app_0))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let (($x446 (< b_i ?x536)))
 (=> $x446 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let (($x504 (< ?x536 b_i)))
 (=> $x504 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let (($x397 (< ?x378 b_J)))
 (=> $x397 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let (($x532 (< b_J ?x378)))
 (=> $x532 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let (($x222 (< ?x378 x_raised)))
 (=> $x222 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let (($x358 (< x_raised ?x378)))
 (=> $x358 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let (($x353 (< ?x378 ?x536)))
 (=> $x353 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let (($x149 (< ?x536 ?x378)))
 (=> $x149 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x385 (< b_J x_raised)))
 (=> $x385 (< exp_app_2 exp_app_3))))
(assert
 (let (($x308 (< x_raised b_J)))
 (=> $x308 (< exp_app_3 exp_app_2))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let (($x304 (< b_J ?x536)))
 (=> $x304 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let (($x720 (< ?x536 b_J)))
 (=> $x720 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let (($x115 (< x_raised ?x536)))
 (=> $x115 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let (($x524 (< ?x536 x_raised)))
 (=> $x524 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x806 (= exp_app_0 exp_app_1)))
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (=> (= b_i ?x378) $x806))))))
(assert
 (let (($x403 (= exp_app_0 exp_app_2)))
 (let (($x970 (= b_i b_J)))
 (=> $x970 $x403))))
(assert
 (let (($x985 (= exp_app_0 exp_app_3)))
 (let (($x1315 (= b_i x_raised)))
 (=> $x1315 $x985))))
(assert
 (let (($x1320 (= exp_app_0 exp_app_4)))
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (=> (= b_i ?x536) $x1320))))))
(assert
 (let (($x863 (= exp_app_1 exp_app_2)))
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (=> (= ?x378 b_J) $x863))))))
(assert
 (let (($x100 (= exp_app_1 exp_app_3)))
 (let (($x815 (= n 1.0)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (=> (= ?x378 x_raised) $x100))))))
(assert
 (let (($x945 (= exp_app_1 exp_app_4)))
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (let ((?x454 (ite (or $x815 (and (not $x815) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x378 (* (- 1.0) ?x454)))
 (=> (= ?x378 ?x536) $x945))))))))
(assert
 (let (($x357 (= exp_app_2 exp_app_3)))
 (let (($x1030 (= b_J x_raised)))
 (=> $x1030 $x357))))
(assert
 (let (($x622 (= exp_app_2 exp_app_4)))
 (let (($x815 (= n 1.0)))
 (let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x536 (* (- 1.0) ?x562)))
 (=> (= b_J ?x536) $x622))))))
(assert
 (let (($x514 (= exp_app_3 exp_app_4)))
(let (($x815 (= n 1.0)))
(let ((?x562 (ite (or $x815 (and (not $x815) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x536 (* (- 1.0) ?x562)))
(=> (= x_raised ?x536) $x514))))))
(check-sat)
