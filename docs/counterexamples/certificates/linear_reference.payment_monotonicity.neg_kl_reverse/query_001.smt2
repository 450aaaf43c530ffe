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
(declare-fun zero_is_negative!1767 () Bool)
(declare-fun zero_is_negative!1761 () Bool)
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
 (let ((?x648 (+ x_raised sum_n_15)))
 (let ((?x241 (+ ?x648 1.0)))
 (let (($x366 (= 0.0 ?x241)))
 (let ((?x390 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x202 (/ 1.0 ?x390)))
 (let ((?x474 (* 1.0 ?x202)))
 (let ((?x174 (+ (+ (* x_raised p_i_t) sum_n_12) ?x474)))
 (let (($x163 (and (not (= 0.0 ?x390)) (< 0.0 ?x202))))
 (let (($x465 (= 0.0 ?x390)))
 (let (($x320 (or (and $x465 (ite $x465 zero_is_negative!1767 (not (> 0.0 ?x390)))) $x163)))
 (let (($x455 (and $x465 (not $x320))))
 (let (($x496 (and $x465 $x320)))
 (let (($x261 (or $x496 $x455)))
 (let (($x355 (not $x261)))
 (let (($x445 (and (and $x355 (= 0.0 ?x174)) $x366)))
 (let (($x57 (and (not $x445) (or $x261 (and $x355 $x366)))))
 (let ((?x239 (+ b_i sum_n_15)))
 (let ((?x405 (+ ?x239 1.0)))
 (let (($x191 (= 0.0 ?x405)))
 (let (($x453 (or (and $x465 (ite $x465 zero_is_negative!1761 (not (> 0.0 ?x390)))) $x163)))
 (let (($x414 (and $x465 (not $x453))))
 (let (($x255 (and $x465 $x453)))
 (let (($x530 (or $x255 $x414)))
 (let (($x176 (not $x530)))
 (let (($x36 (and (and $x176 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x474))) $x191)))
 (let (($x138 (and (not $x36) (or $x530 (and $x176 $x191)))))
 (and (not (or $x138 $x36)) (not (or $x57 $x445))))))))))))))))))))))))))))))
(assert
 (let ((?x648 (+ x_raised sum_n_15)))
(let ((?x241 (+ ?x648 1.0)))
(let ((?x390 (+ 2.0 (+ (- 2.0) k))))
(let ((?x202 (/ 1.0 ?x390)))
(let ((?x474 (* 1.0 ?x202)))
(let ((?x174 (+ (+ (* x_raised p_i_t) sum_n_12) ?x474)))
(let ((?x145 (/ ?x174 ?x241)))
(let ((?x239 (+ b_i sum_n_15)))
(let ((?x405 (+ ?x239 1.0)))
(let ((?x507 (+ (+ (* b_i p_i_t) sum_n_12) ?x474)))
(let ((?x102 (/ ?x507 ?x405)))
(or (and (< ?x145 ?x102) (< ?x145 p_i_t)) (and (< ?x102 ?x145) (< p_i_t ?x145)))))))))))))))
(check-sat)
