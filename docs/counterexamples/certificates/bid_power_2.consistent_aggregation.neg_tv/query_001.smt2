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
 (let ((?x605 (* x_raised x_raised)))
 (let ((?x606 (+ ?x605 sum_n_15)))
 (let (($x172 (= 0.0 ?x606)))
 (let (($x309 (and (= 0.0 (+ (* ?x605 p_i_u) sum_n_13)) $x172)))
 (let (($x473 (and (not $x309) $x172)))
 (let ((?x541 (* b_i b_i)))
 (let ((?x254 (+ ?x541 sum_n_15)))
 (let (($x305 (= 0.0 ?x254)))
 (let (($x81 (and (= 0.0 (+ (* ?x541 p_i_u) sum_n_13)) $x305)))
 (let (($x397 (and (not $x81) $x305)))
 (let (($x788 (and (= 0.0 (+ (* ?x605 p_i_t) sum_n_12)) $x172)))
 (let (($x193 (and (not $x788) $x172)))
 (let (($x83 (and (= 0.0 (+ (* ?x541 p_i_t) sum_n_12)) $x305)))
 (let (($x423 (and (not $x83) $x305)))
 (and (not (or $x423 $x83)) (not (or $x193 $x788)) (not (or $x397 $x81)) (not (or $x473 $x309))))))))))))))))))
(assert
 (let ((?x541 (* b_i b_i)))
(let ((?x254 (+ ?x541 sum_n_15)))
(let ((?x465 (+ (* ?x541 p_i_t) sum_n_12)))
(let ((?x367 (/ ?x465 ?x254)))
(let ((?x605 (* x_raised x_raised)))
(let ((?x606 (+ ?x605 sum_n_15)))
(let ((?x388 (+ (* ?x605 p_i_t) sum_n_12)))
(let ((?x227 (/ ?x388 ?x606)))
(let ((?x116 (- ?x227 ?x367)))
(or (> 0.0 (* ?x116 (- p_i_t ?x367))) (< (* (- p_i_t ?x367) (- p_i_t ?x367)) (* ?x116 ?x116)))))))))))))
(check-sat)
