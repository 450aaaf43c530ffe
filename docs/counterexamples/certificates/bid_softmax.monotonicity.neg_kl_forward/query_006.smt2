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
(declare-fun zero_is_negative!6246 () Bool)
(declare-fun zero_is_negative!6245 () Bool)
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
 (let ((?x982 (- n 1.0)))
 (let (($x174 (>= ?x982 1.0)))
 (=> $x174 (>= max_n_12 b_J)))))
(assert
 (let (($x1935 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x174 (>= ?x982 1.0)))
 (=> $x174 $x1935)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x174 (>= ?x982 1.0)))
 (=> $x174 (> sum_n_13 0.0)))))
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
 (let ((?x256 (* sum_n_13 exp_app_1)))
 (let ((?x1647 (* exp_app_0 exp_app_1)))
 (let ((?x1155 (+ ?x1647 ?x256)))
 (let ((?x104 (/ 1.0 ?x1155)))
 (let ((?x3492 (* sum_n_13 exp_app_1 ?x104)))
 (let ((?x29 (/ ?x1647 ?x1155)))
 (let ((?x3481 (+ ?x29 ?x3492)))
 (let (($x2682 (= 0.0 ?x3481)))
 (let (($x1347 (and (= 0.0 (+ (* ?x29 p_i_t) (* sum_n_14 exp_app_1 ?x104))) $x2682)))
 (not (or (and (not $x1347) $x2682) $x1347))))))))))))
(assert
 (let ((?x256 (* sum_n_13 exp_app_1)))
 (let ((?x1647 (* exp_app_0 exp_app_1)))
 (let ((?x1155 (+ ?x1647 ?x256)))
 (let ((?x104 (/ 1.0 ?x1155)))
 (let ((?x3492 (* sum_n_13 exp_app_1 ?x104)))
 (let ((?x29 (/ ?x1647 ?x1155)))
 (let ((?x3481 (+ ?x29 ?x3492)))
 (let (($x2682 (= 0.0 ?x3481)))
 (let (($x1347 (and (= 0.0 (+ (* ?x29 p_i_t) (* sum_n_14 exp_app_1 ?x104))) $x2682)))
 (let (($x483 (not (or (and (not $x1347) $x2682) $x1347))))
 (let (($x3378 (= 0.0 p_J_t)))
 (let (($x102 (= 0.0 ?x1155)))
 (let (($x1731 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x102)) $x102)))
 (let (($x1616 (and (= 0.0 (* exp_app_2 exp_app_1)) $x102)))
 (let (($x1172 (or $x1616 (and $x1731 $x3378))))
 (let (($x912 (> 0.0 p_J_t)))
 (let (($x978 (not (or $x1731 $x1616))))
 (let (($x2555 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x1155))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x1155)))))
 (let (($x1537 (ite $x102 zero_is_negative!6246 $x2555)))
 (let (($x2604 (or (and $x1731 (not $x1537)) (and $x978 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x1155))))))
 (let (($x71 (< 0.0 p_J_t)))
 (let (($x2910 (or (and $x1731 $x1537) (and $x978 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x1155))))))
 (let (($x1301 (or (and $x2910 $x71) (and $x2604 $x912))))
 (let (($x220 (and (not $x1172) $x1731)))
 (let (($x3624 (= 0.0 ?x1647)))
 (let (($x2647 (and $x3624 $x102)))
 (let (($x307 (or $x2647 (and (and (not $x2647) $x102) (= 0.0 p_i_t)))))
 (let (($x2886 (> 0.0 p_i_t)))
 (let (($x3371 (or (and (< 0.0 ?x1647) (not (> 0.0 ?x1155))) (and (> 0.0 ?x1647) (> 0.0 ?x1155)))))
 (let (($x2798 (ite $x102 zero_is_negative!6245 $x3371)))
 (let (($x525 (and (not $x2647) $x102)))
 (let (($x397 (or (and $x525 (not $x2798)) (and (not (or $x525 $x2647)) (> 0.0 ?x29)))))
 (let (($x190 (< 0.0 p_i_t)))
 (let (($x173 (and (or (and $x525 $x2798) (and (not (or $x525 $x2647)) (< 0.0 ?x29))) $x190)))
 (let (($x241 (or $x173 (and $x397 $x2886))))
 (let (($x1486 (and (not $x307) $x525)))
 (let (($x2686 (and (not (or (or (and $x1486 $x241) (and $x1486 (not $x241))) $x307)) (not (or (or (and $x220 $x1301) (and $x220 (not $x1301))) $x1172)) $x483)))
 (let (($x426 (not $x2686)))
 (not $x426))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x256 (* sum_n_13 exp_app_1)))
 (let ((?x1647 (* exp_app_0 exp_app_1)))
 (let ((?x1155 (+ ?x1647 ?x256)))
 (let ((?x104 (/ 1.0 ?x1155)))
 (let ((?x3492 (* sum_n_13 exp_app_1 ?x104)))
 (let ((?x29 (/ ?x1647 ?x1155)))
 (let ((?x3481 (+ ?x29 ?x3492)))
 (let ((?x291 (+ (* ?x29 p_i_t) (* sum_n_14 exp_app_1 ?x104))))
 (let (($x811 (< (/ ?x291 ?x3481) 0.0)))
 (not $x811)))))))))))
(assert
 (let ((?x256 (* sum_n_13 exp_app_1)))
 (let ((?x1647 (* exp_app_0 exp_app_1)))
 (let ((?x1155 (+ ?x1647 ?x256)))
 (let ((?x104 (/ 1.0 ?x1155)))
 (let ((?x3492 (* sum_n_13 exp_app_1 ?x104)))
 (let ((?x29 (/ ?x1647 ?x1155)))
 (let ((?x3481 (+ ?x29 ?x3492)))
 (let ((?x1750 (+ (* ?x29 1.0) ?x3492)))
 (let (($x2682 (= 0.0 ?x3481)))
 (let (($x2262 (and (= 0.0 ?x1750) $x2682)))
 (or (not (not (or (and (not $x2262) $x2682) $x2262))) (and (distinct (/ ?x1750 ?x3481) 1.0) true)))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x2840 (+ 1.0 b_i)))
 (>= exp_app_0 ?x2840)))
(assert
 (let (($x2507 (<= exp_app_0 1.0)))
 (let (($x1467 (<= b_i 0.0)))
 (=> $x1467 $x2507))))
(assert
 (let (($x935 (< b_i 1.0)))
 (=> $x935 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1471 (= n 1.0)))
 (let ((?x3289 (ite (or $x1471 (and (not $x1471) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1385 (* (- 1.0) ?x3289)))
 (let ((?x3405 (+ 1.0 ?x1385)))
 (>= exp_app_1 ?x3405))))))
(assert
 (let (($x1424 (<= exp_app_1 1.0)))
 (let (($x1471 (= n 1.0)))
 (let ((?x3289 (ite (or $x1471 (and (not $x1471) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1385 (* (- 1.0) ?x3289)))
 (let (($x2698 (<= ?x1385 0.0)))
 (=> $x2698 $x1424)))))))
(assert
 (let (($x1471 (= n 1.0)))
 (let ((?x3289 (ite (or $x1471 (and (not $x1471) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1385 (* (- 1.0) ?x3289)))
 (let ((?x1839 (- 1.0 ?x1385)))
 (let (($x2365 (< ?x1385 1.0)))
 (=> $x2365 (<= (* exp_app_1 ?x1839) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x3026 (+ 1.0 b_J)))
 (>= exp_app_2 ?x3026)))
(assert
 (let (($x2856 (<= exp_app_2 1.0)))
 (let (($x2485 (<= b_J 0.0)))
 (=> $x2485 $x2856))))
(assert
 (let (($x3254 (< b_J 1.0)))
 (=> $x3254 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x1471 (= n 1.0)))
 (let ((?x3289 (ite (or $x1471 (and (not $x1471) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1385 (* (- 1.0) ?x3289)))
 (let (($x2488 (< b_i ?x1385)))
 (=> $x2488 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1471 (= n 1.0)))
 (let ((?x3289 (ite (or $x1471 (and (not $x1471) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1385 (* (- 1.0) ?x3289)))
 (let (($x965 (< ?x1385 b_i)))
 (=> $x965 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x3319 (< b_i b_J)))
 (=> $x3319 (< exp_app_0 exp_app_2))))
(assert
 (let (($x116 (< b_J b_i)))
 (=> $x116 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1471 (= n 1.0)))
 (let ((?x3289 (ite (or $x1471 (and (not $x1471) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1385 (* (- 1.0) ?x3289)))
 (let (($x1868 (< ?x1385 b_J)))
 (=> $x1868 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1471 (= n 1.0)))
 (let ((?x3289 (ite (or $x1471 (and (not $x1471) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1385 (* (- 1.0) ?x3289)))
 (let (($x1480 (< b_J ?x1385)))
 (=> $x1480 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1162 (= exp_app_0 exp_app_1)))
 (let (($x1471 (= n 1.0)))
 (let ((?x3289 (ite (or $x1471 (and (not $x1471) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1385 (* (- 1.0) ?x3289)))
 (=> (= b_i ?x1385) $x1162))))))
(assert
 (let (($x2778 (= exp_app_0 exp_app_2)))
 (let (($x433 (= b_i b_J)))
 (=> $x433 $x2778))))
(assert
 (let (($x2800 (= exp_app_1 exp_app_2)))
(let (($x1471 (= n 1.0)))
(let ((?x3289 (ite (or $x1471 (and (not $x1471) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x1385 (* (- 1.0) ?x3289)))
(=> (= ?x1385 b_J) $x2800))))))
(check-sat)
