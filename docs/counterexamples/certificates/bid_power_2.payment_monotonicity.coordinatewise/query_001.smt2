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
 (let ((?x4454 (* x_raised x_raised)))
 (let ((?x6138 (+ ?x4454 sum_n_15)))
 (let (($x7448 (= 0.0 ?x6138)))
 (let (($x2738 (and (= 0.0 (+ (* ?x4454 p_i_t) sum_n_12)) $x7448)))
 (let (($x3284 (and (not $x2738) $x7448)))
 (let ((?x5614 (* b_i b_i)))
 (let ((?x5350 (+ ?x5614 sum_n_15)))
 (let (($x3218 (= 0.0 ?x5350)))
 (let (($x4349 (and (= 0.0 (+ (* ?x5614 p_i_t) sum_n_12)) $x3218)))
 (let (($x7031 (and (not $x4349) $x3218)))
 (and (not (or $x7031 $x4349)) (not (or $x3284 $x2738))))))))))))))
(assert
 (let ((?x4454 (* x_raised x_raised)))
(let ((?x6138 (+ ?x4454 sum_n_15)))
(let ((?x5564 (+ (* ?x4454 p_i_t) sum_n_12)))
(let ((?x6549 (/ ?x5564 ?x6138)))
(let ((?x5614 (* b_i b_i)))
(let ((?x5350 (+ ?x5614 sum_n_15)))
(let ((?x3565 (+ (* ?x5614 p_i_t) sum_n_12)))
(let ((?x5542 (/ ?x3565 ?x5350)))
(or (and (< ?x6549 ?x5542) (< ?x6549 p_i_t)) (and (< ?x5542 ?x6549) (< p_i_t ?x6549))))))))))))
(check-sat)
