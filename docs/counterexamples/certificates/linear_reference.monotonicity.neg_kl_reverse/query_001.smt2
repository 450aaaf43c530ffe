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
(declare-fun zero_is_negative!1543 () Bool)
(declare-fun zero_is_negative!1537 () Bool)
(declare-fun zero_is_negative!1542 () Bool)
(declare-fun zero_is_negative!1536 () Bool)
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
 (let ((?x1301 (+ x_raised sum_n_15)))
 (let ((?x1173 (+ ?x1301 1.0)))
 (let (($x1731 (= 0.0 ?x1173)))
 (let ((?x1002 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1444 (/ 1.0 ?x1002)))
 (let ((?x197 (* 1.0 ?x1444)))
 (let ((?x2661 (+ (+ (* x_raised p_i_u) sum_n_13) ?x197)))
 (let (($x807 (and (not (= 0.0 ?x1002)) (< 0.0 ?x1444))))
 (let (($x2533 (= 0.0 ?x1002)))
 (let (($x1708 (or (and $x2533 (ite $x2533 zero_is_negative!1543 (not (> 0.0 ?x1002)))) $x807)))
 (let (($x136 (and $x2533 (not $x1708))))
 (let (($x1710 (and $x2533 $x1708)))
 (let (($x143 (or $x1710 $x136)))
 (let (($x393 (not $x143)))
 (let (($x578 (and (and $x393 (= 0.0 ?x2661)) $x1731)))
 (let (($x544 (and (not $x578) (or $x143 (and $x393 $x1731)))))
 (let ((?x1646 (+ b_i sum_n_15)))
 (let ((?x827 (+ ?x1646 1.0)))
 (let (($x505 (= 0.0 ?x827)))
 (let (($x1717 (or (and $x2533 (ite $x2533 zero_is_negative!1537 (not (> 0.0 ?x1002)))) $x807)))
 (let (($x1046 (and $x2533 (not $x1717))))
 (let (($x2870 (and $x2533 $x1717)))
 (let (($x1426 (or $x2870 $x1046)))
 (let (($x267 (not $x1426)))
 (let (($x227 (and (and $x267 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x197))) $x505)))
 (let (($x2766 (and (not $x227) (or $x1426 (and $x267 $x505)))))
 (let (($x1735 (or (and $x2533 (ite $x2533 zero_is_negative!1542 (not (> 0.0 ?x1002)))) $x807)))
 (let (($x45 (and $x2533 (not $x1735))))
 (let (($x1400 (and $x2533 $x1735)))
 (let (($x536 (or $x1400 $x45)))
 (let (($x1006 (not $x536)))
 (let (($x1490 (and (and $x1006 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x197))) $x1731)))
 (let (($x1348 (and (not $x1490) (or $x536 (and $x1006 $x1731)))))
 (let (($x380 (or (and $x2533 (ite $x2533 zero_is_negative!1536 (not (> 0.0 ?x1002)))) $x807)))
 (let (($x2267 (and $x2533 (not $x380))))
 (let (($x1640 (and $x2533 $x380)))
 (let (($x2481 (or $x1640 $x2267)))
 (let (($x1392 (not $x2481)))
 (let (($x1719 (and (and $x1392 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x197))) $x505)))
 (let (($x1141 (and (not $x1719) (or $x2481 (and $x1392 $x505)))))
 (and (not (or $x1141 $x1719)) (not (or $x1348 $x1490)) (not (or $x2766 $x227)) (not (or $x544 $x578))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1646 (+ b_i sum_n_15)))
(let ((?x827 (+ ?x1646 1.0)))
(let ((?x1002 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1444 (/ 1.0 ?x1002)))
(let ((?x197 (* 1.0 ?x1444)))
(let ((?x790 (+ (+ (* b_i p_i_t) sum_n_12) ?x197)))
(let ((?x2922 (/ ?x790 ?x827)))
(let ((?x1301 (+ x_raised sum_n_15)))
(let ((?x1173 (+ ?x1301 1.0)))
(let ((?x1666 (+ (+ (* x_raised p_i_t) sum_n_12) ?x197)))
(let ((?x2796 (/ ?x1666 ?x1173)))
(let ((?x2909 (- ?x2796 ?x2922)))
(or (> 0.0 (* ?x2909 (- p_i_t ?x2922))) (< (* (- p_i_t ?x2922) (- p_i_t ?x2922)) (* ?x2909 ?x2909))))))))))))))))
(check-sat)
