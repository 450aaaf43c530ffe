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
 (let ((?x2754 (* x_raised x_raised)))
 (let ((?x75 (+ ?x2754 sum_n_15)))
 (let (($x8199 (= 0.0 ?x75)))
 (let (($x8531 (and (= 0.0 (+ (* ?x2754 p_i_u) sum_n_13)) $x8199)))
 (let (($x3565 (and (not $x8531) $x8199)))
 (let ((?x1654 (* b_i b_i)))
 (let ((?x6842 (+ ?x1654 sum_n_15)))
 (let (($x42 (= 0.0 ?x6842)))
 (let (($x4673 (and (= 0.0 (+ (* ?x1654 p_i_u) sum_n_13)) $x42)))
 (let (($x3784 (and (not $x4673) $x42)))
 (let (($x5540 (and (= 0.0 (+ (* ?x2754 p_i_t) sum_n_12)) $x8199)))
 (let (($x391 (and (not $x5540) $x8199)))
 (let (($x6952 (and (= 0.0 (+ (* ?x1654 p_i_t) sum_n_12)) $x42)))
 (let (($x1767 (and (not $x6952) $x42)))
 (and (not (or $x1767 $x6952)) (not (or $x391 $x5540)) (not (or $x3784 $x4673)) (not (or $x3565 $x8531))))))))))))))))))
(assert
 (let ((?x1654 (* b_i b_i)))
(let ((?x6842 (+ ?x1654 sum_n_15)))
(let ((?x5815 (+ (* ?x1654 p_i_u) sum_n_13)))
(let ((?x7286 (/ ?x5815 ?x6842)))
(let ((?x830 (- p_i_u ?x7286)))
(let ((?x3386 (+ (* ?x1654 p_i_t) sum_n_12)))
(let ((?x8307 (/ ?x3386 ?x6842)))
(let ((?x2754 (* x_raised x_raised)))
(let ((?x75 (+ ?x2754 sum_n_15)))
(let ((?x2471 (+ (* ?x2754 p_i_t) sum_n_12)))
(let ((?x3611 (/ ?x2471 ?x75)))
(let ((?x3967 (- ?x3611 ?x8307)))
(let ((?x2118 (* ?x3967 ?x830)))
(let ((?x3469 (- p_i_t ?x8307)))
(let ((?x4782 (+ (* ?x2754 p_i_u) sum_n_13)))
(let ((?x3280 (/ ?x4782 ?x75)))
(let ((?x8399 (- ?x3280 ?x7286)))
(let ((?x5320 (* ?x8399 ?x3469)))
(or (< ?x2118 ?x5320) (< ?x5320 ?x2118)))))))))))))))))))))
(check-sat)
