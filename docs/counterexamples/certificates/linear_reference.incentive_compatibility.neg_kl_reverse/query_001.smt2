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
(declare-fun zero_is_negative!2631 () Bool)
(declare-fun zero_is_negative!2625 () Bool)
(declare-fun zero_is_negative!2630 () Bool)
(declare-fun zero_is_negative!2624 () Bool)
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
 (let ((?x1418 (+ x_raised sum_n_15)))
 (let ((?x1377 (+ ?x1418 1.0)))
 (let (($x2556 (= 0.0 ?x1377)))
 (let ((?x170 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1126 (/ 1.0 ?x170)))
 (let ((?x190 (* 1.0 ?x1126)))
 (let ((?x439 (+ (+ (* x_raised p_i_u) sum_n_13) ?x190)))
 (let (($x936 (and (not (= 0.0 ?x170)) (< 0.0 ?x1126))))
 (let (($x1633 (= 0.0 ?x170)))
 (let (($x1639 (or (and $x1633 (ite $x1633 zero_is_negative!2631 (not (> 0.0 ?x170)))) $x936)))
 (let (($x1466 (and $x1633 (not $x1639))))
 (let (($x2874 (and $x1633 $x1639)))
 (let (($x2970 (or $x2874 $x1466)))
 (let (($x1537 (not $x2970)))
 (let (($x2645 (and (and $x1537 (= 0.0 ?x439)) $x2556)))
 (let (($x418 (and (not $x2645) (or $x2970 (and $x1537 $x2556)))))
 (let ((?x2798 (+ b_i sum_n_15)))
 (let ((?x1164 (+ ?x2798 1.0)))
 (let (($x331 (= 0.0 ?x1164)))
 (let (($x1446 (or (and $x1633 (ite $x1633 zero_is_negative!2625 (not (> 0.0 ?x170)))) $x936)))
 (let (($x2508 (and $x1633 (not $x1446))))
 (let (($x1632 (and $x1633 $x1446)))
 (let (($x962 (or $x1632 $x2508)))
 (let (($x536 (not $x962)))
 (let (($x1334 (and (and $x536 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x190))) $x331)))
 (let (($x816 (and (not $x1334) (or $x962 (and $x536 $x331)))))
 (let (($x1091 (or (and $x1633 (ite $x1633 zero_is_negative!2630 (not (> 0.0 ?x170)))) $x936)))
 (let (($x2306 (and $x1633 (not $x1091))))
 (let (($x841 (and $x1633 $x1091)))
 (let (($x2591 (or $x841 $x2306)))
 (let (($x357 (not $x2591)))
 (let (($x302 (and (and $x357 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x190))) $x2556)))
 (let (($x840 (and (not $x302) (or $x2591 (and $x357 $x2556)))))
 (let (($x1229 (or (and $x1633 (ite $x1633 zero_is_negative!2624 (not (> 0.0 ?x170)))) $x936)))
 (let (($x2686 (and $x1633 (not $x1229))))
 (let (($x128 (and $x1633 $x1229)))
 (let (($x1226 (or $x128 $x2686)))
 (let (($x414 (not $x1226)))
 (let (($x847 (and (and $x414 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x190))) $x331)))
 (let (($x2092 (and (not $x847) (or $x1226 (and $x414 $x331)))))
 (and (not (or $x2092 $x847)) (not (or $x840 $x302)) (not (or $x816 $x1334)) (not (or $x418 $x2645))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x2798 (+ b_i sum_n_15)))
(let ((?x1164 (+ ?x2798 1.0)))
(let ((?x170 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1126 (/ 1.0 ?x170)))
(let ((?x190 (* 1.0 ?x1126)))
(let ((?x2796 (+ (+ (* b_i p_i_t) sum_n_12) ?x190)))
(let ((?x2759 (/ ?x2796 ?x1164)))
(let ((?x1418 (+ x_raised sum_n_15)))
(let ((?x1377 (+ ?x1418 1.0)))
(let ((?x699 (+ (+ (* x_raised p_i_t) sum_n_12) ?x190)))
(let ((?x2537 (/ ?x699 ?x1377)))
(let ((?x539 (- ?x2537 ?x2759)))
(or (> 0.0 (* ?x539 (- p_i_t ?x2759))) (< (* (- p_i_t ?x2759) (- p_i_t ?x2759)) (* ?x539 ?x539))))))))))))))))
(check-sat)
