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
 (let ((?x3862 (- n 1.0)))
 (let (($x7254 (>= ?x3862 1.0)))
 (=> $x7254 (>= max_n_12 b_J)))))
(assert
 (let (($x3914 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x7254 (>= ?x3862 1.0)))
 (=> $x7254 $x3914)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x7254 (>= ?x3862 1.0)))
 (=> $x7254 (> sum_n_13 0.0)))))
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
 (let ((?x1306 (* sum_n_13 exp_app_4)))
 (let ((?x6603 (* exp_app_3 exp_app_4)))
 (let ((?x8637 (+ ?x6603 ?x1306)))
 (let ((?x4924 (/ 1.0 ?x8637)))
 (let ((?x8352 (/ ?x6603 ?x8637)))
 (let ((?x1905 (+ ?x8352 (* sum_n_13 exp_app_4 ?x4924))))
 (let (($x4549 (= 0.0 ?x1905)))
 (let (($x1709 (and (= 0.0 (+ (* ?x8352 p_i_u) (* sum_n_15 exp_app_4 ?x4924))) $x4549)))
 (let ((?x7795 (* sum_n_13 exp_app_1)))
 (let ((?x52 (* exp_app_0 exp_app_1)))
 (let ((?x150 (+ ?x52 ?x7795)))
 (let ((?x462 (/ 1.0 ?x150)))
 (let ((?x2632 (/ ?x52 ?x150)))
 (let ((?x2872 (+ ?x2632 (* sum_n_13 exp_app_1 ?x462))))
 (let (($x187 (= 0.0 ?x2872)))
 (let (($x4033 (and (= 0.0 (+ (* ?x2632 p_i_u) (* sum_n_15 exp_app_1 ?x462))) $x187)))
 (let (($x6833 (and (= 0.0 (+ (* ?x8352 p_i_t) (* sum_n_14 exp_app_4 ?x4924))) $x4549)))
 (let (($x4587 (and (= 0.0 (+ (* ?x2632 p_i_t) (* sum_n_14 exp_app_1 ?x462))) $x187)))
 (let (($x1692 (and (not $x4587) $x187)))
 (and (not (or $x1692 $x4587)) (not (or (and (not $x6833) $x4549) $x6833)) (not (or (and (not $x4033) $x187) $x4033)) (not (or (and (not $x1709) $x4549) $x1709)))))))))))))))))))))))
(assert
 (let ((?x7795 (* sum_n_13 exp_app_1)))
 (let ((?x52 (* exp_app_0 exp_app_1)))
 (let ((?x150 (+ ?x52 ?x7795)))
 (let ((?x462 (/ 1.0 ?x150)))
 (let ((?x2632 (/ ?x52 ?x150)))
 (let ((?x2872 (+ ?x2632 (* sum_n_13 exp_app_1 ?x462))))
 (let ((?x6333 (+ (* ?x2632 p_i_t) (* sum_n_14 exp_app_1 ?x462))))
 (let ((?x8321 (/ ?x6333 ?x2872)))
 (let ((?x1306 (* sum_n_13 exp_app_4)))
 (let ((?x6603 (* exp_app_3 exp_app_4)))
 (let ((?x8637 (+ ?x6603 ?x1306)))
 (let ((?x4924 (/ 1.0 ?x8637)))
 (let ((?x8352 (/ ?x6603 ?x8637)))
 (let ((?x1905 (+ ?x8352 (* sum_n_13 exp_app_4 ?x4924))))
 (let ((?x3286 (+ (* ?x8352 p_i_t) (* sum_n_14 exp_app_4 ?x4924))))
 (let ((?x981 (- (/ ?x3286 ?x1905) ?x8321)))
 (or (> 0.0 (* ?x981 (- p_i_t ?x8321))) (< (* (- p_i_t ?x8321) (- p_i_t ?x8321)) (* ?x981 ?x981))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x8238 (+ 1.0 b_i)))
 (>= exp_app_0 ?x8238)))
(assert
 (let (($x1338 (<= exp_app_0 1.0)))
 (let (($x4984 (<= b_i 0.0)))
 (=> $x4984 $x1338))))
(assert
 (let (($x1385 (< b_i 1.0)))
 (=> $x1385 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let ((?x2003 (+ 1.0 ?x1862)))
 (>= exp_app_1 ?x2003))))))
(assert
 (let (($x2513 (<= exp_app_1 1.0)))
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let (($x518 (<= ?x1862 0.0)))
 (=> $x518 $x2513)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let ((?x6604 (- 1.0 ?x1862)))
 (let (($x956 (< ?x1862 1.0)))
 (=> $x956 (<= (* exp_app_1 ?x6604) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x7220 (+ 1.0 b_J)))
 (>= exp_app_2 ?x7220)))
(assert
 (let (($x6180 (<= exp_app_2 1.0)))
 (let (($x1809 (<= b_J 0.0)))
 (=> $x1809 $x6180))))
(assert
 (let (($x5656 (< b_J 1.0)))
 (=> $x5656 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x2763 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x2763)))
(assert
 (let (($x6511 (<= exp_app_3 1.0)))
 (let (($x4536 (<= x_raised 0.0)))
 (=> $x4536 $x6511))))
(assert
 (let (($x5558 (< x_raised 1.0)))
 (=> $x5558 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let ((?x1252 (+ 1.0 ?x1497)))
 (>= exp_app_4 ?x1252))))))
(assert
 (let (($x3826 (<= exp_app_4 1.0)))
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let (($x6699 (<= ?x1497 0.0)))
 (=> $x6699 $x3826)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let ((?x71 (- 1.0 ?x1497)))
 (let (($x601 (< ?x1497 1.0)))
 (=> $x601 (<= (* exp_app_4 ?x71) 1.0))))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let (($x4240 (< b_i ?x1862)))
 (=> $x4240 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let (($x5879 (< ?x1862 b_i)))
 (=> $x5879 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2115 (< b_i b_J)))
 (=> $x2115 (< exp_app_0 exp_app_2))))
(assert
 (let (($x8520 (< b_J b_i)))
 (=> $x8520 (< exp_app_2 exp_app_0))))
(assert
 (let (($x4067 (< b_i x_raised)))
 (=> $x4067 (< exp_app_0 exp_app_3))))
(assert
 (let (($x8173 (< x_raised b_i)))
 (=> $x8173 (< exp_app_3 exp_app_0))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let (($x5814 (< b_i ?x1497)))
 (=> $x5814 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let (($x6230 (< ?x1497 b_i)))
 (=> $x6230 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let (($x3788 (< ?x1862 b_J)))
 (=> $x3788 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let (($x3590 (< b_J ?x1862)))
 (=> $x3590 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let (($x2776 (< ?x1862 x_raised)))
 (=> $x2776 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let (($x3675 (< x_raised ?x1862)))
 (=> $x3675 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let (($x6065 (< ?x1862 ?x1497)))
 (=> $x6065 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let (($x6688 (< ?x1497 ?x1862)))
 (=> $x6688 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x3237 (< b_J x_raised)))
 (=> $x3237 (< exp_app_2 exp_app_3))))
(assert
 (let (($x8316 (< x_raised b_J)))
 (=> $x8316 (< exp_app_3 exp_app_2))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let (($x7192 (< b_J ?x1497)))
 (=> $x7192 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let (($x2536 (< ?x1497 b_J)))
 (=> $x2536 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let (($x4522 (< x_raised ?x1497)))
 (=> $x4522 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let (($x6865 (< ?x1497 x_raised)))
 (=> $x6865 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x3662 (= exp_app_0 exp_app_1)))
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (=> (= b_i ?x1862) $x3662))))))
(assert
 (let (($x8337 (= exp_app_0 exp_app_2)))
 (let (($x570 (= b_i b_J)))
 (=> $x570 $x8337))))
(assert
 (let (($x2738 (= exp_app_0 exp_app_3)))
 (let (($x888 (= b_i x_raised)))
 (=> $x888 $x2738))))
(assert
 (let (($x6365 (= exp_app_0 exp_app_4)))
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (=> (= b_i ?x1497) $x6365))))))
(assert
 (let (($x4253 (= exp_app_1 exp_app_2)))
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (=> (= ?x1862 b_J) $x4253))))))
(assert
 (let (($x4145 (= exp_app_1 exp_app_3)))
 (let (($x3246 (= n 1.0)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (=> (= ?x1862 x_raised) $x4145))))))
(assert
 (let (($x5469 (= exp_app_1 exp_app_4)))
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (let ((?x3606 (ite (or $x3246 (and (not $x3246) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1862 (* (- 1.0) ?x3606)))
 (=> (= ?x1862 ?x1497) $x5469))))))))
(assert
 (let (($x1200 (= exp_app_2 exp_app_3)))
 (let (($x3749 (= b_J x_raised)))
 (=> $x3749 $x1200))))
(assert
 (let (($x612 (= exp_app_2 exp_app_4)))
 (let (($x3246 (= n 1.0)))
 (let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x1497 (* (- 1.0) ?x4898)))
 (=> (= b_J ?x1497) $x612))))))
(assert
 (let (($x4796 (= exp_app_3 exp_app_4)))
(let (($x3246 (= n 1.0)))
(let ((?x4898 (ite (or $x3246 (and (not $x3246) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x1497 (* (- 1.0) ?x4898)))
(=> (= x_raised ?x1497) $x4796))))))
(check-sat)
