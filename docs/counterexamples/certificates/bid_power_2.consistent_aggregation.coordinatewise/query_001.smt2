; bid_power_2, every n and k: no coordinatewise violation
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
 (let ((?x3910 (* x_raised x_raised)))
 (let ((?x4206 (+ ?x3910 sum_n_15)))
 (let (($x575 (= 0.0 ?x4206)))
 (let (($x6344 (and (= 0.0 (+ (* ?x3910 p_i_t) sum_n_12)) $x575)))
 (let (($x2804 (and (not $x6344) $x575)))
 (let ((?x5776 (* b_i b_i)))
 (let ((?x7109 (+ ?x5776 sum_n_15)))
 (let (($x1756 (= 0.0 ?x7109)))
 (let (($x6379 (and (= 0.0 (+ (* ?x5776 p_i_t) sum_n_12)) $x1756)))
 (let (($x404 (and (not $x6379) $x1756)))
 (and (not (or $x404 $x6379)) (not (or $x2804 $x6344))))))))))))))
(assert
 (let ((?x3910 (* x_raised x_raised)))
(let ((?x4206 (+ ?x3910 sum_n_15)))
(let ((?x6286 (+ (* ?x3910 p_i_t) sum_n_12)))
(let ((?x1262 (/ ?x6286 ?x4206)))
(let ((?x5776 (* b_i b_i)))
(let ((?x7109 (+ ?x5776 sum_n_15)))
(let ((?x6023 (+ (* ?x5776 p_i_t) sum_n_12)))
(let ((?x3202 (/ ?x6023 ?x7109)))
(or (and (< ?x1262 ?x3202) (< ?x1262 p_i_t)) (and (< ?x3202 ?x1262) (< p_i_t ?x1262))))))))))))
(check-sat)
