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
 (let ((?x305 (* x_raised x_raised)))
 (let ((?x449 (+ ?x305 sum_n_15)))
 (let (($x634 (= 0.0 ?x449)))
 (let (($x549 (and (= 0.0 (+ (* ?x305 p_i_t) sum_n_12)) $x634)))
 (let (($x377 (and (not $x549) $x634)))
 (let ((?x717 (* b_i b_i)))
 (let ((?x444 (+ ?x717 sum_n_15)))
 (let (($x487 (= 0.0 ?x444)))
 (let (($x764 (and (= 0.0 (+ (* ?x717 p_i_t) sum_n_12)) $x487)))
 (let (($x121 (and (not $x764) $x487)))
 (and (not (or $x121 $x764)) (not (or $x377 $x549))))))))))))))
(assert
 (let ((?x305 (* x_raised x_raised)))
(let ((?x449 (+ ?x305 sum_n_15)))
(let ((?x777 (+ (* ?x305 p_i_t) sum_n_12)))
(let ((?x34 (/ ?x777 ?x449)))
(let ((?x717 (* b_i b_i)))
(let ((?x444 (+ ?x717 sum_n_15)))
(let ((?x309 (+ (* ?x717 p_i_t) sum_n_12)))
(let ((?x765 (/ ?x309 ?x444)))
(or (and (< ?x34 ?x765) (< ?x34 p_i_t)) (and (< ?x765 ?x34) (< p_i_t ?x34))))))))))))
(check-sat)
