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
(declare-fun zero_is_negative!6967 () Bool)
(declare-fun zero_is_negative!6966 () Bool)
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
 (let (($x451 (>= ?x364 1.0)))
 (=> $x451 (>= max_n_12 b_J)))))
(assert
 (let (($x935 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x451 (>= ?x364 1.0)))
 (=> $x451 $x935)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x451 (>= ?x364 1.0)))
 (=> $x451 (> sum_n_13 0.0)))))
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
 (let ((?x616 (* exp_app_0 exp_app_1)))
 (let ((?x828 (+ ?x616 (* sum_n_13 exp_app_1))))
 (let ((?x1475 (/ 1.0 ?x828)))
 (let ((?x1118 (/ ?x616 ?x828)))
 (let ((?x52 (+ ?x1118 (* sum_n_13 exp_app_1 ?x1475))))
 (let (($x1889 (= 0.0 ?x52)))
 (let (($x1233 (and (= 0.0 (+ (* ?x1118 p_i_t) (* sum_n_14 exp_app_1 ?x1475))) $x1889)))
 (not (or (and (not $x1233) $x1889) $x1233))))))))))
(assert
 (let ((?x616 (* exp_app_0 exp_app_1)))
 (let ((?x828 (+ ?x616 (* sum_n_13 exp_app_1))))
 (let ((?x1475 (/ 1.0 ?x828)))
 (let ((?x1118 (/ ?x616 ?x828)))
 (let ((?x52 (+ ?x1118 (* sum_n_13 exp_app_1 ?x1475))))
 (let (($x1889 (= 0.0 ?x52)))
 (let (($x1233 (and (= 0.0 (+ (* ?x1118 p_i_t) (* sum_n_14 exp_app_1 ?x1475))) $x1889)))
 (let (($x1369 (not (or (and (not $x1233) $x1889) $x1233))))
 (let (($x103 (= 0.0 p_J_t)))
 (let (($x887 (= 0.0 ?x828)))
 (let (($x662 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x887)) $x887)))
 (let (($x1787 (and (= 0.0 (* exp_app_2 exp_app_1)) $x887)))
 (let (($x1098 (or $x1787 (and $x662 $x103))))
 (let (($x1266 (> 0.0 p_J_t)))
 (let (($x609 (not (or $x662 $x1787))))
 (let (($x1615 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x828))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x828)))))
 (let (($x1160 (ite $x887 zero_is_negative!6967 $x1615)))
 (let (($x1124 (or (and $x662 (not $x1160)) (and $x609 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x828))))))
 (let (($x575 (< 0.0 p_J_t)))
 (let (($x1115 (or (and $x662 $x1160) (and $x609 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x828))))))
 (let (($x1655 (or (and $x1115 $x575) (and $x1124 $x1266))))
 (let (($x924 (and (not $x1098) $x662)))
 (let (($x669 (= 0.0 ?x616)))
 (let (($x187 (and $x669 $x887)))
 (let (($x775 (or $x187 (and (and (not $x187) $x887) (= 0.0 p_i_t)))))
 (let (($x356 (> 0.0 p_i_t)))
 (let (($x991 (or (and (< 0.0 ?x616) (not (> 0.0 ?x828))) (and (> 0.0 ?x616) (> 0.0 ?x828)))))
 (let (($x444 (ite $x887 zero_is_negative!6966 $x991)))
 (let (($x645 (and (not $x187) $x887)))
 (let (($x811 (or (and $x645 (not $x444)) (and (not (or $x645 $x187)) (> 0.0 ?x1118)))))
 (let (($x1801 (< 0.0 p_i_t)))
 (let (($x1321 (and (or (and $x645 $x444) (and (not (or $x645 $x187)) (< 0.0 ?x1118))) $x1801)))
 (let (($x856 (or $x1321 (and $x811 $x356))))
 (let (($x1334 (and (not $x775) $x645)))
 (let (($x177 (and (not (or (or (and $x1334 $x856) (and $x1334 (not $x856))) $x775)) (not (or (or (and $x924 $x1655) (and $x924 (not $x1655))) $x1098)) $x1369)))
 (let (($x1355 (not $x177)))
 (not $x1355))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x616 (* exp_app_0 exp_app_1)))
 (let ((?x828 (+ ?x616 (* sum_n_13 exp_app_1))))
 (let ((?x1475 (/ 1.0 ?x828)))
 (let ((?x1118 (/ ?x616 ?x828)))
 (let ((?x52 (+ ?x1118 (* sum_n_13 exp_app_1 ?x1475))))
 (let ((?x1419 (+ (* ?x1118 p_i_t) (* sum_n_14 exp_app_1 ?x1475))))
 (< (/ ?x1419 ?x52) 0.0))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1693 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1693)))
(assert
 (let (($x435 (<= exp_app_0 1.0)))
 (let (($x270 (<= b_i 0.0)))
 (=> $x270 $x435))))
(assert
 (let (($x1734 (< b_i 1.0)))
 (=> $x1734 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x759 (= n 1.0)))
 (let ((?x409 (ite (or $x759 (and (not $x759) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1649 (* (- 1.0) ?x409)))
 (let ((?x39 (+ 1.0 ?x1649)))
 (>= exp_app_1 ?x39))))))
(assert
 (let (($x1923 (<= exp_app_1 1.0)))
 (let (($x759 (= n 1.0)))
 (let ((?x409 (ite (or $x759 (and (not $x759) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1649 (* (- 1.0) ?x409)))
 (let (($x529 (<= ?x1649 0.0)))
 (=> $x529 $x1923)))))))
(assert
 (let (($x759 (= n 1.0)))
 (let ((?x409 (ite (or $x759 (and (not $x759) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1649 (* (- 1.0) ?x409)))
 (let ((?x841 (- 1.0 ?x1649)))
 (let (($x1056 (< ?x1649 1.0)))
 (=> $x1056 (<= (* exp_app_1 ?x841) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1488 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1488)))
(assert
 (let (($x1477 (<= exp_app_2 1.0)))
 (let (($x403 (<= b_J 0.0)))
 (=> $x403 $x1477))))
(assert
 (let (($x763 (< b_J 1.0)))
 (=> $x763 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x759 (= n 1.0)))
 (let ((?x409 (ite (or $x759 (and (not $x759) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1649 (* (- 1.0) ?x409)))
 (let (($x571 (< b_i ?x1649)))
 (=> $x571 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x759 (= n 1.0)))
 (let ((?x409 (ite (or $x759 (and (not $x759) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1649 (* (- 1.0) ?x409)))
 (let (($x768 (< ?x1649 b_i)))
 (=> $x768 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x690 (< b_i b_J)))
 (=> $x690 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1325 (< b_J b_i)))
 (=> $x1325 (< exp_app_2 exp_app_0))))
(assert
 (let (($x759 (= n 1.0)))
 (let ((?x409 (ite (or $x759 (and (not $x759) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1649 (* (- 1.0) ?x409)))
 (let (($x722 (< ?x1649 b_J)))
 (=> $x722 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x759 (= n 1.0)))
 (let ((?x409 (ite (or $x759 (and (not $x759) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1649 (* (- 1.0) ?x409)))
 (let (($x1000 (< b_J ?x1649)))
 (=> $x1000 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x580 (= exp_app_0 exp_app_1)))
 (let (($x759 (= n 1.0)))
 (let ((?x409 (ite (or $x759 (and (not $x759) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1649 (* (- 1.0) ?x409)))
 (=> (= b_i ?x1649) $x580))))))
(assert
 (let (($x780 (= exp_app_0 exp_app_2)))
 (let (($x345 (= b_i b_J)))
 (=> $x345 $x780))))
(assert
 (let (($x1742 (= exp_app_1 exp_app_2)))
(let (($x759 (= n 1.0)))
(let ((?x409 (ite (or $x759 (and (not $x759) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x1649 (* (- 1.0) ?x409)))
(=> (= ?x1649 b_J) $x1742))))))
(check-sat)
