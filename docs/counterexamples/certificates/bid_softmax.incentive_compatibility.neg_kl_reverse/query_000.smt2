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
 (let ((?x146 (- n 1.0)))
 (let (($x1503 (>= ?x146 1.0)))
 (=> $x1503 (>= max_n_12 b_J)))))
(assert
 (let (($x66 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x1503 (>= ?x146 1.0)))
 (=> $x1503 $x66)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x1503 (>= ?x146 1.0)))
 (=> $x1503 (> sum_n_13 0.0)))))
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
 (let ((?x995 (* sum_n_13 exp_app_1)))
 (let ((?x1154 (* exp_app_0 exp_app_1)))
 (let ((?x722 (+ ?x1154 ?x995)))
 (let ((?x1094 (/ 1.0 ?x722)))
 (let ((?x1513 (/ ?x1154 ?x722)))
 (let (($x1611 (= 0.0 (+ ?x1513 (* sum_n_13 exp_app_1 ?x1094)))))
 (let (($x1129 (and (= 0.0 (+ (* ?x1513 p_i_t) (* sum_n_14 exp_app_1 ?x1094))) $x1611)))
 (and (not $x1129) $x1611)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1495 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1495)))
(assert
 (let (($x1506 (<= exp_app_0 1.0)))
 (let (($x1778 (<= b_i 0.0)))
 (=> $x1778 $x1506))))
(assert
 (let (($x615 (< b_i 1.0)))
 (=> $x615 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let ((?x113 (+ 1.0 ?x1007)))
 (>= exp_app_1 ?x113))))))
(assert
 (let (($x759 (<= exp_app_1 1.0)))
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let (($x690 (<= ?x1007 0.0)))
 (=> $x690 $x759)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let ((?x409 (- 1.0 ?x1007)))
 (let (($x1737 (< ?x1007 1.0)))
 (=> $x1737 (<= (* exp_app_1 ?x409) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x52 (+ 1.0 b_J)))
 (>= exp_app_2 ?x52)))
(assert
 (let (($x489 (<= exp_app_2 1.0)))
 (let (($x410 (<= b_J 0.0)))
 (=> $x410 $x489))))
(assert
 (let (($x1592 (< b_J 1.0)))
 (=> $x1592 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1409 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1409)))
(assert
 (let (($x792 (<= exp_app_3 1.0)))
 (let (($x876 (<= x_raised 0.0)))
 (=> $x876 $x792))))
(assert
 (let (($x1855 (< x_raised 1.0)))
 (=> $x1855 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let ((?x1696 (+ 1.0 ?x941)))
 (>= exp_app_4 ?x1696))))))
(assert
 (let (($x752 (<= exp_app_4 1.0)))
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let (($x405 (<= ?x941 0.0)))
 (=> $x405 $x752)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let ((?x106 (- 1.0 ?x941)))
 (let (($x855 (< ?x941 1.0)))
 (=> $x855 (<= (* exp_app_4 ?x106) 1.0))))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let (($x1590 (< b_i ?x1007)))
 (=> $x1590 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let (($x397 (< ?x1007 b_i)))
 (=> $x397 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x875 (< b_i b_J)))
 (=> $x875 (< exp_app_0 exp_app_2))))
(assert
 (let (($x504 (< b_J b_i)))
 (=> $x504 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1586 (< b_i x_raised)))
 (=> $x1586 (< exp_app_0 exp_app_3))))
(assert
 (let (($x488 (< x_raised b_i)))
 (=> $x488 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let (($x1062 (< b_i ?x941)))
 (=> $x1062 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let (($x1065 (< ?x941 b_i)))
 (=> $x1065 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let (($x1003 (< ?x1007 b_J)))
 (=> $x1003 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let (($x1314 (< b_J ?x1007)))
 (=> $x1314 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let (($x935 (< ?x1007 x_raised)))
 (=> $x935 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let (($x1227 (< x_raised ?x1007)))
 (=> $x1227 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let (($x495 (< ?x1007 ?x941)))
 (=> $x495 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let (($x1716 (< ?x941 ?x1007)))
 (=> $x1716 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x628 (< b_J x_raised)))
 (=> $x628 (< exp_app_2 exp_app_3))))
(assert
 (let (($x299 (< x_raised b_J)))
 (=> $x299 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let (($x1673 (< b_J ?x941)))
 (=> $x1673 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let (($x480 (< ?x941 b_J)))
 (=> $x480 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let (($x389 (< x_raised ?x941)))
 (=> $x389 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let (($x1302 (< ?x941 x_raised)))
 (=> $x1302 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1766 (= exp_app_0 exp_app_1)))
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (=> (= b_i ?x1007) $x1766))))))
(assert
 (let (($x1089 (= exp_app_0 exp_app_2)))
 (let (($x1407 (= b_i b_J)))
 (=> $x1407 $x1089))))
(assert
 (let (($x1720 (= exp_app_0 exp_app_3)))
 (let (($x542 (= b_i x_raised)))
 (=> $x542 $x1720))))
(assert
 (let (($x302 (= exp_app_0 exp_app_4)))
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (=> (= b_i ?x941) $x302))))))
(assert
 (let (($x1613 (= exp_app_1 exp_app_2)))
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (=> (= ?x1007 b_J) $x1613))))))
(assert
 (let (($x691 (= exp_app_1 exp_app_3)))
 (let (($x1691 (= n 1.0)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (=> (= ?x1007 x_raised) $x691))))))
(assert
 (let (($x1738 (= exp_app_1 exp_app_4)))
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (let ((?x44 (ite (or $x1691 (and (not $x1691) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1007 (* (- 1.0) ?x44)))
 (=> (= ?x1007 ?x941) $x1738))))))))
(assert
 (let (($x315 (= exp_app_2 exp_app_3)))
 (let (($x951 (= b_J x_raised)))
 (=> $x951 $x315))))
(assert
 (let (($x1247 (= exp_app_2 exp_app_4)))
 (let (($x1691 (= n 1.0)))
 (let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x941 (* (- 1.0) ?x545)))
 (=> (= b_J ?x941) $x1247))))))
(assert
 (let (($x595 (= exp_app_3 exp_app_4)))
(let (($x1691 (= n 1.0)))
(let ((?x545 (ite (or $x1691 (and (not $x1691) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x941 (* (- 1.0) ?x545)))
(=> (= x_raised ?x941) $x595))))))
(check-sat)
