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
(declare-fun zero_is_negative!5845 () Bool)
(declare-fun zero_is_negative!5844 () Bool)
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
 (let (($x131 (>= ?x364 1.0)))
 (=> $x131 (>= max_n_12 b_J)))))
(assert
 (let (($x910 (>= max_n_12 0.0)))
 (let ((?x364 (- n 1.0)))
 (let (($x131 (>= ?x364 1.0)))
 (=> $x131 $x910)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x364 (- n 1.0)))
 (let (($x131 (>= ?x364 1.0)))
 (=> $x131 (> sum_n_13 0.0)))))
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
 (let ((?x1543 (* sum_n_13 exp_app_1)))
 (let ((?x1737 (* exp_app_0 exp_app_1)))
 (let ((?x43 (+ ?x1737 ?x1543)))
 (let ((?x136 (/ 1.0 ?x43)))
 (let ((?x673 (* sum_n_13 exp_app_1 ?x136)))
 (let ((?x966 (/ ?x1737 ?x43)))
 (let ((?x208 (+ ?x966 ?x673)))
 (let (($x1323 (= 0.0 ?x208)))
 (let (($x439 (and (= 0.0 (+ (* ?x966 p_i_t) (* sum_n_14 exp_app_1 ?x136))) $x1323)))
 (not (or (and (not $x439) $x1323) $x439))))))))))))
(assert
 (let ((?x1543 (* sum_n_13 exp_app_1)))
 (let ((?x1737 (* exp_app_0 exp_app_1)))
 (let ((?x43 (+ ?x1737 ?x1543)))
 (let ((?x136 (/ 1.0 ?x43)))
 (let ((?x673 (* sum_n_13 exp_app_1 ?x136)))
 (let ((?x966 (/ ?x1737 ?x43)))
 (let ((?x208 (+ ?x966 ?x673)))
 (let (($x1323 (= 0.0 ?x208)))
 (let (($x439 (and (= 0.0 (+ (* ?x966 p_i_t) (* sum_n_14 exp_app_1 ?x136))) $x1323)))
 (let (($x601 (not (or (and (not $x439) $x1323) $x439))))
 (let (($x1539 (= 0.0 p_J_t)))
 (let (($x753 (= 0.0 ?x43)))
 (let (($x1031 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x753)) $x753)))
 (let (($x555 (and (= 0.0 (* exp_app_2 exp_app_1)) $x753)))
 (let (($x652 (or $x555 (and $x1031 $x1539))))
 (let (($x1068 (> 0.0 p_J_t)))
 (let (($x78 (not (or $x1031 $x555))))
 (let (($x51 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x43))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x43)))))
 (let (($x392 (ite $x753 zero_is_negative!5845 $x51)))
 (let (($x1541 (or (and $x1031 (not $x392)) (and $x78 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x43))))))
 (let (($x381 (< 0.0 p_J_t)))
 (let (($x57 (or (and $x1031 $x392) (and $x78 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x43))))))
 (let (($x87 (or (and $x57 $x381) (and $x1541 $x1068))))
 (let (($x569 (and (not $x652) $x1031)))
 (let (($x243 (= 0.0 ?x1737)))
 (let (($x1660 (and $x243 $x753)))
 (let (($x623 (or $x1660 (and (and (not $x1660) $x753) (= 0.0 p_i_t)))))
 (let (($x758 (> 0.0 p_i_t)))
 (let (($x440 (or (and (< 0.0 ?x1737) (not (> 0.0 ?x43))) (and (> 0.0 ?x1737) (> 0.0 ?x43)))))
 (let (($x563 (ite $x753 zero_is_negative!5844 $x440)))
 (let (($x746 (and (not $x1660) $x753)))
 (let (($x272 (or (and $x746 (not $x563)) (and (not (or $x746 $x1660)) (> 0.0 ?x966)))))
 (let (($x287 (< 0.0 p_i_t)))
 (let (($x1875 (and (or (and $x746 $x563) (and (not (or $x746 $x1660)) (< 0.0 ?x966))) $x287)))
 (let (($x1693 (or $x1875 (and $x272 $x758))))
 (let (($x1230 (and (not $x623) $x746)))
 (let (($x559 (and (not (or (or (and $x1230 $x1693) (and $x1230 (not $x1693))) $x623)) (not (or (or (and $x569 $x87) (and $x569 (not $x87))) $x652)) $x601)))
 (let (($x1164 (not $x559)))
 (not $x1164))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1543 (* sum_n_13 exp_app_1)))
 (let ((?x1737 (* exp_app_0 exp_app_1)))
 (let ((?x43 (+ ?x1737 ?x1543)))
 (let ((?x136 (/ 1.0 ?x43)))
 (let ((?x673 (* sum_n_13 exp_app_1 ?x136)))
 (let ((?x966 (/ ?x1737 ?x43)))
 (let ((?x208 (+ ?x966 ?x673)))
 (let ((?x456 (+ (* ?x966 p_i_t) (* sum_n_14 exp_app_1 ?x136))))
 (let (($x583 (< (/ ?x456 ?x208) 0.0)))
 (not $x583)))))))))))
(assert
 (let ((?x1543 (* sum_n_13 exp_app_1)))
 (let ((?x1737 (* exp_app_0 exp_app_1)))
 (let ((?x43 (+ ?x1737 ?x1543)))
 (let ((?x136 (/ 1.0 ?x43)))
 (let ((?x673 (* sum_n_13 exp_app_1 ?x136)))
 (let ((?x966 (/ ?x1737 ?x43)))
 (let ((?x208 (+ ?x966 ?x673)))
 (let ((?x609 (+ (* ?x966 1.0) ?x673)))
 (let (($x1323 (= 0.0 ?x208)))
 (let (($x164 (and (= 0.0 ?x609) $x1323)))
 (or (not (not (or (and (not $x164) $x1323) $x164))) (and (distinct (/ ?x609 ?x208) 1.0) true)))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1085 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1085)))
(assert
 (let (($x1300 (<= exp_app_0 1.0)))
 (let (($x922 (<= b_i 0.0)))
 (=> $x922 $x1300))))
(assert
 (let (($x1466 (< b_i 1.0)))
 (=> $x1466 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1876 (= n 1.0)))
 (let ((?x751 (ite (or $x1876 (and (not $x1876) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x518 (* (- 1.0) ?x751)))
 (let ((?x547 (+ 1.0 ?x518)))
 (>= exp_app_1 ?x547))))))
(assert
 (let (($x1197 (<= exp_app_1 1.0)))
 (let (($x1876 (= n 1.0)))
 (let ((?x751 (ite (or $x1876 (and (not $x1876) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x518 (* (- 1.0) ?x751)))
 (let (($x1260 (<= ?x518 0.0)))
 (=> $x1260 $x1197)))))))
(assert
 (let (($x1876 (= n 1.0)))
 (let ((?x751 (ite (or $x1876 (and (not $x1876) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x518 (* (- 1.0) ?x751)))
 (let ((?x540 (- 1.0 ?x518)))
 (let (($x1817 (< ?x518 1.0)))
 (=> $x1817 (<= (* exp_app_1 ?x540) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1626 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1626)))
(assert
 (let (($x1325 (<= exp_app_2 1.0)))
 (let (($x1105 (<= b_J 0.0)))
 (=> $x1105 $x1325))))
(assert
 (let (($x119 (< b_J 1.0)))
 (=> $x119 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x1876 (= n 1.0)))
 (let ((?x751 (ite (or $x1876 (and (not $x1876) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x518 (* (- 1.0) ?x751)))
 (let (($x1426 (< b_i ?x518)))
 (=> $x1426 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1876 (= n 1.0)))
 (let ((?x751 (ite (or $x1876 (and (not $x1876) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x518 (* (- 1.0) ?x751)))
 (let (($x117 (< ?x518 b_i)))
 (=> $x117 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x495 (< b_i b_J)))
 (=> $x495 (< exp_app_0 exp_app_2))))
(assert
 (let (($x312 (< b_J b_i)))
 (=> $x312 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1876 (= n 1.0)))
 (let ((?x751 (ite (or $x1876 (and (not $x1876) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x518 (* (- 1.0) ?x751)))
 (let (($x1774 (< ?x518 b_J)))
 (=> $x1774 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1876 (= n 1.0)))
 (let ((?x751 (ite (or $x1876 (and (not $x1876) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x518 (* (- 1.0) ?x751)))
 (let (($x213 (< b_J ?x518)))
 (=> $x213 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x299 (= exp_app_0 exp_app_1)))
 (let (($x1876 (= n 1.0)))
 (let ((?x751 (ite (or $x1876 (and (not $x1876) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x518 (* (- 1.0) ?x751)))
 (=> (= b_i ?x518) $x299))))))
(assert
 (let (($x1655 (= exp_app_0 exp_app_2)))
 (let (($x1289 (= b_i b_J)))
 (=> $x1289 $x1655))))
(assert
 (let (($x552 (= exp_app_1 exp_app_2)))
(let (($x1876 (= n 1.0)))
(let ((?x751 (ite (or $x1876 (and (not $x1876) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x518 (* (- 1.0) ?x751)))
(=> (= ?x518 b_J) $x552))))))
(check-sat)
