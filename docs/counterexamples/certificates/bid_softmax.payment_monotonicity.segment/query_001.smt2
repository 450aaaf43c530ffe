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
 (let ((?x146 (- n 1.0)))
 (let (($x1063 (>= ?x146 1.0)))
 (=> $x1063 (>= max_n_12 b_J)))))
(assert
 (let (($x1342 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x1063 (>= ?x146 1.0)))
 (=> $x1063 $x1342)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x1063 (>= ?x146 1.0)))
 (=> $x1063 (> sum_n_13 0.0)))))
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
 (let ((?x36 (* sum_n_13 exp_app_4)))
 (let ((?x621 (* exp_app_3 exp_app_4)))
 (let ((?x1134 (+ ?x621 ?x36)))
 (let ((?x648 (/ 1.0 ?x1134)))
 (let ((?x1446 (/ ?x621 ?x1134)))
 (let ((?x362 (+ ?x1446 (* sum_n_13 exp_app_4 ?x648))))
 (let (($x1467 (= 0.0 ?x362)))
 (let (($x542 (and (= 0.0 (+ (* ?x1446 p_i_u) (* sum_n_15 exp_app_4 ?x648))) $x1467)))
 (let ((?x365 (* exp_app_0 exp_app_1)))
 (let ((?x58 (+ ?x365 (* sum_n_13 exp_app_1))))
 (let ((?x1295 (/ 1.0 ?x58)))
 (let ((?x1532 (/ ?x365 ?x58)))
 (let ((?x699 (+ ?x1532 (* sum_n_13 exp_app_1 ?x1295))))
 (let (($x632 (= 0.0 ?x699)))
 (let (($x1075 (and (= 0.0 (+ (* ?x1532 p_i_u) (* sum_n_15 exp_app_1 ?x1295))) $x632)))
 (let (($x78 (and (= 0.0 (+ (* ?x1446 p_i_t) (* sum_n_14 exp_app_4 ?x648))) $x1467)))
 (let (($x1438 (and (= 0.0 (+ (* ?x1532 p_i_t) (* sum_n_14 exp_app_1 ?x1295))) $x632)))
 (let (($x977 (and (not $x1438) $x632)))
 (and (not (or $x977 $x1438)) (not (or (and (not $x78) $x1467) $x78)) (not (or (and (not $x1075) $x632) $x1075)) (not (or (and (not $x542) $x1467) $x542))))))))))))))))))))))
(assert
 (let ((?x365 (* exp_app_0 exp_app_1)))
 (let ((?x58 (+ ?x365 (* sum_n_13 exp_app_1))))
 (let ((?x1295 (/ 1.0 ?x58)))
 (let ((?x1532 (/ ?x365 ?x58)))
 (let ((?x699 (+ ?x1532 (* sum_n_13 exp_app_1 ?x1295))))
 (let ((?x1800 (+ (* ?x1532 p_i_t) (* sum_n_14 exp_app_1 ?x1295))))
 (let ((?x772 (/ ?x1800 ?x699)))
 (let ((?x36 (* sum_n_13 exp_app_4)))
 (let ((?x621 (* exp_app_3 exp_app_4)))
 (let ((?x1134 (+ ?x621 ?x36)))
 (let ((?x648 (/ 1.0 ?x1134)))
 (let ((?x1446 (/ ?x621 ?x1134)))
 (let ((?x362 (+ ?x1446 (* sum_n_13 exp_app_4 ?x648))))
 (let ((?x1609 (+ (* ?x1446 p_i_t) (* sum_n_14 exp_app_4 ?x648))))
 (let ((?x1742 (- (/ ?x1609 ?x362) ?x772)))
 (or (> 0.0 (* ?x1742 (- p_i_t ?x772))) (< (* (- p_i_t ?x772) (- p_i_t ?x772)) (* ?x1742 ?x1742)))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1197 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1197)))
(assert
 (let (($x243 (<= exp_app_0 1.0)))
 (let (($x1056 (<= b_i 0.0)))
 (=> $x1056 $x243))))
(assert
 (let (($x1027 (< b_i 1.0)))
 (=> $x1027 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let ((?x1711 (+ 1.0 ?x235)))
 (>= exp_app_1 ?x1711))))))
(assert
 (let (($x1252 (<= exp_app_1 1.0)))
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let (($x1571 (<= ?x235 0.0)))
 (=> $x1571 $x1252)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let ((?x870 (- 1.0 ?x235)))
 (let (($x1565 (< ?x235 1.0)))
 (=> $x1565 (<= (* exp_app_1 ?x870) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x815 (+ 1.0 b_J)))
 (>= exp_app_2 ?x815)))
(assert
 (let (($x1785 (<= exp_app_2 1.0)))
 (let (($x906 (<= b_J 0.0)))
 (=> $x906 $x1785))))
(assert
 (let (($x298 (< b_J 1.0)))
 (=> $x298 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x252 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x252)))
(assert
 (let (($x193 (<= exp_app_3 1.0)))
 (let (($x268 (<= x_raised 0.0)))
 (=> $x268 $x193))))
(assert
 (let (($x686 (< x_raised 1.0)))
 (=> $x686 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let ((?x1076 (+ 1.0 ?x472)))
 (>= exp_app_4 ?x1076))))))
(assert
 (let (($x370 (<= exp_app_4 1.0)))
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let (($x969 (<= ?x472 0.0)))
 (=> $x969 $x370)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let ((?x700 (- 1.0 ?x472)))
 (let (($x1119 (< ?x472 1.0)))
 (=> $x1119 (<= (* exp_app_4 ?x700) 1.0))))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let (($x155 (< b_i ?x235)))
 (=> $x155 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let (($x520 (< ?x235 b_i)))
 (=> $x520 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x929 (< b_i b_J)))
 (=> $x929 (< exp_app_0 exp_app_2))))
(assert
 (let (($x446 (< b_J b_i)))
 (=> $x446 (< exp_app_2 exp_app_0))))
(assert
 (let (($x665 (< b_i x_raised)))
 (=> $x665 (< exp_app_0 exp_app_3))))
(assert
 (let (($x274 (< x_raised b_i)))
 (=> $x274 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let (($x629 (< b_i ?x472)))
 (=> $x629 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let (($x1297 (< ?x472 b_i)))
 (=> $x1297 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let (($x131 (< ?x235 b_J)))
 (=> $x131 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let (($x1664 (< b_J ?x235)))
 (=> $x1664 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let (($x445 (< ?x235 x_raised)))
 (=> $x445 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let (($x106 (< x_raised ?x235)))
 (=> $x106 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let (($x654 (< ?x235 ?x472)))
 (=> $x654 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let (($x1074 (< ?x472 ?x235)))
 (=> $x1074 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x803 (< b_J x_raised)))
 (=> $x803 (< exp_app_2 exp_app_3))))
(assert
 (let (($x1086 (< x_raised b_J)))
 (=> $x1086 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let (($x1324 (< b_J ?x472)))
 (=> $x1324 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let (($x922 (< ?x472 b_J)))
 (=> $x922 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let (($x1482 (< x_raised ?x472)))
 (=> $x1482 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let (($x1286 (< ?x472 x_raised)))
 (=> $x1286 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1612 (= exp_app_0 exp_app_1)))
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (=> (= b_i ?x235) $x1612))))))
(assert
 (let (($x286 (= exp_app_0 exp_app_2)))
 (let (($x661 (= b_i b_J)))
 (=> $x661 $x286))))
(assert
 (let (($x1133 (= exp_app_0 exp_app_3)))
 (let (($x168 (= b_i x_raised)))
 (=> $x168 $x1133))))
(assert
 (let (($x587 (= exp_app_0 exp_app_4)))
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (=> (= b_i ?x472) $x587))))))
(assert
 (let (($x839 (= exp_app_1 exp_app_2)))
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (=> (= ?x235 b_J) $x839))))))
(assert
 (let (($x924 (= exp_app_1 exp_app_3)))
 (let (($x1192 (= n 1.0)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (=> (= ?x235 x_raised) $x924))))))
(assert
 (let (($x909 (= exp_app_1 exp_app_4)))
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (let ((?x759 (ite (or $x1192 (and (not $x1192) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x235 (* (- 1.0) ?x759)))
 (=> (= ?x235 ?x472) $x909))))))))
(assert
 (let (($x1733 (= exp_app_2 exp_app_3)))
 (let (($x1414 (= b_J x_raised)))
 (=> $x1414 $x1733))))
(assert
 (let (($x1228 (= exp_app_2 exp_app_4)))
 (let (($x1192 (= n 1.0)))
 (let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x472 (* (- 1.0) ?x456)))
 (=> (= b_J ?x472) $x1228))))))
(assert
 (let (($x1396 (= exp_app_3 exp_app_4)))
(let (($x1192 (= n 1.0)))
(let ((?x456 (ite (or $x1192 (and (not $x1192) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x472 (* (- 1.0) ?x456)))
(=> (= x_raised ?x472) $x1396))))))
(check-sat)
