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
 (let ((?x694 (* x_raised x_raised)))
 (let ((?x21 (+ ?x694 sum_n_15)))
 (let (($x2432 (= 0.0 ?x21)))
 (let (($x1395 (and (= 0.0 (+ (* ?x694 p_i_t) sum_n_12)) $x2432)))
 (let (($x816 (and (not $x1395) $x2432)))
 (let ((?x2344 (* b_i b_i)))
 (let ((?x2107 (+ ?x2344 sum_n_15)))
 (let (($x3475 (= 0.0 ?x2107)))
 (let (($x518 (and (= 0.0 (+ (* ?x2344 p_i_t) sum_n_12)) $x3475)))
 (let (($x1649 (and (not $x518) $x3475)))
 (and (not (or $x1649 $x518)) (not (or $x816 $x1395))))))))))))))
(assert
 (let ((?x694 (* x_raised x_raised)))
(let ((?x21 (+ ?x694 sum_n_15)))
(let ((?x3353 (+ (* ?x694 p_i_t) sum_n_12)))
(let ((?x3037 (/ ?x3353 ?x21)))
(let ((?x2344 (* b_i b_i)))
(let ((?x2107 (+ ?x2344 sum_n_15)))
(let ((?x3178 (+ (* ?x2344 p_i_t) sum_n_12)))
(let ((?x3254 (/ ?x3178 ?x2107)))
(or (and (< ?x3037 ?x3254) (< ?x3037 p_i_t)) (and (< ?x3254 ?x3037) (< p_i_t ?x3037))))))))))))
(check-sat)
