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
 (let ((?x6286 (* x_raised x_raised)))
 (let ((?x7457 (+ ?x6286 sum_n_15)))
 (let (($x1146 (= 0.0 ?x7457)))
 (let (($x6481 (and (= 0.0 (+ (* ?x6286 p_i_u) sum_n_13)) $x1146)))
 (let (($x535 (and (not $x6481) $x1146)))
 (let ((?x8 (* b_i b_i)))
 (let ((?x7970 (+ ?x8 sum_n_15)))
 (let (($x8371 (= 0.0 ?x7970)))
 (let (($x5046 (and (= 0.0 (+ (* ?x8 p_i_u) sum_n_13)) $x8371)))
 (let (($x5543 (and (not $x5046) $x8371)))
 (let (($x8437 (and (= 0.0 (+ (* ?x6286 p_i_t) sum_n_12)) $x1146)))
 (let (($x2818 (and (not $x8437) $x1146)))
 (let (($x4179 (and (= 0.0 (+ (* ?x8 p_i_t) sum_n_12)) $x8371)))
 (let (($x2028 (and (not $x4179) $x8371)))
 (and (not (or $x2028 $x4179)) (not (or $x2818 $x8437)) (not (or $x5543 $x5046)) (not (or $x535 $x6481))))))))))))))))))
(assert
 (let ((?x8 (* b_i b_i)))
(let ((?x7970 (+ ?x8 sum_n_15)))
(let ((?x4014 (+ (* ?x8 p_i_u) sum_n_13)))
(let ((?x1907 (/ ?x4014 ?x7970)))
(let ((?x7886 (- p_i_u ?x1907)))
(let ((?x5695 (+ (* ?x8 p_i_t) sum_n_12)))
(let ((?x5614 (/ ?x5695 ?x7970)))
(let ((?x6286 (* x_raised x_raised)))
(let ((?x7457 (+ ?x6286 sum_n_15)))
(let ((?x7308 (+ (* ?x6286 p_i_t) sum_n_12)))
(let ((?x2662 (/ ?x7308 ?x7457)))
(let ((?x6225 (- ?x2662 ?x5614)))
(let ((?x2653 (* ?x6225 ?x7886)))
(let ((?x5541 (- p_i_t ?x5614)))
(let ((?x530 (+ (* ?x6286 p_i_u) sum_n_13)))
(let ((?x8176 (/ ?x530 ?x7457)))
(let ((?x3668 (- ?x8176 ?x1907)))
(let ((?x5166 (* ?x3668 ?x5541)))
(or (< ?x2653 ?x5166) (< ?x5166 ?x2653)))))))))))))))))))))
(check-sat)
