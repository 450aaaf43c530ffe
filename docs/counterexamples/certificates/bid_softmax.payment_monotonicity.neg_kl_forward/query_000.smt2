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
 (let ((?x364 (- n 1.0)))
 (let (($x1074 (>= ?x364 1.0)))
 (=> $x1074 (>= max_n_12 b_J)))))
(assert
 (let (($x648 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x1074 (>= ?x364 1.0)))
 (=> $x1074 $x648)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x1074 (>= ?x364 1.0)))
 (=> $x1074 (> sum_n_13 0.0)))))
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
 (let ((?x731 (* sum_n_13 exp_app_1)))
 (let ((?x1846 (* exp_app_0 exp_app_1)))
 (let ((?x1261 (+ ?x1846 ?x731)))
 (let ((?x845 (/ 1.0 ?x1261)))
 (let ((?x735 (/ ?x1846 ?x1261)))
 (let (($x1736 (= 0.0 (+ ?x735 (* sum_n_13 exp_app_1 ?x845)))))
 (let (($x1506 (and (= 0.0 (+ (* ?x735 p_i_t) (* sum_n_14 exp_app_1 ?x845))) $x1736)))
 (and (not $x1506) $x1736)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1708 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1708)))
(assert
 (let (($x760 (<= exp_app_0 1.0)))
 (let (($x352 (<= b_i 0.0)))
 (=> $x352 $x760))))
(assert
 (let (($x117 (< b_i 1.0)))
 (=> $x117 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let ((?x1084 (+ 1.0 ?x547)))
 (>= exp_app_1 ?x1084))))))
(assert
 (let (($x557 (<= exp_app_1 1.0)))
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let (($x1150 (<= ?x547 0.0)))
 (=> $x1150 $x557)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let ((?x1292 (- 1.0 ?x547)))
 (let (($x85 (< ?x547 1.0)))
 (=> $x85 (<= (* exp_app_1 ?x1292) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x71 (+ 1.0 b_J)))
 (>= exp_app_2 ?x71)))
(assert
 (let (($x1790 (<= exp_app_2 1.0)))
 (let (($x1426 (<= b_J 0.0)))
 (=> $x1426 $x1790))))
(assert
 (let (($x966 (< b_J 1.0)))
 (=> $x966 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x667 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x667)))
(assert
 (let (($x976 (<= exp_app_3 1.0)))
 (let (($x1849 (<= x_raised 0.0)))
 (=> $x1849 $x976))))
(assert
 (let (($x813 (< x_raised 1.0)))
 (=> $x813 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let ((?x302 (+ 1.0 ?x438)))
 (>= exp_app_4 ?x302))))))
(assert
 (let (($x923 (<= exp_app_4 1.0)))
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let (($x655 (<= ?x438 0.0)))
 (=> $x655 $x923)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let ((?x461 (- 1.0 ?x438)))
 (let (($x1030 (< ?x438 1.0)))
 (=> $x1030 (<= (* exp_app_4 ?x461) 1.0))))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let (($x609 (< b_i ?x547)))
 (=> $x609 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let (($x1323 (< ?x547 b_i)))
 (=> $x1323 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x405 (< b_i b_J)))
 (=> $x405 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1508 (< b_J b_i)))
 (=> $x1508 (< exp_app_2 exp_app_0))))
(assert
 (let (($x802 (< b_i x_raised)))
 (=> $x802 (< exp_app_0 exp_app_3))))
(assert
 (let (($x183 (< x_raised b_i)))
 (=> $x183 (< exp_app_3 exp_app_0))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let (($x355 (< b_i ?x438)))
 (=> $x355 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let (($x486 (< ?x438 b_i)))
 (=> $x486 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let (($x1406 (< ?x547 b_J)))
 (=> $x1406 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let (($x1347 (< b_J ?x547)))
 (=> $x1347 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let (($x1122 (< ?x547 x_raised)))
 (=> $x1122 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let (($x231 (< x_raised ?x547)))
 (=> $x231 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let (($x1473 (< ?x547 ?x438)))
 (=> $x1473 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let (($x193 (< ?x438 ?x547)))
 (=> $x193 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1816 (< b_J x_raised)))
 (=> $x1816 (< exp_app_2 exp_app_3))))
(assert
 (let (($x88 (< x_raised b_J)))
 (=> $x88 (< exp_app_3 exp_app_2))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let (($x1033 (< b_J ?x438)))
 (=> $x1033 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let (($x840 (< ?x438 b_J)))
 (=> $x840 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let (($x1900 (< x_raised ?x438)))
 (=> $x1900 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let (($x1270 (< ?x438 x_raised)))
 (=> $x1270 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x535 (= exp_app_0 exp_app_1)))
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (=> (= b_i ?x547) $x535))))))
(assert
 (let (($x445 (= exp_app_0 exp_app_2)))
 (let (($x825 (= b_i b_J)))
 (=> $x825 $x445))))
(assert
 (let (($x1512 (= exp_app_0 exp_app_3)))
 (let (($x104 (= b_i x_raised)))
 (=> $x104 $x1512))))
(assert
 (let (($x1601 (= exp_app_0 exp_app_4)))
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (=> (= b_i ?x438) $x1601))))))
(assert
 (let (($x47 (= exp_app_1 exp_app_2)))
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (=> (= ?x547 b_J) $x47))))))
(assert
 (let (($x741 (= exp_app_1 exp_app_3)))
 (let (($x922 (= n 1.0)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (=> (= ?x547 x_raised) $x741))))))
(assert
 (let (($x94 (= exp_app_1 exp_app_4)))
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (let ((?x1197 (ite (or $x922 (and (not $x922) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x547 (* (- 1.0) ?x1197)))
 (=> (= ?x547 ?x438) $x94))))))))
(assert
 (let (($x1346 (= exp_app_2 exp_app_3)))
 (let (($x1181 (= b_J x_raised)))
 (=> $x1181 $x1346))))
(assert
 (let (($x1421 (= exp_app_2 exp_app_4)))
 (let (($x922 (= n 1.0)))
 (let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x438 (* (- 1.0) ?x605)))
 (=> (= b_J ?x438) $x1421))))))
(assert
 (let (($x1362 (= exp_app_3 exp_app_4)))
(let (($x922 (= n 1.0)))
(let ((?x605 (ite (or $x922 (and (not $x922) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x438 (* (- 1.0) ?x605)))
(=> (= x_raised ?x438) $x1362))))))
(check-sat)
