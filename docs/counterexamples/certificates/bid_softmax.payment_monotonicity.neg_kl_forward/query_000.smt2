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
 (let (($x2115 (>= ?x3862 1.0)))
 (=> $x2115 (>= max_n_12 b_J)))))
(assert
 (let (($x3568 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x2115 (>= ?x3862 1.0)))
 (=> $x2115 $x3568)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x2115 (>= ?x3862 1.0)))
 (=> $x2115 (> sum_n_13 0.0)))))
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
 (let ((?x6639 (* exp_app_0 exp_app_1)))
 (let ((?x2566 (+ ?x6639 (* sum_n_13 exp_app_1))))
 (let ((?x6942 (/ 1.0 ?x2566)))
 (let ((?x8619 (/ ?x6639 ?x2566)))
 (let (($x4924 (= 0.0 (+ ?x8619 (* sum_n_13 exp_app_1 ?x6942)))))
 (let (($x6203 (and (= 0.0 (+ (* ?x8619 p_i_t) (* sum_n_14 exp_app_1 ?x6942))) $x4924)))
 (and (not $x6203) $x4924))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x2794 (+ 1.0 b_i)))
 (>= exp_app_0 ?x2794)))
(assert
 (let (($x7026 (<= exp_app_0 1.0)))
 (let (($x5387 (<= b_i 0.0)))
 (=> $x5387 $x7026))))
(assert
 (let (($x1658 (< b_i 1.0)))
 (=> $x1658 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let ((?x1977 (+ 1.0 ?x4109)))
 (>= exp_app_1 ?x1977))))))
(assert
 (let (($x1706 (<= exp_app_1 1.0)))
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let (($x1509 (<= ?x4109 0.0)))
 (=> $x1509 $x1706)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let ((?x6917 (- 1.0 ?x4109)))
 (let (($x6853 (< ?x4109 1.0)))
 (=> $x6853 (<= (* exp_app_1 ?x6917) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x7463 (+ 1.0 b_J)))
 (>= exp_app_2 ?x7463)))
(assert
 (let (($x7433 (<= exp_app_2 1.0)))
 (let (($x1150 (<= b_J 0.0)))
 (=> $x1150 $x7433))))
(assert
 (let (($x755 (< b_J 1.0)))
 (=> $x755 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x604 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x604)))
(assert
 (let (($x1934 (<= exp_app_3 1.0)))
 (let (($x6865 (<= x_raised 0.0)))
 (=> $x6865 $x1934))))
(assert
 (let (($x3522 (< x_raised 1.0)))
 (=> $x3522 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let ((?x753 (+ 1.0 ?x3662)))
 (>= exp_app_4 ?x753))))))
(assert
 (let (($x7975 (<= exp_app_4 1.0)))
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let (($x8516 (<= ?x3662 0.0)))
 (=> $x8516 $x7975)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let ((?x3836 (- 1.0 ?x3662)))
 (let (($x2681 (< ?x3662 1.0)))
 (=> $x2681 (<= (* exp_app_4 ?x3836) 1.0))))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let (($x2186 (< b_i ?x4109)))
 (=> $x2186 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let (($x6291 (< ?x4109 b_i)))
 (=> $x6291 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x5416 (< b_i b_J)))
 (=> $x5416 (< exp_app_0 exp_app_2))))
(assert
 (let (($x970 (< b_J b_i)))
 (=> $x970 (< exp_app_2 exp_app_0))))
(assert
 (let (($x6894 (< b_i x_raised)))
 (=> $x6894 (< exp_app_0 exp_app_3))))
(assert
 (let (($x2451 (< x_raised b_i)))
 (=> $x2451 (< exp_app_3 exp_app_0))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let (($x3830 (< b_i ?x3662)))
 (=> $x3830 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let (($x5403 (< ?x3662 b_i)))
 (=> $x5403 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let (($x6868 (< ?x4109 b_J)))
 (=> $x6868 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let (($x1881 (< b_J ?x4109)))
 (=> $x1881 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let (($x1463 (< ?x4109 x_raised)))
 (=> $x1463 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let (($x469 (< x_raised ?x4109)))
 (=> $x469 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let (($x1516 (< ?x4109 ?x3662)))
 (=> $x1516 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let (($x1129 (< ?x3662 ?x4109)))
 (=> $x1129 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x6341 (< b_J x_raised)))
 (=> $x6341 (< exp_app_2 exp_app_3))))
(assert
 (let (($x998 (< x_raised b_J)))
 (=> $x998 (< exp_app_3 exp_app_2))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let (($x108 (< b_J ?x3662)))
 (=> $x108 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let (($x3059 (< ?x3662 b_J)))
 (=> $x3059 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let (($x3246 (< x_raised ?x3662)))
 (=> $x3246 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let (($x715 (< ?x3662 x_raised)))
 (=> $x715 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x7449 (= exp_app_0 exp_app_1)))
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (=> (= b_i ?x4109) $x7449))))))
(assert
 (let (($x6831 (= exp_app_0 exp_app_2)))
 (let (($x1412 (= b_i b_J)))
 (=> $x1412 $x6831))))
(assert
 (let (($x596 (= exp_app_0 exp_app_3)))
 (let (($x310 (= b_i x_raised)))
 (=> $x310 $x596))))
(assert
 (let (($x6674 (= exp_app_0 exp_app_4)))
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (=> (= b_i ?x3662) $x6674))))))
(assert
 (let (($x5833 (= exp_app_1 exp_app_2)))
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (=> (= ?x4109 b_J) $x5833))))))
(assert
 (let (($x2833 (= exp_app_1 exp_app_3)))
 (let (($x4315 (= n 1.0)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (=> (= ?x4109 x_raised) $x2833))))))
(assert
 (let (($x497 (= exp_app_1 exp_app_4)))
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (let ((?x7648 (ite (or $x4315 (and (not $x4315) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4109 (* (- 1.0) ?x7648)))
 (=> (= ?x4109 ?x3662) $x497))))))))
(assert
 (let (($x5766 (= exp_app_2 exp_app_3)))
 (let (($x3845 (= b_J x_raised)))
 (=> $x3845 $x5766))))
(assert
 (let (($x1018 (= exp_app_2 exp_app_4)))
 (let (($x4315 (= n 1.0)))
 (let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3662 (* (- 1.0) ?x58)))
 (=> (= b_J ?x3662) $x1018))))))
(assert
 (let (($x6570 (= exp_app_3 exp_app_4)))
(let (($x4315 (= n 1.0)))
(let ((?x58 (ite (or $x4315 (and (not $x4315) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x3662 (* (- 1.0) ?x58)))
(=> (= x_raised ?x3662) $x6570))))))
(check-sat)
