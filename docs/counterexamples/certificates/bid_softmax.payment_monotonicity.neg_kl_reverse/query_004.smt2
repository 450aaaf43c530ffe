; bid_softmax, every n and k: the outputs sum to 1 wherever q(t) is finite
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
(declare-fun zero_is_negative!5703 () Bool)
(declare-fun zero_is_negative!5702 () Bool)
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
 (let (($x322 (>= ?x146 1.0)))
 (=> $x322 (>= max_n_12 b_J)))))
(assert
 (let (($x890 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x322 (>= ?x146 1.0)))
 (=> $x322 $x890)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x322 (>= ?x146 1.0)))
 (=> $x322 (> sum_n_13 0.0)))))
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
 (let ((?x1401 (* exp_app_0 exp_app_1)))
 (let ((?x1659 (+ ?x1401 (* sum_n_13 exp_app_1))))
 (let ((?x591 (/ 1.0 ?x1659)))
 (let ((?x1254 (* sum_n_13 exp_app_1 ?x591)))
 (let ((?x1188 (/ ?x1401 ?x1659)))
 (let ((?x1891 (+ ?x1188 ?x1254)))
 (let (($x1108 (= 0.0 ?x1891)))
 (let (($x612 (and (= 0.0 (+ (* ?x1188 p_i_t) (* sum_n_14 exp_app_1 ?x591))) $x1108)))
 (not (or (and (not $x612) $x1108) $x612)))))))))))
(assert
 (let ((?x1401 (* exp_app_0 exp_app_1)))
 (let ((?x1659 (+ ?x1401 (* sum_n_13 exp_app_1))))
 (let ((?x591 (/ 1.0 ?x1659)))
 (let ((?x1254 (* sum_n_13 exp_app_1 ?x591)))
 (let ((?x1188 (/ ?x1401 ?x1659)))
 (let ((?x1891 (+ ?x1188 ?x1254)))
 (let (($x1108 (= 0.0 ?x1891)))
 (let (($x612 (and (= 0.0 (+ (* ?x1188 p_i_t) (* sum_n_14 exp_app_1 ?x591))) $x1108)))
 (let (($x364 (not (or (and (not $x612) $x1108) $x612))))
 (let (($x1103 (= 0.0 p_J_t)))
 (let (($x196 (= 0.0 ?x1659)))
 (let (($x1806 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x196)) $x196)))
 (let (($x1782 (and (= 0.0 (* exp_app_2 exp_app_1)) $x196)))
 (let (($x1346 (or $x1782 (and $x1806 $x1103))))
 (let (($x958 (> 0.0 p_J_t)))
 (let (($x492 (not (or $x1806 $x1782))))
 (let (($x547 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x1659))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x1659)))))
 (let (($x519 (ite $x196 zero_is_negative!5703 $x547)))
 (let (($x1251 (or (and $x1806 (not $x519)) (and $x492 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x1659))))))
 (let (($x588 (< 0.0 p_J_t)))
 (let (($x497 (or (and $x1806 $x519) (and $x492 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x1659))))))
 (let (($x1840 (or (and $x497 $x588) (and $x1251 $x958))))
 (let (($x1068 (and (not $x1346) $x1806)))
 (let (($x334 (= 0.0 ?x1401)))
 (let (($x1142 (and $x334 $x196)))
 (let (($x413 (or $x1142 (and (and (not $x1142) $x196) (= 0.0 p_i_t)))))
 (let (($x1086 (> 0.0 p_i_t)))
 (let (($x471 (or (and (< 0.0 ?x1401) (not (> 0.0 ?x1659))) (and (> 0.0 ?x1401) (> 0.0 ?x1659)))))
 (let (($x542 (ite $x196 zero_is_negative!5702 $x471)))
 (let (($x180 (and (not $x1142) $x196)))
 (let (($x1149 (or (and $x180 (not $x542)) (and (not (or $x180 $x1142)) (> 0.0 ?x1188)))))
 (let (($x425 (< 0.0 p_i_t)))
 (let (($x975 (and (or (and $x180 $x542) (and (not (or $x180 $x1142)) (< 0.0 ?x1188))) $x425)))
 (let (($x1902 (or $x975 (and $x1149 $x1086))))
 (let (($x757 (and (not $x413) $x180)))
 (let (($x625 (and (not (or (or (and $x757 $x1902) (and $x757 (not $x1902))) $x413)) (not (or (or (and $x1068 $x1840) (and $x1068 (not $x1840))) $x1346)) $x364)))
 (let (($x1468 (not $x625)))
 (not $x1468)))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1401 (* exp_app_0 exp_app_1)))
 (let ((?x1659 (+ ?x1401 (* sum_n_13 exp_app_1))))
 (let ((?x591 (/ 1.0 ?x1659)))
 (let ((?x1254 (* sum_n_13 exp_app_1 ?x591)))
 (let ((?x1188 (/ ?x1401 ?x1659)))
 (let ((?x1891 (+ ?x1188 ?x1254)))
 (let ((?x1519 (+ (* ?x1188 p_i_t) (* sum_n_14 exp_app_1 ?x591))))
 (let (($x423 (< (/ ?x1519 ?x1891) 0.0)))
 (not $x423))))))))))
(assert
 (let ((?x1401 (* exp_app_0 exp_app_1)))
 (let ((?x1659 (+ ?x1401 (* sum_n_13 exp_app_1))))
 (let ((?x591 (/ 1.0 ?x1659)))
 (let ((?x1254 (* sum_n_13 exp_app_1 ?x591)))
 (let ((?x1188 (/ ?x1401 ?x1659)))
 (let ((?x1891 (+ ?x1188 ?x1254)))
 (let ((?x132 (+ (* ?x1188 1.0) ?x1254)))
 (let (($x1108 (= 0.0 ?x1891)))
 (let (($x220 (and (= 0.0 ?x132) $x1108)))
 (or (not (not (or (and (not $x220) $x1108) $x220))) (and (distinct (/ ?x132 ?x1891) 1.0) true))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x63 (+ 1.0 b_i)))
 (>= exp_app_0 ?x63)))
(assert
 (let (($x280 (<= exp_app_0 1.0)))
 (let (($x1078 (<= b_i 0.0)))
 (=> $x1078 $x280))))
(assert
 (let (($x1704 (< b_i 1.0)))
 (=> $x1704 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1062 (= n 1.0)))
 (let ((?x1549 (ite (or $x1062 (and (not $x1062) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x229 (* (- 1.0) ?x1549)))
 (let ((?x803 (+ 1.0 ?x229)))
 (>= exp_app_1 ?x803))))))
(assert
 (let (($x1885 (<= exp_app_1 1.0)))
 (let (($x1062 (= n 1.0)))
 (let ((?x1549 (ite (or $x1062 (and (not $x1062) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x229 (* (- 1.0) ?x1549)))
 (let (($x463 (<= ?x229 0.0)))
 (=> $x463 $x1885)))))))
(assert
 (let (($x1062 (= n 1.0)))
 (let ((?x1549 (ite (or $x1062 (and (not $x1062) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x229 (* (- 1.0) ?x1549)))
 (let ((?x704 (- 1.0 ?x229)))
 (let (($x1640 (< ?x229 1.0)))
 (=> $x1640 (<= (* exp_app_1 ?x704) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1662 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1662)))
(assert
 (let (($x306 (<= exp_app_2 1.0)))
 (let (($x278 (<= b_J 0.0)))
 (=> $x278 $x306))))
(assert
 (let (($x1621 (< b_J 1.0)))
 (=> $x1621 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x1062 (= n 1.0)))
 (let ((?x1549 (ite (or $x1062 (and (not $x1062) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x229 (* (- 1.0) ?x1549)))
 (let (($x269 (< b_i ?x229)))
 (=> $x269 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1062 (= n 1.0)))
 (let ((?x1549 (ite (or $x1062 (and (not $x1062) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x229 (* (- 1.0) ?x1549)))
 (let (($x800 (< ?x229 b_i)))
 (=> $x800 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x1793 (< b_i b_J)))
 (=> $x1793 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1415 (< b_J b_i)))
 (=> $x1415 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1062 (= n 1.0)))
 (let ((?x1549 (ite (or $x1062 (and (not $x1062) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x229 (* (- 1.0) ?x1549)))
 (let (($x1666 (< ?x229 b_J)))
 (=> $x1666 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1062 (= n 1.0)))
 (let ((?x1549 (ite (or $x1062 (and (not $x1062) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x229 (* (- 1.0) ?x1549)))
 (let (($x613 (< b_J ?x229)))
 (=> $x613 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1173 (= exp_app_0 exp_app_1)))
 (let (($x1062 (= n 1.0)))
 (let ((?x1549 (ite (or $x1062 (and (not $x1062) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x229 (* (- 1.0) ?x1549)))
 (=> (= b_i ?x229) $x1173))))))
(assert
 (let (($x318 (= exp_app_0 exp_app_2)))
 (let (($x131 (= b_i b_J)))
 (=> $x131 $x318))))
(assert
 (let (($x1682 (= exp_app_1 exp_app_2)))
(let (($x1062 (= n 1.0)))
(let ((?x1549 (ite (or $x1062 (and (not $x1062) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x229 (* (- 1.0) ?x1549)))
(=> (= ?x229 b_J) $x1682))))))
(check-sat)
