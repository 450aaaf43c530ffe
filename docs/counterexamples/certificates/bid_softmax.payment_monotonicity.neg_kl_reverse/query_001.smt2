; bid_softmax, every n and k: no coordinatewise violation
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
 (let ((?x982 (- n 1.0)))
 (let (($x109 (>= ?x982 1.0)))
 (=> $x109 (>= max_n_12 b_J)))))
(assert
 (let (($x2868 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x109 (>= ?x982 1.0)))
 (=> $x109 $x2868)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x109 (>= ?x982 1.0)))
 (=> $x109 (> sum_n_13 0.0)))))
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
 (let ((?x2654 (* exp_app_3 exp_app_4)))
 (let ((?x1540 (+ ?x2654 (* sum_n_13 exp_app_4))))
 (let ((?x1442 (/ 1.0 ?x1540)))
 (let ((?x2854 (/ ?x2654 ?x1540)))
 (let ((?x1708 (+ ?x2854 (* sum_n_13 exp_app_4 ?x1442))))
 (let (($x1140 (= 0.0 ?x1708)))
 (let (($x2702 (and (= 0.0 (+ (* ?x2854 p_i_t) (* sum_n_14 exp_app_4 ?x1442))) $x1140)))
 (let ((?x993 (* exp_app_0 exp_app_1)))
 (let ((?x349 (+ ?x993 (* sum_n_13 exp_app_1))))
 (let ((?x2709 (/ 1.0 ?x349)))
 (let ((?x1332 (/ ?x993 ?x349)))
 (let ((?x2939 (+ ?x1332 (* sum_n_13 exp_app_1 ?x2709))))
 (let (($x1819 (= 0.0 ?x2939)))
 (let (($x3501 (and (= 0.0 (+ (* ?x1332 p_i_t) (* sum_n_14 exp_app_1 ?x2709))) $x1819)))
 (let (($x732 (and (not $x3501) $x1819)))
 (and (not (or $x732 $x3501)) (not (or (and (not $x2702) $x1140) $x2702)))))))))))))))))))
(assert
 (let ((?x2654 (* exp_app_3 exp_app_4)))
 (let ((?x1540 (+ ?x2654 (* sum_n_13 exp_app_4))))
 (let ((?x1442 (/ 1.0 ?x1540)))
 (let ((?x2854 (/ ?x2654 ?x1540)))
 (let ((?x1708 (+ ?x2854 (* sum_n_13 exp_app_4 ?x1442))))
 (let ((?x2263 (+ (* ?x2854 p_i_t) (* sum_n_14 exp_app_4 ?x1442))))
 (let ((?x1506 (/ ?x2263 ?x1708)))
 (let ((?x993 (* exp_app_0 exp_app_1)))
 (let ((?x349 (+ ?x993 (* sum_n_13 exp_app_1))))
 (let ((?x2709 (/ 1.0 ?x349)))
 (let ((?x1332 (/ ?x993 ?x349)))
 (let ((?x2939 (+ ?x1332 (* sum_n_13 exp_app_1 ?x2709))))
 (let ((?x3193 (+ (* ?x1332 p_i_t) (* sum_n_14 exp_app_1 ?x2709))))
 (let ((?x184 (/ ?x3193 ?x2939)))
 (or (and (< ?x1506 ?x184) (< ?x1506 p_i_t)) (and (< ?x184 ?x1506) (< p_i_t ?x1506))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x2498 (+ 1.0 b_i)))
 (>= exp_app_0 ?x2498)))
(assert
 (let (($x1076 (<= exp_app_0 1.0)))
 (let (($x267 (<= b_i 0.0)))
 (=> $x267 $x1076))))
(assert
 (let (($x2424 (< b_i 1.0)))
 (=> $x2424 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let ((?x2305 (+ 1.0 ?x1280)))
 (>= exp_app_1 ?x2305))))))
(assert
 (let (($x2196 (<= exp_app_1 1.0)))
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let (($x647 (<= ?x1280 0.0)))
 (=> $x647 $x2196)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let ((?x1001 (- 1.0 ?x1280)))
 (let (($x1159 (< ?x1280 1.0)))
 (=> $x1159 (<= (* exp_app_1 ?x1001) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x2556 (+ 1.0 b_J)))
 (>= exp_app_2 ?x2556)))
(assert
 (let (($x3322 (<= exp_app_2 1.0)))
 (let (($x2789 (<= b_J 0.0)))
 (=> $x2789 $x3322))))
(assert
 (let (($x1170 (< b_J 1.0)))
 (=> $x1170 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x2089 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x2089)))
(assert
 (let (($x2766 (<= exp_app_3 1.0)))
 (let (($x3585 (<= x_raised 0.0)))
 (=> $x3585 $x2766))))
(assert
 (let (($x1796 (< x_raised 1.0)))
 (=> $x1796 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let ((?x1946 (+ 1.0 ?x2363)))
 (>= exp_app_4 ?x1946))))))
(assert
 (let (($x1491 (<= exp_app_4 1.0)))
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let (($x328 (<= ?x2363 0.0)))
 (=> $x328 $x1491)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let ((?x1735 (- 1.0 ?x2363)))
 (let (($x2321 (< ?x2363 1.0)))
 (=> $x2321 (<= (* exp_app_4 ?x1735) 1.0))))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let (($x55 (< b_i ?x1280)))
 (=> $x55 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let (($x237 (< ?x1280 b_i)))
 (=> $x237 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2227 (< b_i b_J)))
 (=> $x2227 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1358 (< b_J b_i)))
 (=> $x1358 (< exp_app_2 exp_app_0))))
(assert
 (let (($x685 (< b_i x_raised)))
 (=> $x685 (< exp_app_0 exp_app_3))))
(assert
 (let (($x2235 (< x_raised b_i)))
 (=> $x2235 (< exp_app_3 exp_app_0))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let (($x684 (< b_i ?x2363)))
 (=> $x684 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let (($x2343 (< ?x2363 b_i)))
 (=> $x2343 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let (($x631 (< ?x1280 b_J)))
 (=> $x631 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let (($x1038 (< b_J ?x1280)))
 (=> $x1038 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let (($x3221 (< ?x1280 x_raised)))
 (=> $x3221 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let (($x2107 (< x_raised ?x1280)))
 (=> $x2107 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let (($x2373 (< ?x1280 ?x2363)))
 (=> $x2373 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let (($x1344 (< ?x2363 ?x1280)))
 (=> $x1344 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x2823 (< b_J x_raised)))
 (=> $x2823 (< exp_app_2 exp_app_3))))
(assert
 (let (($x1029 (< x_raised b_J)))
 (=> $x1029 (< exp_app_3 exp_app_2))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let (($x265 (< b_J ?x2363)))
 (=> $x265 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let (($x830 (< ?x2363 b_J)))
 (=> $x830 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let (($x3258 (< x_raised ?x2363)))
 (=> $x3258 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let (($x2973 (< ?x2363 x_raised)))
 (=> $x2973 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x1403 (= exp_app_0 exp_app_1)))
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (=> (= b_i ?x1280) $x1403))))))
(assert
 (let (($x67 (= exp_app_0 exp_app_2)))
 (let (($x2490 (= b_i b_J)))
 (=> $x2490 $x67))))
(assert
 (let (($x859 (= exp_app_0 exp_app_3)))
 (let (($x2216 (= b_i x_raised)))
 (=> $x2216 $x859))))
(assert
 (let (($x501 (= exp_app_0 exp_app_4)))
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (=> (= b_i ?x2363) $x501))))))
(assert
 (let (($x3578 (= exp_app_1 exp_app_2)))
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (=> (= ?x1280 b_J) $x3578))))))
(assert
 (let (($x3226 (= exp_app_1 exp_app_3)))
 (let (($x112 (= n 1.0)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (=> (= ?x1280 x_raised) $x3226))))))
(assert
 (let (($x626 (= exp_app_1 exp_app_4)))
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (let ((?x1798 (ite (or $x112 (and (not $x112) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1280 (* (- 1.0) ?x1798)))
 (=> (= ?x1280 ?x2363) $x626))))))))
(assert
 (let (($x868 (= exp_app_2 exp_app_3)))
 (let (($x2791 (= b_J x_raised)))
 (=> $x2791 $x868))))
(assert
 (let (($x2640 (= exp_app_2 exp_app_4)))
 (let (($x112 (= n 1.0)))
 (let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x2363 (* (- 1.0) ?x3571)))
 (=> (= b_J ?x2363) $x2640))))))
(assert
 (let (($x1323 (= exp_app_3 exp_app_4)))
(let (($x112 (= n 1.0)))
(let ((?x3571 (ite (or $x112 (and (not $x112) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x2363 (* (- 1.0) ?x3571)))
(=> (= x_raised ?x2363) $x1323))))))
(check-sat)
