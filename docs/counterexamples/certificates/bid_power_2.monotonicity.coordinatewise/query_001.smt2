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
 (let ((?x667 (* x_raised x_raised)))
 (let ((?x5812 (+ ?x667 sum_n_15)))
 (let (($x7521 (= 0.0 ?x5812)))
 (let (($x391 (and (= 0.0 (+ (* ?x667 p_i_t) sum_n_12)) $x7521)))
 (let (($x3675 (and (not $x391) $x7521)))
 (let ((?x7724 (* b_i b_i)))
 (let ((?x2807 (+ ?x7724 sum_n_15)))
 (let (($x1971 (= 0.0 ?x2807)))
 (let (($x4073 (and (= 0.0 (+ (* ?x7724 p_i_t) sum_n_12)) $x1971)))
 (let (($x993 (and (not $x4073) $x1971)))
 (and (not (or $x993 $x4073)) (not (or $x3675 $x391))))))))))))))
(assert
 (let ((?x667 (* x_raised x_raised)))
(let ((?x5812 (+ ?x667 sum_n_15)))
(let ((?x4511 (+ (* ?x667 p_i_t) sum_n_12)))
(let ((?x2130 (/ ?x4511 ?x5812)))
(let ((?x7724 (* b_i b_i)))
(let ((?x2807 (+ ?x7724 sum_n_15)))
(let ((?x2471 (+ (* ?x7724 p_i_t) sum_n_12)))
(let ((?x7105 (/ ?x2471 ?x2807)))
(or (and (< ?x2130 ?x7105) (< ?x2130 p_i_t)) (and (< ?x7105 ?x2130) (< p_i_t ?x2130))))))))))))
(check-sat)
