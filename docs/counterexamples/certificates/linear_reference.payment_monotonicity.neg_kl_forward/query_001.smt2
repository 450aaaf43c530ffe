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
(declare-fun zero_is_negative!1818 () Bool)
(declare-fun zero_is_negative!1812 () Bool)
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
 (let ((?x1736 (+ x_raised sum_n_15)))
 (let ((?x2064 (+ ?x1736 1.0)))
 (let (($x1056 (= 0.0 ?x2064)))
 (let ((?x1536 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x359 (/ 1.0 ?x1536)))
 (let ((?x192 (* 1.0 ?x359)))
 (let ((?x1450 (+ (+ (* x_raised p_i_t) sum_n_12) ?x192)))
 (let (($x436 (and (not (= 0.0 ?x1536)) (< 0.0 ?x359))))
 (let (($x29 (= 0.0 ?x1536)))
 (let (($x2505 (or (and $x29 (ite $x29 zero_is_negative!1818 (not (> 0.0 ?x1536)))) $x436)))
 (let (($x2522 (and $x29 (not $x2505))))
 (let (($x110 (and $x29 $x2505)))
 (let (($x286 (or $x110 $x2522)))
 (let (($x1668 (not $x286)))
 (let (($x2578 (and (and $x1668 (= 0.0 ?x1450)) $x1056)))
 (let (($x1121 (and (not $x2578) (or $x286 (and $x1668 $x1056)))))
 (let ((?x2778 (+ b_i sum_n_15)))
 (let ((?x1719 (+ ?x2778 1.0)))
 (let (($x63 (= 0.0 ?x1719)))
 (let (($x1006 (or (and $x29 (ite $x29 zero_is_negative!1812 (not (> 0.0 ?x1536)))) $x436)))
 (let (($x2481 (and $x29 (not $x1006))))
 (let (($x1498 (and $x29 $x1006)))
 (let (($x578 (or $x1498 $x2481)))
 (let (($x1477 (not $x578)))
 (let (($x1646 (and (and $x1477 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x192))) $x63)))
 (let (($x535 (and (not $x1646) (or $x578 (and $x1477 $x63)))))
 (and (not (or $x535 $x1646)) (not (or $x1121 $x2578))))))))))))))))))))))))))))))
(assert
 (let ((?x1736 (+ x_raised sum_n_15)))
(let ((?x2064 (+ ?x1736 1.0)))
(let ((?x1536 (+ 2.0 (+ (- 2.0) k))))
(let ((?x359 (/ 1.0 ?x1536)))
(let ((?x192 (* 1.0 ?x359)))
(let ((?x1450 (+ (+ (* x_raised p_i_t) sum_n_12) ?x192)))
(let ((?x1276 (/ ?x1450 ?x2064)))
(let ((?x2778 (+ b_i sum_n_15)))
(let ((?x1719 (+ ?x2778 1.0)))
(let ((?x550 (+ (+ (* b_i p_i_t) sum_n_12) ?x192)))
(let ((?x2888 (/ ?x550 ?x1719)))
(or (and (< ?x1276 ?x2888) (< ?x1276 p_i_t)) (and (< ?x2888 ?x1276) (< p_i_t ?x1276)))))))))))))))
(check-sat)
