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
 (let (($x1734 (>= ?x1654 1.0)))
 (=> $x1734 (>= max_n_12 b_J)))))
(assert
 (let (($x8429 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x1734 (>= ?x1654 1.0)))
 (=> $x1734 $x8429)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x1734 (>= ?x1654 1.0)))
 (=> $x1734 (> sum_n_13 0.0)))))
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
 (let ((?x4244 (* exp_app_3 exp_app_4)))
 (let ((?x1229 (+ ?x4244 (* sum_n_13 exp_app_4))))
 (let ((?x2245 (/ 1.0 ?x1229)))
 (let ((?x557 (/ ?x4244 ?x1229)))
 (let ((?x3158 (+ ?x557 (* sum_n_13 exp_app_4 ?x2245))))
 (let (($x5440 (= 0.0 ?x3158)))
 (let (($x2470 (and (= 0.0 (+ (* ?x557 p_i_t) (* sum_n_14 exp_app_4 ?x2245))) $x5440)))
 (let ((?x151 (* exp_app_0 exp_app_1)))
 (let ((?x6043 (+ ?x151 (* sum_n_13 exp_app_1))))
 (let ((?x745 (/ 1.0 ?x6043)))
 (let ((?x4982 (/ ?x151 ?x6043)))
 (let ((?x5800 (+ ?x4982 (* sum_n_13 exp_app_1 ?x745))))
 (let (($x2501 (= 0.0 ?x5800)))
 (let (($x4803 (and (= 0.0 (+ (* ?x4982 p_i_t) (* sum_n_14 exp_app_1 ?x745))) $x2501)))
 (let (($x7793 (and (not $x4803) $x2501)))
 (and (not (or $x7793 $x4803)) (not (or (and (not $x2470) $x5440) $x2470)))))))))))))))))))
(assert
 (let ((?x4244 (* exp_app_3 exp_app_4)))
 (let ((?x1229 (+ ?x4244 (* sum_n_13 exp_app_4))))
 (let ((?x2245 (/ 1.0 ?x1229)))
 (let ((?x557 (/ ?x4244 ?x1229)))
 (let ((?x3158 (+ ?x557 (* sum_n_13 exp_app_4 ?x2245))))
 (let ((?x8361 (+ (* ?x557 p_i_t) (* sum_n_14 exp_app_4 ?x2245))))
 (let ((?x3655 (/ ?x8361 ?x3158)))
 (let ((?x151 (* exp_app_0 exp_app_1)))
 (let ((?x6043 (+ ?x151 (* sum_n_13 exp_app_1))))
 (let ((?x745 (/ 1.0 ?x6043)))
 (let ((?x4982 (/ ?x151 ?x6043)))
 (let ((?x5800 (+ ?x4982 (* sum_n_13 exp_app_1 ?x745))))
 (let ((?x4005 (+ (* ?x4982 p_i_t) (* sum_n_14 exp_app_1 ?x745))))
 (let ((?x2307 (/ ?x4005 ?x5800)))
 (or (and (< ?x3655 ?x2307) (< ?x3655 p_i_t)) (and (< ?x2307 ?x3655) (< p_i_t ?x3655))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1375 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1375)))
(assert
 (let (($x6158 (<= exp_app_0 1.0)))
 (let (($x2177 (<= b_i 0.0)))
 (=> $x2177 $x6158))))
(assert
 (let (($x3618 (< b_i 1.0)))
 (=> $x3618 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let ((?x439 (+ 1.0 ?x5242)))
 (>= exp_app_1 ?x439))))))
(assert
 (let (($x1129 (<= exp_app_1 1.0)))
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let (($x4463 (<= ?x5242 0.0)))
 (=> $x4463 $x1129)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let ((?x7626 (- 1.0 ?x5242)))
 (let (($x7699 (< ?x5242 1.0)))
 (=> $x7699 (<= (* exp_app_1 ?x7626) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x6830 (+ 1.0 b_J)))
 (>= exp_app_2 ?x6830)))
(assert
 (let (($x3216 (<= exp_app_2 1.0)))
 (let (($x4089 (<= b_J 0.0)))
 (=> $x4089 $x3216))))
(assert
 (let (($x3157 (< b_J 1.0)))
 (=> $x3157 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x7705 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x7705)))
(assert
 (let (($x8205 (<= exp_app_3 1.0)))
 (let (($x2099 (<= x_raised 0.0)))
 (=> $x2099 $x8205))))
(assert
 (let (($x3666 (< x_raised 1.0)))
 (=> $x3666 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let ((?x4653 (+ 1.0 ?x3892)))
 (>= exp_app_4 ?x4653))))))
(assert
 (let (($x5406 (<= exp_app_4 1.0)))
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let (($x6547 (<= ?x3892 0.0)))
 (=> $x6547 $x5406)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let ((?x2926 (- 1.0 ?x3892)))
 (let (($x588 (< ?x3892 1.0)))
 (=> $x588 (<= (* exp_app_4 ?x2926) 1.0))))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let (($x7281 (< b_i ?x5242)))
 (=> $x7281 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let (($x1308 (< ?x5242 b_i)))
 (=> $x1308 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x4965 (< b_i b_J)))
 (=> $x4965 (< exp_app_0 exp_app_2))))
(assert
 (let (($x838 (< b_J b_i)))
 (=> $x838 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1656 (< b_i x_raised)))
 (=> $x1656 (< exp_app_0 exp_app_3))))
(assert
 (let (($x6813 (< x_raised b_i)))
 (=> $x6813 (< exp_app_3 exp_app_0))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let (($x8457 (< b_i ?x3892)))
 (=> $x8457 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let (($x7890 (< ?x3892 b_i)))
 (=> $x7890 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let (($x5112 (< ?x5242 b_J)))
 (=> $x5112 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let (($x2844 (< b_J ?x5242)))
 (=> $x2844 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let (($x5873 (< ?x5242 x_raised)))
 (=> $x5873 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let (($x7457 (< x_raised ?x5242)))
 (=> $x7457 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let (($x713 (< ?x5242 ?x3892)))
 (=> $x713 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let (($x2602 (< ?x3892 ?x5242)))
 (=> $x2602 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x2556 (< b_J x_raised)))
 (=> $x2556 (< exp_app_2 exp_app_3))))
(assert
 (let (($x8280 (< x_raised b_J)))
 (=> $x8280 (< exp_app_3 exp_app_2))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let (($x6756 (< b_J ?x3892)))
 (=> $x6756 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let (($x5764 (< ?x3892 b_J)))
 (=> $x5764 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let (($x3303 (< x_raised ?x3892)))
 (=> $x3303 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let (($x5061 (< ?x3892 x_raised)))
 (=> $x5061 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x8179 (= exp_app_0 exp_app_1)))
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (=> (= b_i ?x5242) $x8179))))))
(assert
 (let (($x7965 (= exp_app_0 exp_app_2)))
 (let (($x2985 (= b_i b_J)))
 (=> $x2985 $x7965))))
(assert
 (let (($x4326 (= exp_app_0 exp_app_3)))
 (let (($x3524 (= b_i x_raised)))
 (=> $x3524 $x4326))))
(assert
 (let (($x1043 (= exp_app_0 exp_app_4)))
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (=> (= b_i ?x3892) $x1043))))))
(assert
 (let (($x7645 (= exp_app_1 exp_app_2)))
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (=> (= ?x5242 b_J) $x7645))))))
(assert
 (let (($x3306 (= exp_app_1 exp_app_3)))
 (let (($x237 (= n 1.0)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (=> (= ?x5242 x_raised) $x3306))))))
(assert
 (let (($x2423 (= exp_app_1 exp_app_4)))
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (let ((?x3088 (ite (or $x237 (and (not $x237) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5242 (* (- 1.0) ?x3088)))
 (=> (= ?x5242 ?x3892) $x2423))))))))
(assert
 (let (($x5659 (= exp_app_2 exp_app_3)))
 (let (($x5220 (= b_J x_raised)))
 (=> $x5220 $x5659))))
(assert
 (let (($x3587 (= exp_app_2 exp_app_4)))
 (let (($x237 (= n 1.0)))
 (let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3892 (* (- 1.0) ?x3816)))
 (=> (= b_J ?x3892) $x3587))))))
(assert
 (let (($x757 (= exp_app_3 exp_app_4)))
(let (($x237 (= n 1.0)))
(let ((?x3816 (ite (or $x237 (and (not $x237) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x3892 (* (- 1.0) ?x3816)))
(=> (= x_raised ?x3892) $x757))))))
(check-sat)
