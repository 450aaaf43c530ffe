; bid_power_2, every n and k: no segment violation
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
 (let ((?x7768 (* x_raised x_raised)))
 (let ((?x5046 (+ ?x7768 sum_n_15)))
 (let (($x8531 (= 0.0 ?x5046)))
 (let (($x660 (and (= 0.0 (+ (* ?x7768 p_i_u) sum_n_13)) $x8531)))
 (let (($x6793 (and (not $x660) $x8531)))
 (let ((?x2480 (* b_i b_i)))
 (let ((?x4766 (+ ?x2480 sum_n_15)))
 (let (($x453 (= 0.0 ?x4766)))
 (let (($x2147 (and (= 0.0 (+ (* ?x2480 p_i_u) sum_n_13)) $x453)))
 (let (($x2902 (and (not $x2147) $x453)))
 (let (($x7810 (and (= 0.0 (+ (* ?x7768 p_i_t) sum_n_12)) $x8531)))
 (let (($x1328 (and (not $x7810) $x8531)))
 (let (($x7308 (and (= 0.0 (+ (* ?x2480 p_i_t) sum_n_12)) $x453)))
 (let (($x8371 (and (not $x7308) $x453)))
 (and (not (or $x8371 $x7308)) (not (or $x1328 $x7810)) (not (or $x2902 $x2147)) (not (or $x6793 $x660))))))))))))))))))
(assert
 (let ((?x2480 (* b_i b_i)))
(let ((?x4766 (+ ?x2480 sum_n_15)))
(let ((?x5385 (+ (* ?x2480 p_i_u) sum_n_13)))
(let ((?x1143 (/ ?x5385 ?x4766)))
(let ((?x3554 (- p_i_u ?x1143)))
(let ((?x3202 (+ (* ?x2480 p_i_t) sum_n_12)))
(let ((?x2579 (/ ?x3202 ?x4766)))
(let ((?x7768 (* x_raised x_raised)))
(let ((?x5046 (+ ?x7768 sum_n_15)))
(let ((?x1489 (+ (* ?x7768 p_i_t) sum_n_12)))
(let ((?x3784 (/ ?x1489 ?x5046)))
(let ((?x8307 (- ?x3784 ?x2579)))
(let ((?x6664 (* ?x8307 ?x3554)))
(let ((?x6839 (- p_i_t ?x2579)))
(let ((?x8199 (+ (* ?x7768 p_i_u) sum_n_13)))
(let ((?x1459 (/ ?x8199 ?x5046)))
(let ((?x3539 (- ?x1459 ?x1143)))
(let ((?x4782 (* ?x3539 ?x6839)))
(or (< ?x6664 ?x4782) (< ?x4782 ?x6664)))))))))))))))))))))
(check-sat)
