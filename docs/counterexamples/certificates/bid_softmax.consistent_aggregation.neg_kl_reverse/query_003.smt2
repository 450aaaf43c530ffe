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
 (let ((?x2361 (- n 1.0)))
 (let (($x3293 (>= ?x2361 1.0)))
 (=> $x3293 (>= max_n_12 b_J)))))
(assert
 (let (($x202 (>= max_n_12 0.0)))
 (let ((?x2361 (- n 1.0)))
 (let (($x3293 (>= ?x2361 1.0)))
 (=> $x3293 $x202)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x2361 (- n 1.0)))
 (let (($x3293 (>= ?x2361 1.0)))
 (=> $x3293 (> sum_n_13 0.0)))))
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
 (let ((?x117 (* exp_app_3 exp_app_4)))
 (let ((?x2747 (+ ?x117 (* sum_n_13 exp_app_4))))
 (let ((?x2116 (/ 1.0 ?x2747)))
 (let ((?x493 (/ ?x117 ?x2747)))
 (let ((?x1893 (+ ?x493 (* sum_n_13 exp_app_4 ?x2116))))
 (let (($x349 (= 0.0 ?x1893)))
 (let (($x2372 (and (= 0.0 (+ (* ?x493 p_i_u) (* sum_n_15 exp_app_4 ?x2116))) $x349)))
 (let ((?x3203 (* exp_app_0 exp_app_1)))
 (let ((?x1796 (+ ?x3203 (* sum_n_13 exp_app_1))))
 (let ((?x1123 (/ 1.0 ?x1796)))
 (let ((?x1092 (/ ?x3203 ?x1796)))
 (let ((?x1179 (+ ?x1092 (* sum_n_13 exp_app_1 ?x1123))))
 (let (($x2855 (= 0.0 ?x1179)))
 (let (($x3618 (and (= 0.0 (+ (* ?x1092 p_i_u) (* sum_n_15 exp_app_1 ?x1123))) $x2855)))
 (let (($x2982 (and (= 0.0 (+ (* ?x493 p_i_t) (* sum_n_14 exp_app_4 ?x2116))) $x349)))
 (let (($x4931 (and (= 0.0 (+ (* ?x1092 p_i_t) (* sum_n_14 exp_app_1 ?x1123))) $x2855)))
 (let (($x715 (and (not $x4931) $x2855)))
 (and (not (or $x715 $x4931)) (not (or (and (not $x2982) $x349) $x2982)) (not (or (and (not $x3618) $x2855) $x3618)) (not (or (and (not $x2372) $x349) $x2372)))))))))))))))))))))
(assert
 (let ((?x3203 (* exp_app_0 exp_app_1)))
 (let ((?x1796 (+ ?x3203 (* sum_n_13 exp_app_1))))
 (let ((?x1123 (/ 1.0 ?x1796)))
 (let ((?x1092 (/ ?x3203 ?x1796)))
 (let ((?x1179 (+ ?x1092 (* sum_n_13 exp_app_1 ?x1123))))
 (let ((?x961 (+ (* ?x1092 p_i_u) (* sum_n_15 exp_app_1 ?x1123))))
 (let ((?x1776 (/ ?x961 ?x1179)))
 (let ((?x1268 (- p_i_u ?x1776)))
 (let ((?x2841 (+ (* ?x1092 p_i_t) (* sum_n_14 exp_app_1 ?x1123))))
 (let ((?x1775 (/ ?x2841 ?x1179)))
 (let ((?x117 (* exp_app_3 exp_app_4)))
 (let ((?x2747 (+ ?x117 (* sum_n_13 exp_app_4))))
 (let ((?x2116 (/ 1.0 ?x2747)))
 (let ((?x493 (/ ?x117 ?x2747)))
 (let ((?x1893 (+ ?x493 (* sum_n_13 exp_app_4 ?x2116))))
 (let ((?x669 (* ?x493 p_i_t)))
 (let ((?x953 (+ ?x669 (* sum_n_14 exp_app_4 ?x2116))))
 (let ((?x1442 (* (- (/ ?x953 ?x1893) ?x1775) ?x1268)))
 (let ((?x2562 (- (/ (+ (* ?x493 p_i_u) (* sum_n_15 exp_app_4 ?x2116)) ?x1893) ?x1776)))
 (let ((?x1278 (* ?x2562 (- p_i_t ?x1775))))
 (or (< ?x1442 ?x1278) (< ?x1278 ?x1442)))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x641 (+ 1.0 b_i)))
 (>= exp_app_0 ?x641)))
(assert
 (let (($x946 (<= exp_app_0 1.0)))
 (let (($x2794 (<= b_i 0.0)))
 (=> $x2794 $x946))))
(assert
 (let (($x989 (< b_i 1.0)))
 (=> $x989 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let ((?x163 (+ 1.0 ?x2516)))
 (>= exp_app_1 ?x163))))))
(assert
 (let (($x1933 (<= exp_app_1 1.0)))
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let (($x1791 (<= ?x2516 0.0)))
 (=> $x1791 $x1933)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let ((?x22 (- 1.0 ?x2516)))
 (let (($x2796 (< ?x2516 1.0)))
 (=> $x2796 (<= (* exp_app_1 ?x22) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x861 (+ 1.0 b_J)))
 (>= exp_app_2 ?x861)))
(assert
 (let (($x407 (<= exp_app_2 1.0)))
 (let (($x2071 (<= b_J 0.0)))
 (=> $x2071 $x407))))
(assert
 (let (($x1731 (< b_J 1.0)))
 (=> $x1731 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1607 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1607)))
(assert
 (let (($x2506 (<= exp_app_3 1.0)))
 (let (($x3498 (<= x_raised 0.0)))
 (=> $x3498 $x2506))))
(assert
 (let (($x2477 (< x_raised 1.0)))
 (=> $x2477 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let ((?x1218 (+ 1.0 ?x3519)))
 (>= exp_app_4 ?x1218))))))
(assert
 (let (($x1653 (<= exp_app_4 1.0)))
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let (($x2208 (<= ?x3519 0.0)))
 (=> $x2208 $x1653)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let ((?x805 (- 1.0 ?x3519)))
 (let (($x41 (< ?x3519 1.0)))
 (=> $x41 (<= (* exp_app_4 ?x805) 1.0))))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let (($x84 (< b_i ?x2516)))
 (=> $x84 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let (($x1850 (< ?x2516 b_i)))
 (=> $x1850 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x853 (< b_i b_J)))
 (=> $x853 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1990 (< b_J b_i)))
 (=> $x1990 (< exp_app_2 exp_app_0))))
(assert
 (let (($x504 (< b_i x_raised)))
 (=> $x504 (< exp_app_0 exp_app_3))))
(assert
 (let (($x139 (< x_raised b_i)))
 (=> $x139 (< exp_app_3 exp_app_0))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let (($x3464 (< b_i ?x3519)))
 (=> $x3464 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let (($x2209 (< ?x3519 b_i)))
 (=> $x2209 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let (($x530 (< ?x2516 b_J)))
 (=> $x530 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let (($x924 (< b_J ?x2516)))
 (=> $x924 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let (($x916 (< ?x2516 x_raised)))
 (=> $x916 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let (($x1205 (< x_raised ?x2516)))
 (=> $x1205 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let (($x2716 (< ?x2516 ?x3519)))
 (=> $x2716 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let (($x2251 (< ?x3519 ?x2516)))
 (=> $x2251 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x2151 (< b_J x_raised)))
 (=> $x2151 (< exp_app_2 exp_app_3))))
(assert
 (let (($x743 (< x_raised b_J)))
 (=> $x743 (< exp_app_3 exp_app_2))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let (($x1456 (< b_J ?x3519)))
 (=> $x1456 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let (($x2756 (< ?x3519 b_J)))
 (=> $x2756 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let (($x2096 (< x_raised ?x3519)))
 (=> $x2096 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let (($x18 (< ?x3519 x_raised)))
 (=> $x18 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1934 (= exp_app_0 exp_app_1)))
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (=> (= b_i ?x2516) $x1934))))))
(assert
 (let (($x1400 (= exp_app_0 exp_app_2)))
 (let (($x769 (= b_i b_J)))
 (=> $x769 $x1400))))
(assert
 (let (($x1606 (= exp_app_0 exp_app_3)))
 (let (($x3499 (= b_i x_raised)))
 (=> $x3499 $x1606))))
(assert
 (let (($x1217 (= exp_app_0 exp_app_4)))
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (=> (= b_i ?x3519) $x1217))))))
(assert
 (let (($x1115 (= exp_app_1 exp_app_2)))
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (=> (= ?x2516 b_J) $x1115))))))
(assert
 (let (($x1999 (= exp_app_1 exp_app_3)))
 (let (($x3583 (= n 1.0)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (=> (= ?x2516 x_raised) $x1999))))))
(assert
 (let (($x4942 (= exp_app_1 exp_app_4)))
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (let ((?x972 (ite (or $x3583 (and (not $x3583) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x2516 (* (- 1.0) ?x972)))
 (=> (= ?x2516 ?x3519) $x4942))))))))
(assert
 (let (($x1291 (= exp_app_2 exp_app_3)))
 (let (($x2523 (= b_J x_raised)))
 (=> $x2523 $x1291))))
(assert
 (let (($x3296 (= exp_app_2 exp_app_4)))
 (let (($x3583 (= n 1.0)))
 (let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x3519 (* (- 1.0) ?x1813)))
 (=> (= b_J ?x3519) $x3296))))))
(assert
 (let (($x3627 (= exp_app_3 exp_app_4)))
(let (($x3583 (= n 1.0)))
(let ((?x1813 (ite (or $x3583 (and (not $x3583) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x3519 (* (- 1.0) ?x1813)))
(=> (= x_raised ?x3519) $x3627))))))
(check-sat)
