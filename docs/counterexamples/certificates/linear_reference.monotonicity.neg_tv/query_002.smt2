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
(declare-fun zero_is_negative!1677 () Bool)
(declare-fun zero_is_negative!1671 () Bool)
(declare-fun zero_is_negative!1676 () Bool)
(declare-fun zero_is_negative!1670 () Bool)
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
 (let ((?x553 (+ x_raised sum_n_15)))
 (let ((?x45 (+ ?x553 1.0)))
 (let (($x585 (= 0.0 ?x45)))
 (let ((?x1404 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x2567 (/ 1.0 ?x1404)))
 (let ((?x2643 (* 1.0 ?x2567)))
 (let ((?x577 (+ (+ (* x_raised p_i_u) sum_n_13) ?x2643)))
 (let (($x258 (and (not (= 0.0 ?x1404)) (< 0.0 ?x2567))))
 (let (($x2332 (= 0.0 ?x1404)))
 (let (($x472 (or (and $x2332 (ite $x2332 zero_is_negative!1677 (not (> 0.0 ?x1404)))) $x258)))
 (let (($x2666 (and $x2332 (not $x472))))
 (let (($x2654 (and $x2332 $x472)))
 (let (($x2650 (or $x2654 $x2666)))
 (let (($x1176 (not $x2650)))
 (let (($x473 (and (and $x1176 (= 0.0 ?x577)) $x585)))
 (let (($x128 (and (not $x473) (or $x2650 (and $x1176 $x585)))))
 (let ((?x1333 (+ b_i sum_n_15)))
 (let ((?x826 (+ ?x1333 1.0)))
 (let (($x2867 (= 0.0 ?x826)))
 (let (($x1637 (or (and $x2332 (ite $x2332 zero_is_negative!1671 (not (> 0.0 ?x1404)))) $x258)))
 (let (($x2884 (and $x2332 (not $x1637))))
 (let (($x2277 (and $x2332 $x1637)))
 (let (($x1747 (or $x2277 $x2884)))
 (let (($x1091 (not $x1747)))
 (let (($x2947 (and (and $x1091 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x2643))) $x2867)))
 (let (($x1144 (and (not $x2947) (or $x1747 (and $x1091 $x2867)))))
 (let (($x187 (or (and $x2332 (ite $x2332 zero_is_negative!1676 (not (> 0.0 ?x1404)))) $x258)))
 (let (($x368 (and $x2332 (not $x187))))
 (let (($x167 (and $x2332 $x187)))
 (let (($x866 (or $x167 $x368)))
 (let (($x1640 (not $x866)))
 (let (($x666 (and (and $x1640 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2643))) $x585)))
 (let (($x2256 (and (not $x666) (or $x866 (and $x1640 $x585)))))
 (let (($x86 (or (and $x2332 (ite $x2332 zero_is_negative!1670 (not (> 0.0 ?x1404)))) $x258)))
 (let (($x2784 (and $x2332 (not $x86))))
 (let (($x190 (and $x2332 $x86)))
 (let (($x2621 (or $x190 $x2784)))
 (let (($x1486 (not $x2621)))
 (let (($x803 (and (and $x1486 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x2643))) $x2867)))
 (let (($x252 (and (not $x803) (or $x2621 (and $x1486 $x2867)))))
 (and (not (or $x252 $x803)) (not (or $x2256 $x666)) (not (or $x1144 $x2947)) (not (or $x128 $x473))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1333 (+ b_i sum_n_15)))
(let ((?x826 (+ ?x1333 1.0)))
(let ((?x1404 (+ 2.0 (+ (- 2.0) k))))
(let ((?x2567 (/ 1.0 ?x1404)))
(let ((?x2643 (* 1.0 ?x2567)))
(let ((?x650 (+ (+ (* b_i p_i_u) sum_n_13) ?x2643)))
(let ((?x748 (/ ?x650 ?x826)))
(let ((?x553 (+ x_raised sum_n_15)))
(let ((?x45 (+ ?x553 1.0)))
(let ((?x577 (+ (+ (* x_raised p_i_u) sum_n_13) ?x2643)))
(let ((?x2599 (/ ?x577 ?x45)))
(let ((?x509 (- ?x2599 ?x748)))
(or (> 0.0 (* ?x509 (- p_i_u ?x748))) (< (* (- p_i_u ?x748) (- p_i_u ?x748)) (* ?x509 ?x509))))))))))))))))
(check-sat)
