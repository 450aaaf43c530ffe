; linear_reference, every n and k: no segment violation
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
(declare-fun sum_n_12 () Real)
(declare-fun sum_n_13 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
(declare-fun x_raised () Real)
(declare-fun zero_is_negative!1349 () Bool)
(declare-fun zero_is_negative!1343 () Bool)
(declare-fun zero_is_negative!1348 () Bool)
(declare-fun zero_is_negative!1342 () Bool)
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
 (>= sum_n_12 0.0))
(assert
 (>= sum_n_13 0.0))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_15 sum_n_12))
(assert
 (>= sum_n_15 sum_n_13))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x892 (+ x_raised sum_n_15)))
 (let ((?x505 (+ ?x892 1.0)))
 (let (($x1498 (= 0.0 ?x505)))
 (let ((?x1672 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1028 (/ 1.0 ?x1672)))
 (let ((?x2673 (* 1.0 ?x1028)))
 (let ((?x1056 (+ (+ (* x_raised p_i_u) sum_n_13) ?x2673)))
 (let (($x1662 (and (not (= 0.0 ?x1672)) (< 0.0 ?x1028))))
 (let (($x827 (= 0.0 ?x1672)))
 (let (($x3044 (or (and $x827 (ite $x827 zero_is_negative!1349 (not (> 0.0 ?x1672)))) $x1662)))
 (let (($x3510 (and $x827 (not $x3044))))
 (let (($x3043 (and $x827 $x3044)))
 (let (($x2610 (or $x3043 $x3510)))
 (let (($x1081 (not $x2610)))
 (let (($x113 (and (and $x1081 (= 0.0 ?x1056)) $x1498)))
 (let (($x497 (and (not $x113) (or $x2610 (and $x1081 $x1498)))))
 (let ((?x1143 (+ b_i sum_n_15)))
 (let ((?x1525 (+ ?x1143 1.0)))
 (let (($x136 (= 0.0 ?x1525)))
 (let (($x1965 (or (and $x827 (ite $x827 zero_is_negative!1343 (not (> 0.0 ?x1672)))) $x1662)))
 (let (($x284 (and $x827 (not $x1965))))
 (let (($x1468 (and $x827 $x1965)))
 (let (($x1664 (or $x1468 $x284)))
 (let (($x86 (not $x1664)))
 (let (($x1659 (and (and $x86 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x2673))) $x136)))
 (let (($x165 (and (not $x1659) (or $x1664 (and $x86 $x136)))))
 (let (($x2605 (or (and $x827 (ite $x827 zero_is_negative!1348 (not (> 0.0 ?x1672)))) $x1662)))
 (let (($x3041 (and $x827 (not $x2605))))
 (let (($x3039 (and $x827 $x2605)))
 (let (($x390 (or $x3039 $x3041)))
 (let (($x1441 (not $x390)))
 (let (($x1450 (and (and $x1441 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2673))) $x1498)))
 (let (($x509 (and (not $x1450) (or $x390 (and $x1441 $x1498)))))
 (let (($x1640 (or (and $x827 (ite $x827 zero_is_negative!1342 (not (> 0.0 ?x1672)))) $x1662)))
 (let (($x2661 (and $x827 (not $x1640))))
 (let (($x267 (and $x827 $x1640)))
 (let (($x2659 (or $x267 $x2661)))
 (let (($x845 (not $x2659)))
 (let (($x2851 (and (and $x845 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x2673))) $x136)))
 (let (($x256 (and (not $x2851) (or $x2659 (and $x845 $x136)))))
 (and (not (or $x256 $x2851)) (not (or $x509 $x1450)) (not (or $x165 $x1659)) (not (or $x497 $x113))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1143 (+ b_i sum_n_15)))
(let ((?x1525 (+ ?x1143 1.0)))
(let ((?x1672 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1028 (/ 1.0 ?x1672)))
(let ((?x2673 (* 1.0 ?x1028)))
(let ((?x1434 (+ (+ (* b_i p_i_t) sum_n_12) ?x2673)))
(let ((?x1669 (/ ?x1434 ?x1525)))
(let ((?x892 (+ x_raised sum_n_15)))
(let ((?x505 (+ ?x892 1.0)))
(let ((?x500 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2673)))
(let ((?x2778 (/ ?x500 ?x505)))
(let ((?x619 (- ?x2778 ?x1669)))
(or (> 0.0 (* ?x619 (- p_i_t ?x1669))) (< (* (- p_i_t ?x1669) (- p_i_t ?x1669)) (* ?x619 ?x619))))))))))))))))
(check-sat)
