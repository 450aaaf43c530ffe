; linear_reference, every n and k: no coordinatewise violation
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
(declare-fun zero_is_negative!2160 () Bool)
(declare-fun zero_is_negative!2154 () Bool)
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
 (let ((?x2332 (+ x_raised sum_n_15)))
 (let ((?x2225 (+ ?x2332 1.0)))
 (let (($x11 (= 0.0 ?x2225)))
 (let ((?x2628 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x453 (/ 1.0 ?x2628)))
 (let ((?x26 (* 1.0 ?x453)))
 (let ((?x1390 (+ (+ (* x_raised p_i_t) sum_n_12) ?x26)))
 (let (($x2639 (and (not (= 0.0 ?x2628)) (< 0.0 ?x453))))
 (let (($x2926 (= 0.0 ?x2628)))
 (let (($x1317 (or (and $x2926 (ite $x2926 zero_is_negative!2160 (not (> 0.0 ?x2628)))) $x2639)))
 (let (($x2751 (and $x2926 (not $x1317))))
 (let (($x840 (and $x2926 $x1317)))
 (let (($x1473 (or $x840 $x2751)))
 (let (($x650 (not $x1473)))
 (let (($x2629 (and (and $x650 (= 0.0 ?x1390)) $x11)))
 (let (($x266 (and (not $x2629) (or $x1473 (and $x650 $x11)))))
 (let ((?x841 (+ b_i sum_n_15)))
 (let ((?x886 (+ ?x841 1.0)))
 (let (($x2620 (= 0.0 ?x886)))
 (let (($x2550 (or (and $x2926 (ite $x2926 zero_is_negative!2154 (not (> 0.0 ?x2628)))) $x2639)))
 (let (($x2922 (and $x2926 (not $x2550))))
 (let (($x2686 (and $x2926 $x2550)))
 (let (($x748 (or $x2686 $x2922)))
 (let (($x79 (not $x748)))
 (let (($x485 (and (and $x79 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x26))) $x2620)))
 (let (($x414 (and (not $x485) (or $x748 (and $x79 $x2620)))))
 (and (not (or $x414 $x485)) (not (or $x266 $x2629))))))))))))))))))))))))))))))
(assert
 (let ((?x2332 (+ x_raised sum_n_15)))
(let ((?x2225 (+ ?x2332 1.0)))
(let ((?x2628 (+ 2.0 (+ (- 2.0) k))))
(let ((?x453 (/ 1.0 ?x2628)))
(let ((?x26 (* 1.0 ?x453)))
(let ((?x1390 (+ (+ (* x_raised p_i_t) sum_n_12) ?x26)))
(let ((?x1636 (/ ?x1390 ?x2225)))
(let ((?x841 (+ b_i sum_n_15)))
(let ((?x886 (+ ?x841 1.0)))
(let ((?x2479 (+ (+ (* b_i p_i_t) sum_n_12) ?x26)))
(let ((?x2417 (/ ?x2479 ?x886)))
(or (and (< ?x1636 ?x2417) (< ?x1636 p_i_t)) (and (< ?x2417 ?x1636) (< p_i_t ?x1636)))))))))))))))
(check-sat)
