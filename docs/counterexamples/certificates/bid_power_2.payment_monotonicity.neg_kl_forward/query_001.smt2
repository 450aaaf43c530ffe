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
 (let ((?x637 (* x_raised x_raised)))
 (let ((?x679 (+ ?x637 sum_n_15)))
 (let (($x567 (= 0.0 ?x679)))
 (let (($x127 (and (= 0.0 (+ (* ?x637 p_i_t) sum_n_12)) $x567)))
 (let (($x79 (and (not $x127) $x567)))
 (let ((?x565 (* b_i b_i)))
 (let ((?x240 (+ ?x565 sum_n_15)))
 (let (($x644 (= 0.0 ?x240)))
 (let (($x230 (and (= 0.0 (+ (* ?x565 p_i_t) sum_n_12)) $x644)))
 (let (($x503 (and (not $x230) $x644)))
 (and (not (or $x503 $x230)) (not (or $x79 $x127))))))))))))))
(assert
 (let ((?x637 (* x_raised x_raised)))
(let ((?x679 (+ ?x637 sum_n_15)))
(let ((?x530 (+ (* ?x637 p_i_t) sum_n_12)))
(let ((?x242 (/ ?x530 ?x679)))
(let ((?x565 (* b_i b_i)))
(let ((?x240 (+ ?x565 sum_n_15)))
(let ((?x363 (+ (* ?x565 p_i_t) sum_n_12)))
(let ((?x578 (/ ?x363 ?x240)))
(or (and (< ?x242 ?x578) (< ?x242 p_i_t)) (and (< ?x578 ?x242) (< p_i_t ?x242))))))))))))
(check-sat)
