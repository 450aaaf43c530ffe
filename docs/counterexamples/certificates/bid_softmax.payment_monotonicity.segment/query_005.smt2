; bid_softmax, every n and k: no coordinatewise violation
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
 (let (($x5119 (>= ?x1654 1.0)))
 (=> $x5119 (>= max_n_12 b_J)))))
(assert
 (let (($x7624 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x5119 (>= ?x1654 1.0)))
 (=> $x5119 $x7624)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x5119 (>= ?x1654 1.0)))
 (=> $x5119 (> sum_n_13 0.0)))))
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
 (let ((?x3650 (* exp_app_3 exp_app_4)))
 (let ((?x1893 (+ ?x3650 (* sum_n_13 exp_app_4))))
 (let ((?x5246 (/ 1.0 ?x1893)))
 (let ((?x6116 (/ ?x3650 ?x1893)))
 (let ((?x3985 (+ ?x6116 (* sum_n_13 exp_app_4 ?x5246))))
 (let (($x984 (= 0.0 ?x3985)))
 (let (($x805 (and (= 0.0 (+ (* ?x6116 p_i_t) (* sum_n_14 exp_app_4 ?x5246))) $x984)))
 (let ((?x6881 (* exp_app_0 exp_app_1)))
 (let ((?x6741 (+ ?x6881 (* sum_n_13 exp_app_1))))
 (let ((?x44 (/ 1.0 ?x6741)))
 (let ((?x6485 (/ ?x6881 ?x6741)))
 (let ((?x6359 (+ ?x6485 (* sum_n_13 exp_app_1 ?x44))))
 (let (($x7457 (= 0.0 ?x6359)))
 (let (($x5691 (and (= 0.0 (+ (* ?x6485 p_i_t) (* sum_n_14 exp_app_1 ?x44))) $x7457)))
 (let (($x6449 (and (not $x5691) $x7457)))
 (and (not (or $x6449 $x5691)) (not (or (and (not $x805) $x984) $x805)))))))))))))))))))
(assert
 (let ((?x3650 (* exp_app_3 exp_app_4)))
 (let ((?x1893 (+ ?x3650 (* sum_n_13 exp_app_4))))
 (let ((?x5246 (/ 1.0 ?x1893)))
 (let ((?x6116 (/ ?x3650 ?x1893)))
 (let ((?x3985 (+ ?x6116 (* sum_n_13 exp_app_4 ?x5246))))
 (let ((?x4865 (+ (* ?x6116 p_i_t) (* sum_n_14 exp_app_4 ?x5246))))
 (let ((?x2336 (/ ?x4865 ?x3985)))
 (let ((?x6881 (* exp_app_0 exp_app_1)))
 (let ((?x6741 (+ ?x6881 (* sum_n_13 exp_app_1))))
 (let ((?x44 (/ 1.0 ?x6741)))
 (let ((?x6485 (/ ?x6881 ?x6741)))
 (let ((?x6359 (+ ?x6485 (* sum_n_13 exp_app_1 ?x44))))
 (let ((?x6614 (+ (* ?x6485 p_i_t) (* sum_n_14 exp_app_1 ?x44))))
 (let ((?x7278 (/ ?x6614 ?x6359)))
 (or (and (< ?x2336 ?x7278) (< ?x2336 p_i_t)) (and (< ?x7278 ?x2336) (< p_i_t ?x2336))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x5059 (+ 1.0 b_i)))
 (>= exp_app_0 ?x5059)))
(assert
 (let (($x387 (<= exp_app_0 1.0)))
 (let (($x4857 (<= b_i 0.0)))
 (=> $x4857 $x387))))
(assert
 (let (($x1300 (< b_i 1.0)))
 (=> $x1300 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let ((?x791 (+ 1.0 ?x1760)))
 (>= exp_app_1 ?x791))))))
(assert
 (let (($x3801 (<= exp_app_1 1.0)))
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let (($x667 (<= ?x1760 0.0)))
 (=> $x667 $x3801)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let ((?x6756 (- 1.0 ?x1760)))
 (let (($x7191 (< ?x1760 1.0)))
 (=> $x7191 (<= (* exp_app_1 ?x6756) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x4930 (+ 1.0 b_J)))
 (>= exp_app_2 ?x4930)))
(assert
 (let (($x7558 (<= exp_app_2 1.0)))
 (let (($x7534 (<= b_J 0.0)))
 (=> $x7534 $x7558))))
(assert
 (let (($x4551 (< b_J 1.0)))
 (=> $x4551 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x7504 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x7504)))
(assert
 (let (($x8457 (<= exp_app_3 1.0)))
 (let (($x6493 (<= x_raised 0.0)))
 (=> $x6493 $x8457))))
(assert
 (let (($x7693 (< x_raised 1.0)))
 (=> $x7693 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let ((?x4526 (+ 1.0 ?x640)))
 (>= exp_app_4 ?x4526))))))
(assert
 (let (($x2960 (<= exp_app_4 1.0)))
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let (($x5960 (<= ?x640 0.0)))
 (=> $x5960 $x2960)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let ((?x5937 (- 1.0 ?x640)))
 (let (($x6830 (< ?x640 1.0)))
 (=> $x6830 (<= (* exp_app_4 ?x5937) 1.0))))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let (($x7286 (< b_i ?x1760)))
 (=> $x7286 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let (($x1898 (< ?x1760 b_i)))
 (=> $x1898 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x6091 (< b_i b_J)))
 (=> $x6091 (< exp_app_0 exp_app_2))))
(assert
 (let (($x7697 (< b_J b_i)))
 (=> $x7697 (< exp_app_2 exp_app_0))))
(assert
 (let (($x5414 (< b_i x_raised)))
 (=> $x5414 (< exp_app_0 exp_app_3))))
(assert
 (let (($x3853 (< x_raised b_i)))
 (=> $x3853 (< exp_app_3 exp_app_0))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let (($x5800 (< b_i ?x640)))
 (=> $x5800 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let (($x295 (< ?x640 b_i)))
 (=> $x295 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let (($x218 (< ?x1760 b_J)))
 (=> $x218 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let (($x3568 (< b_J ?x1760)))
 (=> $x3568 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let (($x3166 (< ?x1760 x_raised)))
 (=> $x3166 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let (($x4726 (< x_raised ?x1760)))
 (=> $x4726 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let (($x6376 (< ?x1760 ?x640)))
 (=> $x6376 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let (($x4971 (< ?x640 ?x1760)))
 (=> $x4971 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x7899 (< b_J x_raised)))
 (=> $x7899 (< exp_app_2 exp_app_3))))
(assert
 (let (($x4176 (< x_raised b_J)))
 (=> $x4176 (< exp_app_3 exp_app_2))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let (($x7196 (< b_J ?x640)))
 (=> $x7196 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let (($x2029 (< ?x640 b_J)))
 (=> $x2029 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let (($x6920 (< x_raised ?x640)))
 (=> $x6920 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let (($x4126 (< ?x640 x_raised)))
 (=> $x4126 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x4014 (= exp_app_0 exp_app_1)))
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (=> (= b_i ?x1760) $x4014))))))
(assert
 (let (($x8049 (= exp_app_0 exp_app_2)))
 (let (($x6547 (= b_i b_J)))
 (=> $x6547 $x8049))))
(assert
 (let (($x8559 (= exp_app_0 exp_app_3)))
 (let (($x4582 (= b_i x_raised)))
 (=> $x4582 $x8559))))
(assert
 (let (($x7578 (= exp_app_0 exp_app_4)))
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (=> (= b_i ?x640) $x7578))))))
(assert
 (let (($x3326 (= exp_app_1 exp_app_2)))
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (=> (= ?x1760 b_J) $x3326))))))
(assert
 (let (($x493 (= exp_app_1 exp_app_3)))
 (let (($x6114 (= n 1.0)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (=> (= ?x1760 x_raised) $x493))))))
(assert
 (let (($x5669 (= exp_app_1 exp_app_4)))
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (let ((?x8532 (ite (or $x6114 (and (not $x6114) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1760 (* (- 1.0) ?x8532)))
 (=> (= ?x1760 ?x640) $x5669))))))))
(assert
 (let (($x8150 (= exp_app_2 exp_app_3)))
 (let (($x2769 (= b_J x_raised)))
 (=> $x2769 $x8150))))
(assert
 (let (($x1556 (= exp_app_2 exp_app_4)))
 (let (($x6114 (= n 1.0)))
 (let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x640 (* (- 1.0) ?x7014)))
 (=> (= b_J ?x640) $x1556))))))
(assert
 (let (($x5207 (= exp_app_3 exp_app_4)))
(let (($x6114 (= n 1.0)))
(let ((?x7014 (ite (or $x6114 (and (not $x6114) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x640 (* (- 1.0) ?x7014)))
(=> (= x_raised ?x640) $x5207))))))
(check-sat)
