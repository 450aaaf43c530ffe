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
 (let ((?x303 (* x_raised x_raised)))
 (let ((?x686 (+ ?x303 sum_n_15)))
 (let (($x163 (= 0.0 ?x686)))
 (let (($x563 (and (= 0.0 (+ (* ?x303 p_i_t) sum_n_12)) $x163)))
 (let (($x121 (and (not $x563) $x163)))
 (let ((?x278 (* b_i b_i)))
 (let ((?x78 (+ ?x278 sum_n_15)))
 (let (($x33 (= 0.0 ?x78)))
 (let (($x233 (and (= 0.0 (+ (* ?x278 p_i_t) sum_n_12)) $x33)))
 (let (($x289 (and (not $x233) $x33)))
 (and (not (or $x289 $x233)) (not (or $x121 $x563))))))))))))))
(assert
 (let ((?x303 (* x_raised x_raised)))
(let ((?x686 (+ ?x303 sum_n_15)))
(let ((?x120 (+ (* ?x303 p_i_t) sum_n_12)))
(let ((?x581 (/ ?x120 ?x686)))
(let ((?x278 (* b_i b_i)))
(let ((?x78 (+ ?x278 sum_n_15)))
(let ((?x51 (+ (* ?x278 p_i_t) sum_n_12)))
(let ((?x334 (/ ?x51 ?x78)))
(or (and (< ?x581 ?x334) (< ?x581 p_i_t)) (and (< ?x334 ?x581) (< p_i_t ?x581))))))))))))
(check-sat)
