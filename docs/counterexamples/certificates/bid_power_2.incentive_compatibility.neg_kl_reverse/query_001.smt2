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
 (let ((?x437 (* x_raised x_raised)))
 (let ((?x369 (+ ?x437 sum_n_15)))
 (let (($x687 (= 0.0 ?x369)))
 (let (($x254 (and (= 0.0 (+ (* ?x437 p_i_u) sum_n_13)) $x687)))
 (let (($x803 (and (not $x254) $x687)))
 (let ((?x605 (* b_i b_i)))
 (let ((?x367 (+ ?x605 sum_n_15)))
 (let (($x484 (= 0.0 ?x367)))
 (let (($x739 (and (= 0.0 (+ (* ?x605 p_i_u) sum_n_13)) $x484)))
 (let (($x473 (and (not $x739) $x484)))
 (let (($x495 (and (= 0.0 (+ (* ?x437 p_i_t) sum_n_12)) $x687)))
 (let (($x568 (and (not $x495) $x687)))
 (let (($x416 (and (= 0.0 (+ (* ?x605 p_i_t) sum_n_12)) $x484)))
 (let (($x461 (and (not $x416) $x484)))
 (and (not (or $x461 $x416)) (not (or $x568 $x495)) (not (or $x473 $x739)) (not (or $x803 $x254))))))))))))))))))
(assert
 (let ((?x605 (* b_i b_i)))
(let ((?x367 (+ ?x605 sum_n_15)))
(let ((?x262 (+ (* ?x605 p_i_t) sum_n_12)))
(let ((?x44 (/ ?x262 ?x367)))
(let ((?x437 (* x_raised x_raised)))
(let ((?x369 (+ ?x437 sum_n_15)))
(let ((?x60 (+ (* ?x437 p_i_t) sum_n_12)))
(let ((?x216 (/ ?x60 ?x369)))
(let ((?x574 (- ?x216 ?x44)))
(or (> 0.0 (* ?x574 (- p_i_t ?x44))) (< (* (- p_i_t ?x44) (- p_i_t ?x44)) (* ?x574 ?x574)))))))))))))
(check-sat)
