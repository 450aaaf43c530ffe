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
 (let (($x6672 (>= ?x1654 1.0)))
 (=> $x6672 (>= max_n_12 b_J)))))
(assert
 (let (($x6938 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x6672 (>= ?x1654 1.0)))
 (=> $x6672 $x6938)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x6672 (>= ?x1654 1.0)))
 (=> $x6672 (> sum_n_13 0.0)))))
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
 (let ((?x5152 (* exp_app_3 exp_app_4)))
 (let ((?x2946 (+ ?x5152 (* sum_n_13 exp_app_4))))
 (let ((?x3162 (/ 1.0 ?x2946)))
 (let ((?x4174 (/ ?x5152 ?x2946)))
 (let ((?x6602 (+ ?x4174 (* sum_n_13 exp_app_4 ?x3162))))
 (let (($x162 (= 0.0 ?x6602)))
 (let (($x6585 (and (= 0.0 (+ (* ?x4174 p_i_u) (* sum_n_15 exp_app_4 ?x3162))) $x162)))
 (let ((?x4014 (* exp_app_0 exp_app_1)))
 (let ((?x3156 (+ ?x4014 (* sum_n_13 exp_app_1))))
 (let ((?x1671 (/ 1.0 ?x3156)))
 (let ((?x8175 (/ ?x4014 ?x3156)))
 (let ((?x1745 (+ ?x8175 (* sum_n_13 exp_app_1 ?x1671))))
 (let (($x6908 (= 0.0 ?x1745)))
 (let (($x720 (and (= 0.0 (+ (* ?x8175 p_i_u) (* sum_n_15 exp_app_1 ?x1671))) $x6908)))
 (let (($x3417 (and (= 0.0 (+ (* ?x4174 p_i_t) (* sum_n_14 exp_app_4 ?x3162))) $x162)))
 (let (($x1152 (and (= 0.0 (+ (* ?x8175 p_i_t) (* sum_n_14 exp_app_1 ?x1671))) $x6908)))
 (let (($x2637 (and (not $x1152) $x6908)))
 (and (not (or $x2637 $x1152)) (not (or (and (not $x3417) $x162) $x3417)) (not (or (and (not $x720) $x6908) $x720)) (not (or (and (not $x6585) $x162) $x6585)))))))))))))))))))))
(assert
 (let ((?x4014 (* exp_app_0 exp_app_1)))
 (let ((?x3156 (+ ?x4014 (* sum_n_13 exp_app_1))))
 (let ((?x1671 (/ 1.0 ?x3156)))
 (let ((?x8175 (/ ?x4014 ?x3156)))
 (let ((?x1745 (+ ?x8175 (* sum_n_13 exp_app_1 ?x1671))))
 (let ((?x984 (+ (* ?x8175 p_i_t) (* sum_n_14 exp_app_1 ?x1671))))
 (let ((?x4948 (/ ?x984 ?x1745)))
 (let ((?x5152 (* exp_app_3 exp_app_4)))
 (let ((?x2946 (+ ?x5152 (* sum_n_13 exp_app_4))))
 (let ((?x3162 (/ 1.0 ?x2946)))
 (let ((?x4174 (/ ?x5152 ?x2946)))
 (let ((?x6602 (+ ?x4174 (* sum_n_13 exp_app_4 ?x3162))))
 (let ((?x3666 (+ (* ?x4174 p_i_t) (* sum_n_14 exp_app_4 ?x3162))))
 (let ((?x4830 (- (/ ?x3666 ?x6602) ?x4948)))
 (or (> 0.0 (* ?x4830 (- p_i_t ?x4948))) (< (* (- p_i_t ?x4948) (- p_i_t ?x4948)) (* ?x4830 ?x4830))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1329 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1329)))
(assert
 (let (($x3386 (<= exp_app_0 1.0)))
 (let (($x7821 (<= b_i 0.0)))
 (=> $x7821 $x3386))))
(assert
 (let (($x7808 (< b_i 1.0)))
 (=> $x7808 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let ((?x8039 (+ 1.0 ?x3299)))
 (>= exp_app_1 ?x8039))))))
(assert
 (let (($x3466 (<= exp_app_1 1.0)))
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let (($x7573 (<= ?x3299 0.0)))
 (=> $x7573 $x3466)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let ((?x2599 (- 1.0 ?x3299)))
 (let (($x4419 (< ?x3299 1.0)))
 (=> $x4419 (<= (* exp_app_1 ?x2599) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x269 (+ 1.0 b_J)))
 (>= exp_app_2 ?x269)))
(assert
 (let (($x8276 (<= exp_app_2 1.0)))
 (let (($x8280 (<= b_J 0.0)))
 (=> $x8280 $x8276))))
(assert
 (let (($x3842 (< b_J 1.0)))
 (=> $x3842 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x6916 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x6916)))
(assert
 (let (($x1086 (<= exp_app_3 1.0)))
 (let (($x5402 (<= x_raised 0.0)))
 (=> $x5402 $x1086))))
(assert
 (let (($x1714 (< x_raised 1.0)))
 (=> $x1714 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let ((?x826 (+ 1.0 ?x1122)))
 (>= exp_app_4 ?x826))))))
(assert
 (let (($x7248 (<= exp_app_4 1.0)))
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let (($x7457 (<= ?x1122 0.0)))
 (=> $x7457 $x7248)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let ((?x4180 (- 1.0 ?x1122)))
 (let (($x637 (< ?x1122 1.0)))
 (=> $x637 (<= (* exp_app_4 ?x4180) 1.0))))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let (($x8257 (< b_i ?x3299)))
 (=> $x8257 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let (($x2286 (< ?x3299 b_i)))
 (=> $x2286 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x6835 (< b_i b_J)))
 (=> $x6835 (< exp_app_0 exp_app_2))))
(assert
 (let (($x5800 (< b_J b_i)))
 (=> $x5800 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1749 (< b_i x_raised)))
 (=> $x1749 (< exp_app_0 exp_app_3))))
(assert
 (let (($x2333 (< x_raised b_i)))
 (=> $x2333 (< exp_app_3 exp_app_0))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let (($x7853 (< b_i ?x1122)))
 (=> $x7853 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let (($x8583 (< ?x1122 b_i)))
 (=> $x8583 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let (($x6932 (< ?x3299 b_J)))
 (=> $x6932 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let (($x8212 (< b_J ?x3299)))
 (=> $x8212 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let (($x4286 (< ?x3299 x_raised)))
 (=> $x4286 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let (($x348 (< x_raised ?x3299)))
 (=> $x348 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let (($x2345 (< ?x3299 ?x1122)))
 (=> $x2345 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let (($x7361 (< ?x1122 ?x3299)))
 (=> $x7361 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x2147 (< b_J x_raised)))
 (=> $x2147 (< exp_app_2 exp_app_3))))
(assert
 (let (($x4867 (< x_raised b_J)))
 (=> $x4867 (< exp_app_3 exp_app_2))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let (($x811 (< b_J ?x1122)))
 (=> $x811 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let (($x5475 (< ?x1122 b_J)))
 (=> $x5475 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let (($x453 (< x_raised ?x1122)))
 (=> $x453 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let (($x7929 (< ?x1122 x_raised)))
 (=> $x7929 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x7047 (= exp_app_0 exp_app_1)))
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (=> (= b_i ?x3299) $x7047))))))
(assert
 (let (($x5669 (= exp_app_0 exp_app_2)))
 (let (($x2093 (= b_i b_J)))
 (=> $x2093 $x5669))))
(assert
 (let (($x1144 (= exp_app_0 exp_app_3)))
 (let (($x5320 (= b_i x_raised)))
 (=> $x5320 $x1144))))
(assert
 (let (($x8160 (= exp_app_0 exp_app_4)))
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (=> (= b_i ?x1122) $x8160))))))
(assert
 (let (($x7917 (= exp_app_1 exp_app_2)))
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (=> (= ?x3299 b_J) $x7917))))))
(assert
 (let (($x1229 (= exp_app_1 exp_app_3)))
 (let (($x4387 (= n 1.0)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (=> (= ?x3299 x_raised) $x1229))))))
(assert
 (let (($x2177 (= exp_app_1 exp_app_4)))
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (let ((?x8184 (ite (or $x4387 (and (not $x4387) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x3299 (* (- 1.0) ?x8184)))
 (=> (= ?x3299 ?x1122) $x2177))))))))
(assert
 (let (($x466 (= exp_app_2 exp_app_3)))
 (let (($x8157 (= b_J x_raised)))
 (=> $x8157 $x466))))
(assert
 (let (($x3146 (= exp_app_2 exp_app_4)))
 (let (($x4387 (= n 1.0)))
 (let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1122 (* (- 1.0) ?x1309)))
 (=> (= b_J ?x1122) $x3146))))))
(assert
 (let (($x5614 (= exp_app_3 exp_app_4)))
(let (($x4387 (= n 1.0)))
(let ((?x1309 (ite (or $x4387 (and (not $x4387) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x1122 (* (- 1.0) ?x1309)))
(=> (= x_raised ?x1122) $x5614))))))
(check-sat)
