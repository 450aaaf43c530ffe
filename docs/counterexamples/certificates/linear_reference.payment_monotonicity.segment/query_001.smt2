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
(declare-fun zero_is_negative!1803 () Bool)
(declare-fun zero_is_negative!1797 () Bool)
(declare-fun zero_is_negative!1802 () Bool)
(declare-fun zero_is_negative!1796 () Bool)
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
 (let ((?x2774 (+ x_raised sum_n_15)))
 (let ((?x354 (+ ?x2774 1.0)))
 (let (($x129 (= 0.0 ?x354)))
 (let ((?x2666 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x453 (/ 1.0 ?x2666)))
 (let ((?x1640 (* 1.0 ?x453)))
 (let ((?x439 (+ (+ (* x_raised p_i_u) sum_n_13) ?x1640)))
 (let (($x1091 (and (not (= 0.0 ?x2666)) (< 0.0 ?x453))))
 (let (($x2185 (= 0.0 ?x2666)))
 (let (($x2699 (or (and $x2185 (ite $x2185 zero_is_negative!1803 (not (> 0.0 ?x2666)))) $x1091)))
 (let (($x492 (and $x2185 (not $x2699))))
 (let (($x1632 (and $x2185 $x2699)))
 (let (($x642 (or $x1632 $x492)))
 (let (($x1317 (not $x642)))
 (let (($x276 (and (and $x1317 (= 0.0 ?x439)) $x129)))
 (let (($x918 (and (not $x276) (or $x642 (and $x1317 $x129)))))
 (let ((?x1293 (+ b_i sum_n_15)))
 (let ((?x2870 (+ ?x1293 1.0)))
 (let (($x2965 (= 0.0 ?x2870)))
 (let (($x1013 (or (and $x2185 (ite $x2185 zero_is_negative!1797 (not (> 0.0 ?x2666)))) $x1091)))
 (let (($x2543 (and $x2185 (not $x1013))))
 (let (($x889 (and $x2185 $x1013)))
 (let (($x2621 (or $x889 $x2543)))
 (let (($x585 (not $x2621)))
 (let (($x53 (and (and $x585 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x1640))) $x2965)))
 (let (($x1639 (and (not $x53) (or $x2621 (and $x585 $x2965)))))
 (let (($x169 (or (and $x2185 (ite $x2185 zero_is_negative!1802 (not (> 0.0 ?x2666)))) $x1091)))
 (let (($x2633 (and $x2185 (not $x169))))
 (let (($x535 (and $x2185 $x169)))
 (let (($x1446 (or $x535 $x2633)))
 (let (($x555 (not $x1446)))
 (let (($x2228 (and (and $x555 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1640))) $x129)))
 (let (($x2944 (and (not $x2228) (or $x1446 (and $x555 $x129)))))
 (let (($x1040 (or (and $x2185 (ite $x2185 zero_is_negative!1796 (not (> 0.0 ?x2666)))) $x1091)))
 (let (($x803 (and $x2185 (not $x1040))))
 (let (($x1486 (and $x2185 $x1040)))
 (let (($x36 (or $x1486 $x803)))
 (let (($x2261 (not $x36)))
 (let (($x737 (and (and $x2261 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x1640))) $x2965)))
 (let (($x1747 (and (not $x737) (or $x36 (and $x2261 $x2965)))))
 (and (not (or $x1747 $x737)) (not (or $x2944 $x2228)) (not (or $x1639 $x53)) (not (or $x918 $x276))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1293 (+ b_i sum_n_15)))
(let ((?x2870 (+ ?x1293 1.0)))
(let ((?x2666 (+ 2.0 (+ (- 2.0) k))))
(let ((?x453 (/ 1.0 ?x2666)))
(let ((?x1640 (* 1.0 ?x453)))
(let ((?x86 (+ (+ (* b_i p_i_t) sum_n_12) ?x1640)))
(let ((?x2229 (/ ?x86 ?x2870)))
(let ((?x2774 (+ x_raised sum_n_15)))
(let ((?x354 (+ ?x2774 1.0)))
(let ((?x2527 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1640)))
(let ((?x2556 (/ ?x2527 ?x354)))
(let ((?x128 (- ?x2556 ?x2229)))
(or (> 0.0 (* ?x128 (- p_i_t ?x2229))) (< (* (- p_i_t ?x2229) (- p_i_t ?x2229)) (* ?x128 ?x128))))))))))))))))
(check-sat)
