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
 (let (($x108 (>= ?x3862 1.0)))
 (=> $x108 (>= max_n_12 b_J)))))
(assert
 (let (($x3724 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x108 (>= ?x3862 1.0)))
 (=> $x108 $x3724)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x108 (>= ?x3862 1.0)))
 (=> $x108 (> sum_n_13 0.0)))))
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
 (let ((?x1552 (* sum_n_13 exp_app_4)))
 (let ((?x1760 (* exp_app_3 exp_app_4)))
 (let ((?x5240 (+ ?x1760 ?x1552)))
 (let ((?x6782 (/ 1.0 ?x5240)))
 (let ((?x1519 (/ ?x1760 ?x5240)))
 (let ((?x5372 (+ ?x1519 (* sum_n_13 exp_app_4 ?x6782))))
 (let (($x2778 (= 0.0 ?x5372)))
 (let (($x401 (and (= 0.0 (+ (* ?x1519 p_i_u) (* sum_n_15 exp_app_4 ?x6782))) $x2778)))
 (let ((?x24 (* sum_n_13 exp_app_1)))
 (let ((?x1313 (* exp_app_0 exp_app_1)))
 (let ((?x5250 (+ ?x1313 ?x24)))
 (let ((?x5196 (/ 1.0 ?x5250)))
 (let ((?x6535 (/ ?x1313 ?x5250)))
 (let ((?x8456 (+ ?x6535 (* sum_n_13 exp_app_1 ?x5196))))
 (let (($x3654 (= 0.0 ?x8456)))
 (let (($x2577 (and (= 0.0 (+ (* ?x6535 p_i_u) (* sum_n_15 exp_app_1 ?x5196))) $x3654)))
 (let (($x5590 (and (= 0.0 (+ (* ?x1519 p_i_t) (* sum_n_14 exp_app_4 ?x6782))) $x2778)))
 (let (($x7826 (and (= 0.0 (+ (* ?x6535 p_i_t) (* sum_n_14 exp_app_1 ?x5196))) $x3654)))
 (let (($x3624 (and (not $x7826) $x3654)))
 (and (not (or $x3624 $x7826)) (not (or (and (not $x5590) $x2778) $x5590)) (not (or (and (not $x2577) $x3654) $x2577)) (not (or (and (not $x401) $x2778) $x401)))))))))))))))))))))))
(assert
 (let ((?x24 (* sum_n_13 exp_app_1)))
 (let ((?x1313 (* exp_app_0 exp_app_1)))
 (let ((?x5250 (+ ?x1313 ?x24)))
 (let ((?x5196 (/ 1.0 ?x5250)))
 (let ((?x6535 (/ ?x1313 ?x5250)))
 (let ((?x8456 (+ ?x6535 (* sum_n_13 exp_app_1 ?x5196))))
 (let ((?x7031 (+ (* ?x6535 p_i_u) (* sum_n_15 exp_app_1 ?x5196))))
 (let ((?x4594 (/ ?x7031 ?x8456)))
 (let ((?x181 (- p_i_u ?x4594)))
 (let ((?x3237 (+ (* ?x6535 p_i_t) (* sum_n_14 exp_app_1 ?x5196))))
 (let ((?x4620 (/ ?x3237 ?x8456)))
 (let ((?x1552 (* sum_n_13 exp_app_4)))
 (let ((?x1760 (* exp_app_3 exp_app_4)))
 (let ((?x5240 (+ ?x1760 ?x1552)))
 (let ((?x6782 (/ 1.0 ?x5240)))
 (let ((?x1519 (/ ?x1760 ?x5240)))
 (let ((?x5372 (+ ?x1519 (* sum_n_13 exp_app_4 ?x6782))))
 (let ((?x7145 (+ (* ?x1519 p_i_t) (* sum_n_14 exp_app_4 ?x6782))))
 (let ((?x2234 (* (- (/ ?x7145 ?x5372) ?x4620) ?x181)))
 (let ((?x4379 (- (/ (+ (* ?x1519 p_i_u) (* sum_n_15 exp_app_4 ?x6782)) ?x5372) ?x4594)))
 (let ((?x5223 (* ?x4379 (- p_i_t ?x4620))))
 (or (< ?x2234 ?x5223) (< ?x5223 ?x2234))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x602 (+ 1.0 b_i)))
 (>= exp_app_0 ?x602)))
(assert
 (let (($x2994 (<= exp_app_0 1.0)))
 (let (($x7254 (<= b_i 0.0)))
 (=> $x7254 $x2994))))
(assert
 (let (($x4478 (< b_i 1.0)))
 (=> $x4478 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let ((?x2966 (+ 1.0 ?x6434)))
 (>= exp_app_1 ?x2966))))))
(assert
 (let (($x1022 (<= exp_app_1 1.0)))
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let (($x4627 (<= ?x6434 0.0)))
 (=> $x4627 $x1022)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let ((?x5190 (- 1.0 ?x6434)))
 (let (($x3428 (< ?x6434 1.0)))
 (=> $x3428 (<= (* exp_app_1 ?x5190) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x4819 (+ 1.0 b_J)))
 (>= exp_app_2 ?x4819)))
(assert
 (let (($x7968 (<= exp_app_2 1.0)))
 (let (($x7247 (<= b_J 0.0)))
 (=> $x7247 $x7968))))
(assert
 (let (($x8428 (< b_J 1.0)))
 (=> $x8428 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x8190 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x8190)))
(assert
 (let (($x3797 (<= exp_app_3 1.0)))
 (let (($x2690 (<= x_raised 0.0)))
 (=> $x2690 $x3797))))
(assert
 (let (($x2303 (< x_raised 1.0)))
 (=> $x2303 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let ((?x4522 (+ 1.0 ?x6705)))
 (>= exp_app_4 ?x4522))))))
(assert
 (let (($x1909 (<= exp_app_4 1.0)))
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let (($x3460 (<= ?x6705 0.0)))
 (=> $x3460 $x1909)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let ((?x4984 (- 1.0 ?x6705)))
 (let (($x1012 (< ?x6705 1.0)))
 (=> $x1012 (<= (* exp_app_4 ?x4984) 1.0))))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let (($x2403 (< b_i ?x6434)))
 (=> $x2403 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let (($x8576 (< ?x6434 b_i)))
 (=> $x8576 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2355 (< b_i b_J)))
 (=> $x2355 (< exp_app_0 exp_app_2))))
(assert
 (let (($x7113 (< b_J b_i)))
 (=> $x7113 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1553 (< b_i x_raised)))
 (=> $x1553 (< exp_app_0 exp_app_3))))
(assert
 (let (($x350 (< x_raised b_i)))
 (=> $x350 (< exp_app_3 exp_app_0))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let (($x8391 (< b_i ?x6705)))
 (=> $x8391 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let (($x4457 (< ?x6705 b_i)))
 (=> $x4457 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let (($x3630 (< ?x6434 b_J)))
 (=> $x3630 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let (($x1520 (< b_J ?x6434)))
 (=> $x1520 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let (($x1116 (< ?x6434 x_raised)))
 (=> $x1116 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let (($x359 (< x_raised ?x6434)))
 (=> $x359 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let (($x998 (< ?x6434 ?x6705)))
 (=> $x998 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let (($x4727 (< ?x6705 ?x6434)))
 (=> $x4727 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x164 (< b_J x_raised)))
 (=> $x164 (< exp_app_2 exp_app_3))))
(assert
 (let (($x8334 (< x_raised b_J)))
 (=> $x8334 (< exp_app_3 exp_app_2))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let (($x6109 (< b_J ?x6705)))
 (=> $x6109 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let (($x1051 (< ?x6705 b_J)))
 (=> $x1051 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let (($x3510 (< x_raised ?x6705)))
 (=> $x3510 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let (($x1871 (< ?x6705 x_raised)))
 (=> $x1871 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x4176 (= exp_app_0 exp_app_1)))
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (=> (= b_i ?x6434) $x4176))))))
(assert
 (let (($x7493 (= exp_app_0 exp_app_2)))
 (let (($x2412 (= b_i b_J)))
 (=> $x2412 $x7493))))
(assert
 (let (($x8236 (= exp_app_0 exp_app_3)))
 (let (($x6040 (= b_i x_raised)))
 (=> $x6040 $x8236))))
(assert
 (let (($x1306 (= exp_app_0 exp_app_4)))
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (=> (= b_i ?x6705) $x1306))))))
(assert
 (let (($x8081 (= exp_app_1 exp_app_2)))
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (=> (= ?x6434 b_J) $x8081))))))
(assert
 (let (($x1398 (= exp_app_1 exp_app_3)))
 (let (($x5895 (= n 1.0)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (=> (= ?x6434 x_raised) $x1398))))))
(assert
 (let (($x2247 (= exp_app_1 exp_app_4)))
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (let ((?x115 (ite (or $x5895 (and (not $x5895) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6434 (* (- 1.0) ?x115)))
 (=> (= ?x6434 ?x6705) $x2247))))))))
(assert
 (let (($x8009 (= exp_app_2 exp_app_3)))
 (let (($x1799 (= b_J x_raised)))
 (=> $x1799 $x8009))))
(assert
 (let (($x3201 (= exp_app_2 exp_app_4)))
 (let (($x5895 (= n 1.0)))
 (let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x6705 (* (- 1.0) ?x2923)))
 (=> (= b_J ?x6705) $x3201))))))
(assert
 (let (($x5648 (= exp_app_3 exp_app_4)))
(let (($x5895 (= n 1.0)))
(let ((?x2923 (ite (or $x5895 (and (not $x5895) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x6705 (* (- 1.0) ?x2923)))
(=> (= x_raised ?x6705) $x5648))))))
(check-sat)
