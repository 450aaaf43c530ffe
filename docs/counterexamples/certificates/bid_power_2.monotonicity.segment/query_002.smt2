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
 (let ((?x240 (* x_raised x_raised)))
 (let ((?x441 (+ ?x240 sum_n_15)))
 (let (($x242 (= 0.0 ?x441)))
 (let (($x67 (and (= 0.0 (+ (* ?x240 p_i_u) sum_n_13)) $x242)))
 (let (($x547 (and (not $x67) $x242)))
 (let ((?x206 (* b_i b_i)))
 (let ((?x670 (+ ?x206 sum_n_15)))
 (let (($x592 (= 0.0 ?x670)))
 (let (($x33 (and (= 0.0 (+ (* ?x206 p_i_u) sum_n_13)) $x592)))
 (let (($x735 (and (not $x33) $x592)))
 (let (($x637 (and (= 0.0 (+ (* ?x240 p_i_t) sum_n_12)) $x242)))
 (let (($x344 (and (not $x637) $x242)))
 (let (($x100 (and (= 0.0 (+ (* ?x206 p_i_t) sum_n_12)) $x592)))
 (let (($x232 (and (not $x100) $x592)))
 (and (not (or $x232 $x100)) (not (or $x344 $x637)) (not (or $x735 $x33)) (not (or $x547 $x67))))))))))))))))))
(assert
 (let ((?x206 (* b_i b_i)))
(let ((?x670 (+ ?x206 sum_n_15)))
(let ((?x272 (+ (* ?x206 p_i_u) sum_n_13)))
(let ((?x140 (/ ?x272 ?x670)))
(let ((?x240 (* x_raised x_raised)))
(let ((?x441 (+ ?x240 sum_n_15)))
(let ((?x445 (+ (* ?x240 p_i_u) sum_n_13)))
(let ((?x772 (/ ?x445 ?x441)))
(let ((?x370 (- ?x772 ?x140)))
(or (> 0.0 (* ?x370 (- p_i_u ?x140))) (< (* (- p_i_u ?x140) (- p_i_u ?x140)) (* ?x370 ?x370)))))))))))))
(check-sat)
