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
(declare-fun zero_is_negative!8146 () Bool)
(declare-fun zero_is_negative!8145 () Bool)
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
 (let (($x2519 (>= ?x2361 1.0)))
 (=> $x2519 (>= max_n_12 b_J)))))
(assert
 (let (($x2769 (>= max_n_12 0.0)))
 (let ((?x2361 (- n 1.0)))
 (let (($x2519 (>= ?x2361 1.0)))
 (=> $x2519 $x2769)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x2361 (- n 1.0)))
 (let (($x2519 (>= ?x2361 1.0)))
 (=> $x2519 (> sum_n_13 0.0)))))
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
 (let ((?x692 (* exp_app_0 exp_app_1)))
 (let ((?x1198 (+ ?x692 (* sum_n_13 exp_app_1))))
 (let ((?x5217 (/ 1.0 ?x1198)))
 (let ((?x794 (* sum_n_13 exp_app_1 ?x5217)))
 (let ((?x2901 (/ ?x692 ?x1198)))
 (let (($x1939 (= 0.0 (+ ?x2901 ?x794))))
 (let (($x1633 (and (= 0.0 (+ (* ?x2901 p_i_t) (* sum_n_14 exp_app_1 ?x5217))) $x1939)))
 (not (or (and (not $x1633) $x1939) $x1633))))))))))
(assert
 (let ((?x692 (* exp_app_0 exp_app_1)))
 (let ((?x1198 (+ ?x692 (* sum_n_13 exp_app_1))))
 (let ((?x5217 (/ 1.0 ?x1198)))
 (let ((?x794 (* sum_n_13 exp_app_1 ?x5217)))
 (let ((?x2901 (/ ?x692 ?x1198)))
 (let (($x1939 (= 0.0 (+ ?x2901 ?x794))))
 (let (($x1633 (and (= 0.0 (+ (* ?x2901 p_i_t) (* sum_n_14 exp_app_1 ?x5217))) $x1939)))
 (let (($x1948 (not (or (and (not $x1633) $x1939) $x1633))))
 (let (($x493 (= 0.0 p_J_t)))
 (let (($x67 (= 0.0 ?x1198)))
 (let (($x1402 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x67)) $x67)))
 (let (($x1524 (and (= 0.0 (* exp_app_2 exp_app_1)) $x67)))
 (let (($x1828 (or $x1524 (and $x1402 $x493))))
 (let (($x1222 (> 0.0 p_J_t)))
 (let (($x955 (not (or $x1402 $x1524))))
 (let (($x2694 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x1198))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x1198)))))
 (let (($x101 (ite $x67 zero_is_negative!8146 $x2694)))
 (let (($x2423 (or (and $x1402 (not $x101)) (and $x955 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x1198))))))
 (let (($x3607 (< 0.0 p_J_t)))
 (let (($x1861 (or (and $x1402 $x101) (and $x955 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x1198))))))
 (let (($x3192 (or (and $x1861 $x3607) (and $x2423 $x1222))))
 (let (($x2610 (and (not $x1828) $x1402)))
 (let (($x1572 (= 0.0 ?x692)))
 (let (($x1479 (and $x1572 $x67)))
 (let (($x2952 (or $x1479 (and (and (not $x1479) $x67) (= 0.0 p_i_t)))))
 (let (($x125 (> 0.0 p_i_t)))
 (let (($x1630 (or (and (< 0.0 ?x692) (not (> 0.0 ?x1198))) (and (> 0.0 ?x692) (> 0.0 ?x1198)))))
 (let (($x1715 (ite $x67 zero_is_negative!8145 $x1630)))
 (let (($x2581 (and (not $x1479) $x67)))
 (let (($x1805 (or (and $x2581 (not $x1715)) (and (not (or $x2581 $x1479)) (> 0.0 ?x2901)))))
 (let (($x1426 (< 0.0 p_i_t)))
 (let (($x1099 (and (or (and $x2581 $x1715) (and (not (or $x2581 $x1479)) (< 0.0 ?x2901))) $x1426)))
 (let (($x2492 (or $x1099 (and $x1805 $x125))))
 (let (($x2568 (and (not $x2952) $x2581)))
 (let (($x3299 (and (not (or (or (and $x2568 $x2492) (and $x2568 (not $x2492))) $x2952)) (not (or (or (and $x2610 $x3192) (and $x2610 (not $x3192))) $x1828)) $x1948)))
 (not $x3299)))))))))))))))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x3184 (+ 1.0 b_i)))
 (>= exp_app_0 ?x3184)))
(assert
 (let (($x2075 (<= exp_app_0 1.0)))
 (let (($x1400 (<= b_i 0.0)))
 (=> $x1400 $x2075))))
(assert
 (let (($x758 (< b_i 1.0)))
 (=> $x758 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x2151 (= n 1.0)))
 (let ((?x1456 (ite (or $x2151 (and (not $x2151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1704 (* (- 1.0) ?x1456)))
 (let ((?x3583 (+ 1.0 ?x1704)))
 (>= exp_app_1 ?x3583))))))
(assert
 (let (($x677 (<= exp_app_1 1.0)))
 (let (($x2151 (= n 1.0)))
 (let ((?x1456 (ite (or $x2151 (and (not $x2151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1704 (* (- 1.0) ?x1456)))
 (let (($x2410 (<= ?x1704 0.0)))
 (=> $x2410 $x677)))))))
(assert
 (let (($x2151 (= n 1.0)))
 (let ((?x1456 (ite (or $x2151 (and (not $x2151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1704 (* (- 1.0) ?x1456)))
 (let ((?x671 (- 1.0 ?x1704)))
 (let (($x4942 (< ?x1704 1.0)))
 (=> $x4942 (<= (* exp_app_1 ?x671) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1315 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1315)))
(assert
 (let (($x146 (<= exp_app_2 1.0)))
 (let (($x1115 (<= b_J 0.0)))
 (=> $x1115 $x146))))
(assert
 (let (($x2788 (< b_J 1.0)))
 (=> $x2788 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x2151 (= n 1.0)))
 (let ((?x1456 (ite (or $x2151 (and (not $x2151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1704 (* (- 1.0) ?x1456)))
 (let (($x2454 (< b_i ?x1704)))
 (=> $x2454 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x2151 (= n 1.0)))
 (let ((?x1456 (ite (or $x2151 (and (not $x2151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1704 (* (- 1.0) ?x1456)))
 (let (($x2414 (< ?x1704 b_i)))
 (=> $x2414 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x605 (< b_i b_J)))
 (=> $x605 (< exp_app_0 exp_app_2))))
(assert
 (let (($x3542 (< b_J b_i)))
 (=> $x3542 (< exp_app_2 exp_app_0))))
(assert
 (let (($x2151 (= n 1.0)))
 (let ((?x1456 (ite (or $x2151 (and (not $x2151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1704 (* (- 1.0) ?x1456)))
 (let (($x1334 (< ?x1704 b_J)))
 (=> $x1334 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x2151 (= n 1.0)))
 (let ((?x1456 (ite (or $x2151 (and (not $x2151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1704 (* (- 1.0) ?x1456)))
 (let (($x1688 (< b_J ?x1704)))
 (=> $x1688 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1760 (= exp_app_0 exp_app_1)))
 (let (($x2151 (= n 1.0)))
 (let ((?x1456 (ite (or $x2151 (and (not $x2151) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1704 (* (- 1.0) ?x1456)))
 (=> (= b_i ?x1704) $x1760))))))
(assert
 (let (($x2304 (= exp_app_0 exp_app_2)))
 (let (($x3476 (= b_i b_J)))
 (=> $x3476 $x2304))))
(assert
 (let (($x280 (= exp_app_1 exp_app_2)))
(let (($x2151 (= n 1.0)))
(let ((?x1456 (ite (or $x2151 (and (not $x2151) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x1704 (* (- 1.0) ?x1456)))
(=> (= ?x1704 b_J) $x280))))))
(check-sat)
