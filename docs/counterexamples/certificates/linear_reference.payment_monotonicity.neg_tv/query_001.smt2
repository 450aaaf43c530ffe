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
(declare-fun zero_is_negative!2329 () Bool)
(declare-fun zero_is_negative!2323 () Bool)
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
 (let ((?x1432 (+ x_raised sum_n_15)))
 (let ((?x4390 (+ ?x1432 1.0)))
 (let (($x1738 (= 0.0 ?x4390)))
 (let ((?x1759 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x3250 (/ 1.0 ?x1759)))
 (let ((?x2813 (* 1.0 ?x3250)))
 (let ((?x1257 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2813)))
 (let (($x3208 (and (not (= 0.0 ?x1759)) (< 0.0 ?x3250))))
 (let (($x1496 (= 0.0 ?x1759)))
 (let (($x4132 (or (and $x1496 (ite $x1496 zero_is_negative!2329 (not (> 0.0 ?x1759)))) $x3208)))
 (let (($x681 (and $x1496 (not $x4132))))
 (let (($x118 (and $x1496 $x4132)))
 (let (($x4393 (or $x118 $x681)))
 (let (($x715 (not $x4393)))
 (let (($x4456 (and (and $x715 (= 0.0 ?x1257)) $x1738)))
 (let (($x1733 (and (not $x4456) (or $x4393 (and $x715 $x1738)))))
 (let ((?x300 (+ b_i sum_n_15)))
 (let ((?x4586 (+ ?x300 1.0)))
 (let (($x1526 (= 0.0 ?x4586)))
 (let (($x4193 (or (and $x1496 (ite $x1496 zero_is_negative!2323 (not (> 0.0 ?x1759)))) $x3208)))
 (let (($x1269 (and $x1496 (not $x4193))))
 (let (($x3504 (and $x1496 $x4193)))
 (let (($x4682 (or $x3504 $x1269)))
 (let (($x2243 (not $x4682)))
 (let (($x1723 (and (and $x2243 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x2813))) $x1526)))
 (let (($x4080 (and (not $x1723) (or $x4682 (and $x2243 $x1526)))))
 (and (not (or $x4080 $x1723)) (not (or $x1733 $x4456))))))))))))))))))))))))))))))
(assert
 (let ((?x1432 (+ x_raised sum_n_15)))
(let ((?x4390 (+ ?x1432 1.0)))
(let ((?x1759 (+ 2.0 (+ (- 2.0) k))))
(let ((?x3250 (/ 1.0 ?x1759)))
(let ((?x2813 (* 1.0 ?x3250)))
(let ((?x1257 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2813)))
(let ((?x4092 (/ ?x1257 ?x4390)))
(let ((?x300 (+ b_i sum_n_15)))
(let ((?x4586 (+ ?x300 1.0)))
(let ((?x167 (+ (+ (* b_i p_i_t) sum_n_12) ?x2813)))
(let ((?x3738 (/ ?x167 ?x4586)))
(or (and (< ?x4092 ?x3738) (< ?x4092 p_i_t)) (and (< ?x3738 ?x4092) (< p_i_t ?x4092)))))))))))))))
(check-sat)
