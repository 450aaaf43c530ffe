; bid_softmax, every n and k: q(t) >= 0 wherever q(t) is finite
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
(declare-fun zero_is_negative!6842 () Bool)
(declare-fun zero_is_negative!6841 () Bool)
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
 (let (($x1636 (>= ?x146 1.0)))
 (=> $x1636 (>= max_n_12 b_J)))))
(assert
 (let (($x1119 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x1636 (>= ?x146 1.0)))
 (=> $x1636 $x1119)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x1636 (>= ?x146 1.0)))
 (=> $x1636 (> sum_n_13 0.0)))))
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
 (let ((?x459 (* exp_app_0 exp_app_1)))
 (let ((?x1893 (+ ?x459 (* sum_n_13 exp_app_1))))
 (let ((?x1256 (/ 1.0 ?x1893)))
 (let ((?x1592 (/ ?x459 ?x1893)))
 (let ((?x1664 (+ ?x1592 (* sum_n_13 exp_app_1 ?x1256))))
 (let (($x397 (= 0.0 ?x1664)))
 (let (($x917 (and (= 0.0 (+ (* ?x1592 p_i_t) (* sum_n_14 exp_app_1 ?x1256))) $x397)))
 (not (or (and (not $x917) $x397) $x917))))))))))
(assert
 (let ((?x459 (* exp_app_0 exp_app_1)))
 (let ((?x1893 (+ ?x459 (* sum_n_13 exp_app_1))))
 (let ((?x1256 (/ 1.0 ?x1893)))
 (let ((?x1592 (/ ?x459 ?x1893)))
 (let ((?x1664 (+ ?x1592 (* sum_n_13 exp_app_1 ?x1256))))
 (let (($x397 (= 0.0 ?x1664)))
 (let (($x917 (and (= 0.0 (+ (* ?x1592 p_i_t) (* sum_n_14 exp_app_1 ?x1256))) $x397)))
 (let (($x588 (not (or (and (not $x917) $x397) $x917))))
 (let (($x166 (= 0.0 p_J_t)))
 (let (($x564 (= 0.0 ?x1893)))
 (let (($x1239 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x564)) $x564)))
 (let (($x1080 (and (= 0.0 (* exp_app_2 exp_app_1)) $x564)))
 (let (($x378 (or $x1080 (and $x1239 $x166))))
 (let (($x1253 (> 0.0 p_J_t)))
 (let (($x1249 (not (or $x1239 $x1080))))
 (let (($x1844 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x1893))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x1893)))))
 (let (($x1706 (ite $x564 zero_is_negative!6842 $x1844)))
 (let (($x404 (or (and $x1239 (not $x1706)) (and $x1249 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x1893))))))
 (let (($x396 (< 0.0 p_J_t)))
 (let (($x71 (or (and $x1239 $x1706) (and $x1249 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x1893))))))
 (let (($x1379 (or (and $x71 $x396) (and $x404 $x1253))))
 (let (($x1746 (and (not $x378) $x1239)))
 (let (($x643 (= 0.0 ?x459)))
 (let (($x1046 (and $x643 $x564)))
 (let (($x863 (or $x1046 (and (and (not $x1046) $x564) (= 0.0 p_i_t)))))
 (let (($x265 (> 0.0 p_i_t)))
 (let (($x1660 (or (and (< 0.0 ?x459) (not (> 0.0 ?x1893))) (and (> 0.0 ?x459) (> 0.0 ?x1893)))))
 (let (($x1467 (ite $x564 zero_is_negative!6841 $x1660)))
 (let (($x659 (and (not $x1046) $x564)))
 (let (($x95 (or (and $x659 (not $x1467)) (and (not (or $x659 $x1046)) (> 0.0 ?x1592)))))
 (let (($x719 (< 0.0 p_i_t)))
 (let (($x629 (and (or (and $x659 $x1467) (and (not (or $x659 $x1046)) (< 0.0 ?x1592))) $x719)))
 (let (($x1566 (or $x629 (and $x95 $x265))))
 (let (($x847 (and (not $x863) $x659)))
 (let (($x762 (and (not (or (or (and $x847 $x1566) (and $x847 (not $x1566))) $x863)) (not (or (or (and $x1746 $x1379) (and $x1746 (not $x1379))) $x378)) $x588)))
 (let (($x1791 (not $x762)))
 (not $x1791))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x459 (* exp_app_0 exp_app_1)))
 (let ((?x1893 (+ ?x459 (* sum_n_13 exp_app_1))))
 (let ((?x1256 (/ 1.0 ?x1893)))
 (let ((?x1592 (/ ?x459 ?x1893)))
 (let ((?x1664 (+ ?x1592 (* sum_n_13 exp_app_1 ?x1256))))
 (let ((?x668 (+ (* ?x1592 p_i_t) (* sum_n_14 exp_app_1 ?x1256))))
 (< (/ ?x668 ?x1664) 0.0))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1187 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1187)))
(assert
 (let (($x406 (<= exp_app_0 1.0)))
 (let (($x1691 (<= b_i 0.0)))
 (=> $x1691 $x406))))
(assert
 (let (($x526 (< b_i 1.0)))
 (=> $x526 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x745 (= n 1.0)))
 (let ((?x1677 (ite (or $x745 (and (not $x745) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1064 (* (- 1.0) ?x1677)))
 (let ((?x1007 (+ 1.0 ?x1064)))
 (>= exp_app_1 ?x1007))))))
(assert
 (let (($x44 (<= exp_app_1 1.0)))
 (let (($x745 (= n 1.0)))
 (let ((?x1677 (ite (or $x745 (and (not $x745) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1064 (* (- 1.0) ?x1677)))
 (let (($x731 (<= ?x1064 0.0)))
 (=> $x731 $x44)))))))
(assert
 (let (($x745 (= n 1.0)))
 (let ((?x1677 (ite (or $x745 (and (not $x745) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1064 (* (- 1.0) ?x1677)))
 (let ((?x1278 (- 1.0 ?x1064)))
 (let (($x1151 (< ?x1064 1.0)))
 (=> $x1151 (<= (* exp_app_1 ?x1278) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1553 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1553)))
(assert
 (let (($x763 (<= exp_app_2 1.0)))
 (let (($x1103 (<= b_J 0.0)))
 (=> $x1103 $x763))))
(assert
 (let (($x640 (< b_J 1.0)))
 (=> $x640 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x745 (= n 1.0)))
 (let ((?x1677 (ite (or $x745 (and (not $x745) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1064 (* (- 1.0) ?x1677)))
 (let (($x410 (< b_i ?x1064)))
 (=> $x410 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x745 (= n 1.0)))
 (let ((?x1677 (ite (or $x745 (and (not $x745) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1064 (* (- 1.0) ?x1677)))
 (let (($x615 (< ?x1064 b_i)))
 (=> $x615 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1563 (< b_i b_J)))
 (=> $x1563 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1461 (< b_J b_i)))
 (=> $x1461 (< exp_app_2 exp_app_0))))
(assert
 (let (($x745 (= n 1.0)))
 (let ((?x1677 (ite (or $x745 (and (not $x745) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1064 (* (- 1.0) ?x1677)))
 (let (($x435 (< ?x1064 b_J)))
 (=> $x435 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x745 (= n 1.0)))
 (let ((?x1677 (ite (or $x745 (and (not $x745) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1064 (* (- 1.0) ?x1677)))
 (let (($x760 (< b_J ?x1064)))
 (=> $x760 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1000 (= exp_app_0 exp_app_1)))
 (let (($x745 (= n 1.0)))
 (let ((?x1677 (ite (or $x745 (and (not $x745) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1064 (* (- 1.0) ?x1677)))
 (=> (= b_i ?x1064) $x1000))))))
(assert
 (let (($x174 (= exp_app_0 exp_app_2)))
 (let (($x239 (= b_i b_J)))
 (=> $x239 $x174))))
(assert
 (let (($x476 (= exp_app_1 exp_app_2)))
(let (($x745 (= n 1.0)))
(let ((?x1677 (ite (or $x745 (and (not $x745) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x1064 (* (- 1.0) ?x1677)))
(=> (= ?x1064 b_J) $x476))))))
(check-sat)
