; bid_softmax, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
(declare-fun zero_is_negative!6243 () Bool)
(declare-fun zero_is_negative!6242 () Bool)
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
 (let (($x103 (>= ?x146 1.0)))
 (=> $x103 (>= max_n_12 b_J)))))
(assert
 (let (($x1695 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x103 (>= ?x146 1.0)))
 (=> $x103 $x1695)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x103 (>= ?x146 1.0)))
 (=> $x103 (> sum_n_13 0.0)))))
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
 (let ((?x834 (* sum_n_13 exp_app_1)))
 (let ((?x1161 (* exp_app_0 exp_app_1)))
 (let ((?x958 (+ ?x1161 ?x834)))
 (let ((?x1729 (/ 1.0 ?x958)))
 (let ((?x362 (/ ?x1161 ?x958)))
 (let (($x1330 (= 0.0 (+ ?x362 (* sum_n_13 exp_app_1 ?x1729)))))
 (let (($x245 (and (= 0.0 (+ (* ?x362 p_i_t) (* sum_n_14 exp_app_1 ?x1729))) $x1330)))
 (not (or (and (not $x245) $x1330) $x245))))))))))
(assert
 (let ((?x834 (* sum_n_13 exp_app_1)))
 (let ((?x1161 (* exp_app_0 exp_app_1)))
 (let ((?x958 (+ ?x1161 ?x834)))
 (let ((?x1729 (/ 1.0 ?x958)))
 (let ((?x362 (/ ?x1161 ?x958)))
 (let (($x1330 (= 0.0 (+ ?x362 (* sum_n_13 exp_app_1 ?x1729)))))
 (let (($x245 (and (= 0.0 (+ (* ?x362 p_i_t) (* sum_n_14 exp_app_1 ?x1729))) $x1330)))
 (let (($x1017 (not (or (and (not $x245) $x1330) $x245))))
 (let (($x585 (= 0.0 p_J_t)))
 (let (($x1482 (= 0.0 ?x958)))
 (let (($x891 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x1482)) $x1482)))
 (let (($x91 (and (= 0.0 (* exp_app_2 exp_app_1)) $x1482)))
 (let (($x298 (or $x91 (and $x891 $x585))))
 (let (($x1181 (> 0.0 p_J_t)))
 (let (($x1303 (not (or $x891 $x91))))
 (let (($x1337 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x958))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x958)))))
 (let (($x1681 (ite $x1482 zero_is_negative!6243 $x1337)))
 (let (($x994 (or (and $x891 (not $x1681)) (and $x1303 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x958))))))
 (let (($x63 (< 0.0 p_J_t)))
 (let (($x482 (or (and $x891 $x1681) (and $x1303 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x958))))))
 (let (($x1142 (or (and $x482 $x63) (and $x994 $x1181))))
 (let (($x672 (and (not $x298) $x891)))
 (let (($x1164 (= 0.0 ?x1161)))
 (let (($x1686 (and $x1164 $x1482)))
 (let (($x140 (or $x1686 (and (and (not $x1686) $x1482) (= 0.0 p_i_t)))))
 (let (($x968 (> 0.0 p_i_t)))
 (let (($x505 (or (and (< 0.0 ?x1161) (not (> 0.0 ?x958))) (and (> 0.0 ?x1161) (> 0.0 ?x958)))))
 (let (($x597 (ite $x1482 zero_is_negative!6242 $x505)))
 (let (($x173 (and (not $x1686) $x1482)))
 (let (($x43 (or (and $x173 (not $x597)) (and (not (or $x173 $x1686)) (> 0.0 ?x362)))))
 (let (($x314 (< 0.0 p_i_t)))
 (let (($x986 (and (or (and $x173 $x597) (and (not (or $x173 $x1686)) (< 0.0 ?x362))) $x314)))
 (let (($x1720 (or $x986 (and $x43 $x968))))
 (let (($x946 (and (not $x140) $x173)))
 (let (($x824 (and (not (or (or (and $x946 $x1720) (and $x946 (not $x1720))) $x140)) (not (or (or (and $x672 $x1142) (and $x672 (not $x1142))) $x298)) $x1017)))
 (not $x824)))))))))))))))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1410 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1410)))
(assert
 (let (($x1762 (<= exp_app_0 1.0)))
 (let (($x1222 (<= b_i 0.0)))
 (=> $x1222 $x1762))))
(assert
 (let (($x1200 (< b_i 1.0)))
 (=> $x1200 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x299 (= n 1.0)))
 (let ((?x1375 (ite (or $x299 (and (not $x299) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x318 (* (- 1.0) ?x1375)))
 (let ((?x1231 (+ 1.0 ?x318)))
 (>= exp_app_1 ?x1231))))))
(assert
 (let (($x133 (<= exp_app_1 1.0)))
 (let (($x299 (= n 1.0)))
 (let ((?x1375 (ite (or $x299 (and (not $x299) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x318 (* (- 1.0) ?x1375)))
 (let (($x458 (<= ?x318 0.0)))
 (=> $x458 $x133)))))))
(assert
 (let (($x299 (= n 1.0)))
 (let ((?x1375 (ite (or $x299 (and (not $x299) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x318 (* (- 1.0) ?x1375)))
 (let ((?x1256 (- 1.0 ?x318)))
 (let (($x36 (< ?x318 1.0)))
 (=> $x36 (<= (* exp_app_1 ?x1256) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1684 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1684)))
(assert
 (let (($x1377 (<= exp_app_2 1.0)))
 (let (($x1464 (<= b_J 0.0)))
 (=> $x1464 $x1377))))
(assert
 (let (($x241 (< b_J 1.0)))
 (=> $x241 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x299 (= n 1.0)))
 (let ((?x1375 (ite (or $x299 (and (not $x299) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x318 (* (- 1.0) ?x1375)))
 (let (($x1751 (< b_i ?x318)))
 (=> $x1751 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x299 (= n 1.0)))
 (let ((?x1375 (ite (or $x299 (and (not $x299) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x318 (* (- 1.0) ?x1375)))
 (let (($x406 (< ?x318 b_i)))
 (=> $x406 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x142 (< b_i b_J)))
 (=> $x142 (< exp_app_0 exp_app_2))))
(assert
 (let (($x148 (< b_J b_i)))
 (=> $x148 (< exp_app_2 exp_app_0))))
(assert
 (let (($x299 (= n 1.0)))
 (let ((?x1375 (ite (or $x299 (and (not $x299) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x318 (* (- 1.0) ?x1375)))
 (let (($x1470 (< ?x318 b_J)))
 (=> $x1470 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x299 (= n 1.0)))
 (let ((?x1375 (ite (or $x299 (and (not $x299) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x318 (* (- 1.0) ?x1375)))
 (let (($x1261 (< b_J ?x318)))
 (=> $x1261 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x816 (= exp_app_0 exp_app_1)))
 (let (($x299 (= n 1.0)))
 (let ((?x1375 (ite (or $x299 (and (not $x299) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x318 (* (- 1.0) ?x1375)))
 (=> (= b_i ?x318) $x816))))))
(assert
 (let (($x1735 (= exp_app_0 exp_app_2)))
 (let (($x1116 (= b_i b_J)))
 (=> $x1116 $x1735))))
(assert
 (let (($x908 (= exp_app_1 exp_app_2)))
(let (($x299 (= n 1.0)))
(let ((?x1375 (ite (or $x299 (and (not $x299) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x318 (* (- 1.0) ?x1375)))
(=> (= ?x318 b_J) $x908))))))
(check-sat)
