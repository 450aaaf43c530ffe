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
(declare-fun zero_is_negative!6561 () Bool)
(declare-fun zero_is_negative!6560 () Bool)
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
 (let (($x1381 (>= ?x364 1.0)))
 (=> $x1381 (>= max_n_12 b_J)))))
(assert
 (let (($x875 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x1381 (>= ?x364 1.0)))
 (=> $x1381 $x875)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x1381 (>= ?x364 1.0)))
 (=> $x1381 (> sum_n_13 0.0)))))
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
 (let ((?x790 (* sum_n_13 exp_app_1)))
 (let ((?x1434 (* exp_app_0 exp_app_1)))
 (let ((?x1076 (+ ?x1434 ?x790)))
 (let ((?x809 (/ 1.0 ?x1076)))
 (let ((?x1047 (/ ?x1434 ?x1076)))
 (let ((?x1118 (+ ?x1047 (* sum_n_13 exp_app_1 ?x809))))
 (let (($x600 (= 0.0 ?x1118)))
 (let (($x34 (and (= 0.0 (+ (* ?x1047 p_i_t) (* sum_n_14 exp_app_1 ?x809))) $x600)))
 (not (or (and (not $x34) $x600) $x34)))))))))))
(assert
 (let ((?x790 (* sum_n_13 exp_app_1)))
 (let ((?x1434 (* exp_app_0 exp_app_1)))
 (let ((?x1076 (+ ?x1434 ?x790)))
 (let ((?x809 (/ 1.0 ?x1076)))
 (let ((?x1047 (/ ?x1434 ?x1076)))
 (let ((?x1118 (+ ?x1047 (* sum_n_13 exp_app_1 ?x809))))
 (let (($x600 (= 0.0 ?x1118)))
 (let (($x34 (and (= 0.0 (+ (* ?x1047 p_i_t) (* sum_n_14 exp_app_1 ?x809))) $x600)))
 (let (($x1016 (not (or (and (not $x34) $x600) $x34))))
 (let (($x1135 (= 0.0 p_J_t)))
 (let (($x406 (= 0.0 ?x1076)))
 (let (($x257 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x406)) $x406)))
 (let (($x1873 (and (= 0.0 (* exp_app_2 exp_app_1)) $x406)))
 (let (($x166 (or $x1873 (and $x257 $x1135))))
 (let (($x114 (> 0.0 p_J_t)))
 (let (($x1895 (not (or $x257 $x1873))))
 (let (($x462 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x1076))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x1076)))))
 (let (($x1204 (ite $x406 zero_is_negative!6561 $x462)))
 (let (($x748 (or (and $x257 (not $x1204)) (and $x1895 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x1076))))))
 (let (($x1006 (< 0.0 p_J_t)))
 (let (($x235 (or (and $x257 $x1204) (and $x1895 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x1076))))))
 (let (($x301 (or (and $x235 $x1006) (and $x748 $x114))))
 (let (($x378 (and (not $x166) $x257)))
 (let (($x838 (= 0.0 ?x1434)))
 (let (($x247 (and $x838 $x406)))
 (let (($x697 (or $x247 (and (and (not $x247) $x406) (= 0.0 p_i_t)))))
 (let (($x1095 (> 0.0 p_i_t)))
 (let (($x1043 (or (and (< 0.0 ?x1434) (not (> 0.0 ?x1076))) (and (> 0.0 ?x1434) (> 0.0 ?x1076)))))
 (let (($x1170 (ite $x406 zero_is_negative!6560 $x1043)))
 (let (($x980 (and (not $x247) $x406)))
 (let (($x1708 (or (and $x980 (not $x1170)) (and (not (or $x980 $x247)) (> 0.0 ?x1047)))))
 (let (($x825 (< 0.0 p_i_t)))
 (let (($x1500 (and (or (and $x980 $x1170) (and (not (or $x980 $x247)) (< 0.0 ?x1047))) $x825)))
 (let (($x1512 (or $x1500 (and $x1708 $x1095))))
 (let (($x764 (and (not $x697) $x980)))
 (let (($x1293 (and (not (or (or (and $x764 $x1512) (and $x764 (not $x1512))) $x697)) (not (or (or (and $x378 $x301) (and $x378 (not $x301))) $x166)) $x1016)))
 (let (($x388 (not $x1293)))
 (not $x388)))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x790 (* sum_n_13 exp_app_1)))
 (let ((?x1434 (* exp_app_0 exp_app_1)))
 (let ((?x1076 (+ ?x1434 ?x790)))
 (let ((?x809 (/ 1.0 ?x1076)))
 (let ((?x1047 (/ ?x1434 ?x1076)))
 (let ((?x1118 (+ ?x1047 (* sum_n_13 exp_app_1 ?x809))))
 (let ((?x1362 (+ (* ?x1047 p_i_t) (* sum_n_14 exp_app_1 ?x809))))
 (< (/ ?x1362 ?x1118) 0.0)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x420 (+ 1.0 b_i)))
 (>= exp_app_0 ?x420)))
(assert
 (let (($x1488 (<= exp_app_0 1.0)))
 (let (($x39 (<= b_i 0.0)))
 (=> $x39 $x1488))))
(assert
 (let (($x1818 (< b_i 1.0)))
 (=> $x1818 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1010 (= n 1.0)))
 (let ((?x461 (ite (or $x1010 (and (not $x1010) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x692 (* (- 1.0) ?x461)))
 (let ((?x677 (+ 1.0 ?x692)))
 (>= exp_app_1 ?x677))))))
(assert
 (let (($x583 (<= exp_app_1 1.0)))
 (let (($x1010 (= n 1.0)))
 (let ((?x461 (ite (or $x1010 (and (not $x1010) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x692 (* (- 1.0) ?x461)))
 (let (($x999 (<= ?x692 0.0)))
 (=> $x999 $x583)))))))
(assert
 (let (($x1010 (= n 1.0)))
 (let ((?x461 (ite (or $x1010 (and (not $x1010) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x692 (* (- 1.0) ?x461)))
 (let ((?x1685 (- 1.0 ?x692)))
 (let (($x104 (< ?x692 1.0)))
 (=> $x104 (<= (* exp_app_1 ?x1685) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1540 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1540)))
(assert
 (let (($x440 (<= exp_app_2 1.0)))
 (let (($x302 (<= b_J 0.0)))
 (=> $x302 $x440))))
(assert
 (let (($x177 (< b_J 1.0)))
 (=> $x177 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x1010 (= n 1.0)))
 (let ((?x461 (ite (or $x1010 (and (not $x1010) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x692 (* (- 1.0) ?x461)))
 (let (($x96 (< b_i ?x692)))
 (=> $x96 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1010 (= n 1.0)))
 (let ((?x461 (ite (or $x1010 (and (not $x1010) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x692 (* (- 1.0) ?x461)))
 (let (($x537 (< ?x692 b_i)))
 (=> $x537 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x36 (< b_i b_J)))
 (=> $x36 (< exp_app_0 exp_app_2))))
(assert
 (let (($x237 (< b_J b_i)))
 (=> $x237 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1010 (= n 1.0)))
 (let ((?x461 (ite (or $x1010 (and (not $x1010) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x692 (* (- 1.0) ?x461)))
 (let (($x732 (< ?x692 b_J)))
 (=> $x732 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1010 (= n 1.0)))
 (let ((?x461 (ite (or $x1010 (and (not $x1010) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x692 (* (- 1.0) ?x461)))
 (let (($x507 (< b_J ?x692)))
 (=> $x507 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1192 (= exp_app_0 exp_app_1)))
 (let (($x1010 (= n 1.0)))
 (let ((?x461 (ite (or $x1010 (and (not $x1010) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x692 (* (- 1.0) ?x461)))
 (=> (= b_i ?x692) $x1192))))))
(assert
 (let (($x1222 (= exp_app_0 exp_app_2)))
 (let (($x1737 (= b_i b_J)))
 (=> $x1737 $x1222))))
(assert
 (let (($x686 (= exp_app_1 exp_app_2)))
(let (($x1010 (= n 1.0)))
(let ((?x461 (ite (or $x1010 (and (not $x1010) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x692 (* (- 1.0) ?x461)))
(=> (= ?x692 b_J) $x686))))))
(check-sat)
