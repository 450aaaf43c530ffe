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
 (let ((?x1714 (* x_raised x_raised)))
 (let ((?x2118 (+ ?x1714 sum_n_15)))
 (let (($x4582 (= 0.0 ?x2118)))
 (let (($x2804 (and (= 0.0 (+ (* ?x1714 p_i_t) sum_n_12)) $x4582)))
 (let (($x7970 (and (not $x2804) $x4582)))
 (let ((?x759 (* b_i b_i)))
 (let ((?x208 (+ ?x759 sum_n_15)))
 (let (($x2841 (= 0.0 ?x208)))
 (let (($x6076 (and (= 0.0 (+ (* ?x759 p_i_t) sum_n_12)) $x2841)))
 (let (($x4342 (and (not $x6076) $x2841)))
 (and (not (or $x4342 $x6076)) (not (or $x7970 $x2804))))))))))))))
(assert
 (let ((?x1714 (* x_raised x_raised)))
(let ((?x2118 (+ ?x1714 sum_n_15)))
(let ((?x7286 (+ (* ?x1714 p_i_t) sum_n_12)))
(let ((?x3396 (/ ?x7286 ?x2118)))
(let ((?x759 (* b_i b_i)))
(let ((?x208 (+ ?x759 sum_n_15)))
(let ((?x7941 (+ (* ?x759 p_i_t) sum_n_12)))
(let ((?x2004 (/ ?x7941 ?x208)))
(or (and (< ?x3396 ?x2004) (< ?x3396 p_i_t)) (and (< ?x2004 ?x3396) (< p_i_t ?x3396))))))))))))
(check-sat)
