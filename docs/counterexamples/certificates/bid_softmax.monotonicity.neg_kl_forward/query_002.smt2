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
 (let (($x5764 (>= ?x1654 1.0)))
 (=> $x5764 (>= max_n_12 b_J)))))
(assert
 (let (($x4126 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x5764 (>= ?x1654 1.0)))
 (=> $x5764 $x4126)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x5764 (>= ?x1654 1.0)))
 (=> $x5764 (> sum_n_13 0.0)))))
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
 (let ((?x7011 (* exp_app_3 exp_app_4)))
 (let ((?x8447 (+ ?x7011 (* sum_n_13 exp_app_4))))
 (let ((?x4533 (/ 1.0 ?x8447)))
 (let ((?x439 (/ ?x7011 ?x8447)))
 (let ((?x2547 (+ ?x439 (* sum_n_13 exp_app_4 ?x4533))))
 (let (($x4017 (= 0.0 ?x2547)))
 (let (($x1220 (and (= 0.0 (+ (* ?x439 p_i_u) (* sum_n_15 exp_app_4 ?x4533))) $x4017)))
 (let ((?x6035 (* exp_app_0 exp_app_1)))
 (let ((?x6376 (+ ?x6035 (* sum_n_13 exp_app_1))))
 (let ((?x33 (/ 1.0 ?x6376)))
 (let ((?x1354 (/ ?x6035 ?x6376)))
 (let ((?x6637 (+ ?x1354 (* sum_n_13 exp_app_1 ?x33))))
 (let (($x5698 (= 0.0 ?x6637)))
 (let (($x7342 (and (= 0.0 (+ (* ?x1354 p_i_u) (* sum_n_15 exp_app_1 ?x33))) $x5698)))
 (let (($x2579 (and (= 0.0 (+ (* ?x439 p_i_t) (* sum_n_14 exp_app_4 ?x4533))) $x4017)))
 (let (($x6114 (and (= 0.0 (+ (* ?x1354 p_i_t) (* sum_n_14 exp_app_1 ?x33))) $x5698)))
 (let (($x4423 (and (not $x6114) $x5698)))
 (and (not (or $x4423 $x6114)) (not (or (and (not $x2579) $x4017) $x2579)) (not (or (and (not $x7342) $x5698) $x7342)) (not (or (and (not $x1220) $x4017) $x1220)))))))))))))))))))))
(assert
 (let ((?x6035 (* exp_app_0 exp_app_1)))
 (let ((?x6376 (+ ?x6035 (* sum_n_13 exp_app_1))))
 (let ((?x33 (/ 1.0 ?x6376)))
 (let ((?x1354 (/ ?x6035 ?x6376)))
 (let ((?x6637 (+ ?x1354 (* sum_n_13 exp_app_1 ?x33))))
 (let ((?x5394 (+ (* ?x1354 p_i_u) (* sum_n_15 exp_app_1 ?x33))))
 (let ((?x4859 (/ ?x5394 ?x6637)))
 (let ((?x7011 (* exp_app_3 exp_app_4)))
 (let ((?x8447 (+ ?x7011 (* sum_n_13 exp_app_4))))
 (let ((?x4533 (/ 1.0 ?x8447)))
 (let ((?x439 (/ ?x7011 ?x8447)))
 (let ((?x2547 (+ ?x439 (* sum_n_13 exp_app_4 ?x4533))))
 (let ((?x2298 (+ (* ?x439 p_i_u) (* sum_n_15 exp_app_4 ?x4533))))
 (let ((?x7495 (- (/ ?x2298 ?x2547) ?x4859)))
 (or (> 0.0 (* ?x7495 (- p_i_u ?x4859))) (< (* (- p_i_u ?x4859) (- p_i_u ?x4859)) (* ?x7495 ?x7495))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x2670 (+ 1.0 b_i)))
 (>= exp_app_0 ?x2670)))
(assert
 (let (($x7282 (<= exp_app_0 1.0)))
 (let (($x53 (<= b_i 0.0)))
 (=> $x53 $x7282))))
(assert
 (let (($x3568 (< b_i 1.0)))
 (=> $x3568 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let ((?x4439 (+ 1.0 ?x5280)))
 (>= exp_app_1 ?x4439))))))
(assert
 (let (($x5004 (<= exp_app_1 1.0)))
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let (($x3234 (<= ?x5280 0.0)))
 (=> $x3234 $x5004)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let ((?x875 (- 1.0 ?x5280)))
 (let (($x1224 (< ?x5280 1.0)))
 (=> $x1224 (<= (* exp_app_1 ?x875) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x5234 (+ 1.0 b_J)))
 (>= exp_app_2 ?x5234)))
(assert
 (let (($x3780 (<= exp_app_2 1.0)))
 (let (($x3910 (<= b_J 0.0)))
 (=> $x3910 $x3780))))
(assert
 (let (($x4801 (< b_J 1.0)))
 (=> $x4801 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x7884 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x7884)))
(assert
 (let (($x7719 (<= exp_app_3 1.0)))
 (let (($x6873 (<= x_raised 0.0)))
 (=> $x6873 $x7719))))
(assert
 (let (($x2221 (< x_raised 1.0)))
 (=> $x2221 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let ((?x2671 (+ 1.0 ?x6741)))
 (>= exp_app_4 ?x2671))))))
(assert
 (let (($x7794 (<= exp_app_4 1.0)))
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let (($x4653 (<= ?x6741 0.0)))
 (=> $x4653 $x7794)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let ((?x70 (- 1.0 ?x6741)))
 (let (($x2118 (< ?x6741 1.0)))
 (=> $x2118 (<= (* exp_app_4 ?x70) 1.0))))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let (($x2662 (< b_i ?x5280)))
 (=> $x2662 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let (($x4077 (< ?x5280 b_i)))
 (=> $x4077 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x7198 (< b_i b_J)))
 (=> $x7198 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1898 (< b_J b_i)))
 (=> $x1898 (< exp_app_2 exp_app_0))))
(assert
 (let (($x4896 (< b_i x_raised)))
 (=> $x4896 (< exp_app_0 exp_app_3))))
(assert
 (let (($x8429 (< x_raised b_i)))
 (=> $x8429 (< exp_app_3 exp_app_0))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let (($x8247 (< b_i ?x6741)))
 (=> $x8247 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let (($x2932 (< ?x6741 b_i)))
 (=> $x2932 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let (($x1697 (< ?x5280 b_J)))
 (=> $x1697 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let (($x4097 (< b_J ?x5280)))
 (=> $x4097 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let (($x4553 (< ?x5280 x_raised)))
 (=> $x4553 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let (($x7869 (< x_raised ?x5280)))
 (=> $x7869 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let (($x2204 (< ?x5280 ?x6741)))
 (=> $x2204 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let (($x7020 (< ?x6741 ?x5280)))
 (=> $x7020 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x7187 (< b_J x_raised)))
 (=> $x7187 (< exp_app_2 exp_app_3))))
(assert
 (let (($x2765 (< x_raised b_J)))
 (=> $x2765 (< exp_app_3 exp_app_2))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let (($x8295 (< b_J ?x6741)))
 (=> $x8295 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let (($x253 (< ?x6741 b_J)))
 (=> $x253 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let (($x7019 (< x_raised ?x6741)))
 (=> $x7019 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let (($x4596 (< ?x6741 x_raised)))
 (=> $x4596 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x269 (= exp_app_0 exp_app_1)))
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (=> (= b_i ?x5280) $x269))))))
(assert
 (let (($x5057 (= exp_app_0 exp_app_2)))
 (let (($x4511 (= b_i b_J)))
 (=> $x4511 $x5057))))
(assert
 (let (($x2587 (= exp_app_0 exp_app_3)))
 (let (($x7808 (= b_i x_raised)))
 (=> $x7808 $x2587))))
(assert
 (let (($x2107 (= exp_app_0 exp_app_4)))
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (=> (= b_i ?x6741) $x2107))))))
(assert
 (let (($x6119 (= exp_app_1 exp_app_2)))
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (=> (= ?x5280 b_J) $x6119))))))
(assert
 (let (($x7691 (= exp_app_1 exp_app_3)))
 (let (($x809 (= n 1.0)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (=> (= ?x5280 x_raised) $x7691))))))
(assert
 (let (($x1768 (= exp_app_1 exp_app_4)))
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (let ((?x5255 (ite (or $x809 (and (not $x809) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5280 (* (- 1.0) ?x5255)))
 (=> (= ?x5280 ?x6741) $x1768))))))))
(assert
 (let (($x66 (= exp_app_2 exp_app_3)))
 (let (($x2026 (= b_J x_raised)))
 (=> $x2026 $x66))))
(assert
 (let (($x3891 (= exp_app_2 exp_app_4)))
 (let (($x809 (= n 1.0)))
 (let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6741 (* (- 1.0) ?x7521)))
 (=> (= b_J ?x6741) $x3891))))))
(assert
 (let (($x7573 (= exp_app_3 exp_app_4)))
(let (($x809 (= n 1.0)))
(let ((?x7521 (ite (or $x809 (and (not $x809) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x6741 (* (- 1.0) ?x7521)))
(=> (= x_raised ?x6741) $x7573))))))
(check-sat)
