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
 (let ((?x364 (- n 1.0)))
 (let (($x1260 (>= ?x364 1.0)))
 (=> $x1260 (>= max_n_12 b_J)))))
(assert
 (let (($x1734 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x1260 (>= ?x364 1.0)))
 (=> $x1260 $x1734)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x1260 (>= ?x364 1.0)))
 (=> $x1260 (> sum_n_13 0.0)))))
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
 (let ((?x202 (* exp_app_3 exp_app_4)))
 (let ((?x351 (+ ?x202 (* sum_n_13 exp_app_4))))
 (let ((?x568 (/ 1.0 ?x351)))
 (let ((?x1175 (/ ?x202 ?x351)))
 (let ((?x782 (+ ?x1175 (* sum_n_13 exp_app_4 ?x568))))
 (let (($x377 (= 0.0 ?x782)))
 (let (($x1120 (and (= 0.0 (+ (* ?x1175 p_i_t) (* sum_n_14 exp_app_4 ?x568))) $x377)))
 (let ((?x1424 (* exp_app_0 exp_app_1)))
 (let ((?x1889 (+ ?x1424 (* sum_n_13 exp_app_1))))
 (let ((?x1568 (/ 1.0 ?x1889)))
 (let ((?x1856 (/ ?x1424 ?x1889)))
 (let ((?x1256 (+ ?x1856 (* sum_n_13 exp_app_1 ?x1568))))
 (let (($x830 (= 0.0 ?x1256)))
 (let (($x400 (and (= 0.0 (+ (* ?x1856 p_i_t) (* sum_n_14 exp_app_1 ?x1568))) $x830)))
 (let (($x1037 (and (not $x400) $x830)))
 (and (not (or $x1037 $x400)) (not (or (and (not $x1120) $x377) $x1120)))))))))))))))))))
(assert
 (let ((?x202 (* exp_app_3 exp_app_4)))
 (let ((?x351 (+ ?x202 (* sum_n_13 exp_app_4))))
 (let ((?x568 (/ 1.0 ?x351)))
 (let ((?x1175 (/ ?x202 ?x351)))
 (let ((?x782 (+ ?x1175 (* sum_n_13 exp_app_4 ?x568))))
 (let ((?x1239 (+ (* ?x1175 p_i_t) (* sum_n_14 exp_app_4 ?x568))))
 (let ((?x1551 (/ ?x1239 ?x782)))
 (let ((?x1424 (* exp_app_0 exp_app_1)))
 (let ((?x1889 (+ ?x1424 (* sum_n_13 exp_app_1))))
 (let ((?x1568 (/ 1.0 ?x1889)))
 (let ((?x1856 (/ ?x1424 ?x1889)))
 (let ((?x1256 (+ ?x1856 (* sum_n_13 exp_app_1 ?x1568))))
 (let ((?x1469 (+ (* ?x1856 p_i_t) (* sum_n_14 exp_app_1 ?x1568))))
 (let ((?x1722 (/ ?x1469 ?x1256)))
 (or (and (< ?x1551 ?x1722) (< ?x1551 p_i_t)) (and (< ?x1722 ?x1551) (< p_i_t ?x1551))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x130 (+ 1.0 b_i)))
 (>= exp_app_0 ?x130)))
(assert
 (let (($x776 (<= exp_app_0 1.0)))
 (let (($x88 (<= b_i 0.0)))
 (=> $x88 $x776))))
(assert
 (let (($x741 (< b_i 1.0)))
 (=> $x741 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let ((?x1346 (+ 1.0 ?x199)))
 (>= exp_app_1 ?x1346))))))
(assert
 (let (($x125 (<= exp_app_1 1.0)))
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let (($x862 (<= ?x199 0.0)))
 (=> $x862 $x125)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let ((?x1432 (- 1.0 ?x199)))
 (let (($x1843 (< ?x199 1.0)))
 (=> $x1843 (<= (* exp_app_1 ?x1432) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x312 (+ 1.0 b_J)))
 (>= exp_app_2 ?x312)))
(assert
 (let (($x931 (<= exp_app_2 1.0)))
 (let (($x47 (<= b_J 0.0)))
 (=> $x47 $x931))))
(assert
 (let (($x1056 (< b_J 1.0)))
 (=> $x1056 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x348 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x348)))
(assert
 (let (($x658 (<= exp_app_3 1.0)))
 (let (($x319 (<= x_raised 0.0)))
 (=> $x319 $x658))))
(assert
 (let (($x1289 (< x_raised 1.0)))
 (=> $x1289 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let ((?x1655 (+ 1.0 ?x988)))
 (>= exp_app_4 ?x1655))))))
(assert
 (let (($x1703 (<= exp_app_4 1.0)))
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let (($x314 (<= ?x988 0.0)))
 (=> $x314 $x1703)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let ((?x1377 (- 1.0 ?x988)))
 (let (($x603 (< ?x988 1.0)))
 (=> $x603 (<= (* exp_app_4 ?x1377) 1.0))))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let (($x426 (< b_i ?x199)))
 (=> $x426 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let (($x74 (< ?x199 b_i)))
 (=> $x74 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x642 (< b_i b_J)))
 (=> $x642 (< exp_app_0 exp_app_2))))
(assert
 (let (($x332 (< b_J b_i)))
 (=> $x332 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1126 (< b_i x_raised)))
 (=> $x1126 (< exp_app_0 exp_app_3))))
(assert
 (let (($x1866 (< x_raised b_i)))
 (=> $x1866 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let (($x955 (< b_i ?x988)))
 (=> $x955 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let (($x790 (< ?x988 b_i)))
 (=> $x790 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let (($x464 (< ?x199 b_J)))
 (=> $x464 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let (($x1799 (< b_J ?x199)))
 (=> $x1799 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let (($x589 (< ?x199 x_raised)))
 (=> $x589 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let (($x577 (< x_raised ?x199)))
 (=> $x577 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let (($x1621 (< ?x199 ?x988)))
 (=> $x1621 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let (($x778 (< ?x988 ?x199)))
 (=> $x778 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x677 (< b_J x_raised)))
 (=> $x677 (< exp_app_2 exp_app_3))))
(assert
 (let (($x758 (< x_raised b_J)))
 (=> $x758 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let (($x439 (< b_J ?x988)))
 (=> $x439 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let (($x837 (< ?x988 b_J)))
 (=> $x837 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let (($x1644 (< x_raised ?x988)))
 (=> $x1644 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let (($x1698 (< ?x988 x_raised)))
 (=> $x1698 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x37 (= exp_app_0 exp_app_1)))
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (=> (= b_i ?x199) $x37))))))
(assert
 (let (($x460 (= exp_app_0 exp_app_2)))
 (let (($x1068 (= b_i b_J)))
 (=> $x1068 $x460))))
(assert
 (let (($x1198 (= exp_app_0 exp_app_3)))
 (let (($x527 (= b_i x_raised)))
 (=> $x527 $x1198))))
(assert
 (let (($x1558 (= exp_app_0 exp_app_4)))
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (=> (= b_i ?x988) $x1558))))))
(assert
 (let (($x1242 (= exp_app_1 exp_app_2)))
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (=> (= ?x199 b_J) $x1242))))))
(assert
 (let (($x1615 (= exp_app_1 exp_app_3)))
 (let (($x1816 (= n 1.0)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (=> (= ?x199 x_raised) $x1615))))))
(assert
 (let (($x853 (= exp_app_1 exp_app_4)))
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (let ((?x155 (ite (or $x1816 (and (not $x1816) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x199 (* (- 1.0) ?x155)))
 (=> (= ?x199 ?x988) $x853))))))))
(assert
 (let (($x418 (= exp_app_2 exp_app_3)))
 (let (($x1791 (= b_J x_raised)))
 (=> $x1791 $x418))))
(assert
 (let (($x124 (= exp_app_2 exp_app_4)))
 (let (($x1816 (= n 1.0)))
 (let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x988 (* (- 1.0) ?x1163)))
 (=> (= b_J ?x988) $x124))))))
(assert
 (let (($x316 (= exp_app_3 exp_app_4)))
(let (($x1816 (= n 1.0)))
(let ((?x1163 (ite (or $x1816 (and (not $x1816) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x988 (* (- 1.0) ?x1163)))
(=> (= x_raised ?x988) $x316))))))
(check-sat)
