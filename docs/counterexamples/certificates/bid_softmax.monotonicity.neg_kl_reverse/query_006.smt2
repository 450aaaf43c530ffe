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
(declare-fun zero_is_negative!5279 () Bool)
(declare-fun zero_is_negative!5278 () Bool)
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
 (let (($x380 (>= ?x364 1.0)))
 (=> $x380 (>= max_n_12 b_J)))))
(assert
 (let (($x1007 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x380 (>= ?x364 1.0)))
 (=> $x380 $x1007)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x380 (>= ?x364 1.0)))
 (=> $x380 (> sum_n_13 0.0)))))
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
 (let ((?x476 (* sum_n_13 exp_app_1)))
 (let ((?x58 (* exp_app_0 exp_app_1)))
 (let ((?x229 (+ ?x58 ?x476)))
 (let ((?x511 (/ 1.0 ?x229)))
 (let ((?x822 (* sum_n_13 exp_app_1 ?x511)))
 (let ((?x140 (/ ?x58 ?x229)))
 (let ((?x182 (+ ?x140 ?x822)))
 (let (($x645 (= 0.0 ?x182)))
 (let (($x590 (and (= 0.0 (+ (* ?x140 p_i_t) (* sum_n_14 exp_app_1 ?x511))) $x645)))
 (not (or (and (not $x590) $x645) $x590))))))))))))
(assert
 (let ((?x476 (* sum_n_13 exp_app_1)))
 (let ((?x58 (* exp_app_0 exp_app_1)))
 (let ((?x229 (+ ?x58 ?x476)))
 (let ((?x511 (/ 1.0 ?x229)))
 (let ((?x822 (* sum_n_13 exp_app_1 ?x511)))
 (let ((?x140 (/ ?x58 ?x229)))
 (let ((?x182 (+ ?x140 ?x822)))
 (let (($x645 (= 0.0 ?x182)))
 (let (($x590 (and (= 0.0 (+ (* ?x140 p_i_t) (* sum_n_14 exp_app_1 ?x511))) $x645)))
 (let (($x39 (not (or (and (not $x590) $x645) $x590))))
 (let (($x41 (= 0.0 p_J_t)))
 (let (($x113 (= 0.0 ?x229)))
 (let (($x436 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x113)) $x113)))
 (let (($x485 (and (= 0.0 (* exp_app_2 exp_app_1)) $x113)))
 (let (($x1208 (or $x485 (and $x436 $x41))))
 (let (($x1331 (> 0.0 p_J_t)))
 (let (($x137 (not (or $x436 $x485))))
 (let (($x705 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x229))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x229)))))
 (let (($x1168 (ite $x113 zero_is_negative!5279 $x705)))
 (let (($x65 (or (and $x436 (not $x1168)) (and $x137 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x229))))))
 (let (($x1268 (< 0.0 p_J_t)))
 (let (($x106 (or (and $x436 $x1168) (and $x137 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x229))))))
 (let (($x766 (or (and $x106 $x1268) (and $x65 $x1331))))
 (let (($x1285 (and (not $x1208) $x436)))
 (let (($x942 (= 0.0 ?x58)))
 (let (($x828 (and $x942 $x113)))
 (let (($x693 (or $x828 (and (and (not $x828) $x113) (= 0.0 p_i_t)))))
 (let (($x78 (> 0.0 p_i_t)))
 (let (($x486 (or (and (< 0.0 ?x58) (not (> 0.0 ?x229))) (and (> 0.0 ?x58) (> 0.0 ?x229)))))
 (let (($x457 (ite $x113 zero_is_negative!5278 $x486)))
 (let (($x408 (and (not $x828) $x113)))
 (let (($x520 (or (and $x408 (not $x457)) (and (not (or $x408 $x828)) (> 0.0 ?x140)))))
 (let (($x205 (< 0.0 p_i_t)))
 (let (($x1051 (and (or (and $x408 $x457) (and (not (or $x408 $x828)) (< 0.0 ?x140))) $x205)))
 (let (($x1352 (or $x1051 (and $x520 $x78))))
 (let (($x781 (and (not $x693) $x408)))
 (let (($x1223 (and (not (or (or (and $x781 $x1352) (and $x781 (not $x1352))) $x693)) (not (or (or (and $x1285 $x766) (and $x1285 (not $x766))) $x1208)) $x39)))
 (let (($x671 (not $x1223)))
 (not $x671))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x476 (* sum_n_13 exp_app_1)))
 (let ((?x58 (* exp_app_0 exp_app_1)))
 (let ((?x229 (+ ?x58 ?x476)))
 (let ((?x511 (/ 1.0 ?x229)))
 (let ((?x822 (* sum_n_13 exp_app_1 ?x511)))
 (let ((?x140 (/ ?x58 ?x229)))
 (let ((?x182 (+ ?x140 ?x822)))
 (let ((?x35 (+ (* ?x140 p_i_t) (* sum_n_14 exp_app_1 ?x511))))
 (let (($x884 (< (/ ?x35 ?x182) 0.0)))
 (not $x884)))))))))))
(assert
 (let ((?x476 (* sum_n_13 exp_app_1)))
 (let ((?x58 (* exp_app_0 exp_app_1)))
 (let ((?x229 (+ ?x58 ?x476)))
 (let ((?x511 (/ 1.0 ?x229)))
 (let ((?x822 (* sum_n_13 exp_app_1 ?x511)))
 (let ((?x140 (/ ?x58 ?x229)))
 (let ((?x182 (+ ?x140 ?x822)))
 (let ((?x1537 (+ (* ?x140 1.0) ?x822)))
 (let (($x645 (= 0.0 ?x182)))
 (let (($x1711 (and (= 0.0 ?x1537) $x645)))
 (or (not (not (or (and (not $x1711) $x645) $x1711))) (and (distinct (/ ?x1537 ?x182) 1.0) true)))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x387 (+ 1.0 b_i)))
 (>= exp_app_0 ?x387)))
(assert
 (let (($x114 (<= exp_app_0 1.0)))
 (let (($x270 (<= b_i 0.0)))
 (=> $x270 $x114))))
(assert
 (let (($x722 (< b_i 1.0)))
 (=> $x722 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x813 (= n 1.0)))
 (let ((?x954 (ite (or $x813 (and (not $x813) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x537 (* (- 1.0) ?x954)))
 (let ((?x306 (+ 1.0 ?x537)))
 (>= exp_app_1 ?x306))))))
(assert
 (let (($x173 (<= exp_app_1 1.0)))
 (let (($x813 (= n 1.0)))
 (let ((?x954 (ite (or $x813 (and (not $x813) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x537 (* (- 1.0) ?x954)))
 (let (($x983 (<= ?x537 0.0)))
 (=> $x983 $x173)))))))
(assert
 (let (($x813 (= n 1.0)))
 (let ((?x954 (ite (or $x813 (and (not $x813) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x537 (* (- 1.0) ?x954)))
 (let ((?x257 (- 1.0 ?x537)))
 (let (($x1065 (< ?x537 1.0)))
 (=> $x1065 (<= (* exp_app_1 ?x257) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x579 (+ 1.0 b_J)))
 (>= exp_app_2 ?x579)))
(assert
 (let (($x1296 (<= exp_app_2 1.0)))
 (let (($x560 (<= b_J 0.0)))
 (=> $x560 $x1296))))
(assert
 (let (($x376 (< b_J 1.0)))
 (=> $x376 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x813 (= n 1.0)))
 (let ((?x954 (ite (or $x813 (and (not $x813) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x537 (* (- 1.0) ?x954)))
 (let (($x1143 (< b_i ?x537)))
 (=> $x1143 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x813 (= n 1.0)))
 (let ((?x954 (ite (or $x813 (and (not $x813) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x537 (* (- 1.0) ?x954)))
 (let (($x1273 (< ?x537 b_i)))
 (=> $x1273 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x851 (< b_i b_J)))
 (=> $x851 (< exp_app_0 exp_app_2))))
(assert
 (let (($x577 (< b_J b_i)))
 (=> $x577 (< exp_app_2 exp_app_0))))
(assert
 (let (($x813 (= n 1.0)))
 (let ((?x954 (ite (or $x813 (and (not $x813) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x537 (* (- 1.0) ?x954)))
 (let (($x235 (< ?x537 b_J)))
 (=> $x235 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x813 (= n 1.0)))
 (let ((?x954 (ite (or $x813 (and (not $x813) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x537 (* (- 1.0) ?x954)))
 (let (($x108 (< b_J ?x537)))
 (=> $x108 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x515 (= exp_app_0 exp_app_1)))
 (let (($x813 (= n 1.0)))
 (let ((?x954 (ite (or $x813 (and (not $x813) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x537 (* (- 1.0) ?x954)))
 (=> (= b_i ?x537) $x515))))))
(assert
 (let (($x435 (= exp_app_0 exp_app_2)))
 (let (($x219 (= b_i b_J)))
 (=> $x219 $x435))))
(assert
 (let (($x377 (= exp_app_1 exp_app_2)))
(let (($x813 (= n 1.0)))
(let ((?x954 (ite (or $x813 (and (not $x813) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x537 (* (- 1.0) ?x954)))
(=> (= ?x537 b_J) $x377))))))
(check-sat)
