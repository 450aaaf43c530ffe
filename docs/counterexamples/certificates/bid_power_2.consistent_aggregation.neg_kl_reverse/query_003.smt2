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
 (let ((?x5651 (* x_raised x_raised)))
 (let ((?x6610 (+ ?x5651 sum_n_15)))
 (let (($x5785 (= 0.0 ?x6610)))
 (let (($x528 (and (= 0.0 (+ (* ?x5651 p_i_u) sum_n_13)) $x5785)))
 (let (($x7823 (and (not $x528) $x5785)))
 (let ((?x499 (* b_i b_i)))
 (let ((?x4033 (+ ?x499 sum_n_15)))
 (let (($x7046 (= 0.0 ?x4033)))
 (let (($x5614 (and (= 0.0 (+ (* ?x499 p_i_u) sum_n_13)) $x7046)))
 (let (($x485 (and (not $x5614) $x7046)))
 (let (($x6291 (and (= 0.0 (+ (* ?x5651 p_i_t) sum_n_12)) $x5785)))
 (let (($x7789 (and (not $x6291) $x5785)))
 (let (($x8053 (and (= 0.0 (+ (* ?x499 p_i_t) sum_n_12)) $x7046)))
 (let (($x5381 (and (not $x8053) $x7046)))
 (and (not (or $x5381 $x8053)) (not (or $x7789 $x6291)) (not (or $x485 $x5614)) (not (or $x7823 $x528))))))))))))))))))
(assert
 (let ((?x499 (* b_i b_i)))
(let ((?x4033 (+ ?x499 sum_n_15)))
(let ((?x6985 (+ (* ?x499 p_i_u) sum_n_13)))
(let ((?x1421 (/ ?x6985 ?x4033)))
(let ((?x4887 (- p_i_u ?x1421)))
(let ((?x4118 (+ (* ?x499 p_i_t) sum_n_12)))
(let ((?x7299 (/ ?x4118 ?x4033)))
(let ((?x5651 (* x_raised x_raised)))
(let ((?x6610 (+ ?x5651 sum_n_15)))
(let ((?x1530 (+ (* ?x5651 p_i_t) sum_n_12)))
(let ((?x2247 (/ ?x1530 ?x6610)))
(let ((?x6888 (- ?x2247 ?x7299)))
(let ((?x4478 (* ?x6888 ?x4887)))
(let ((?x3343 (- p_i_t ?x7299)))
(let ((?x4826 (+ (* ?x5651 p_i_u) sum_n_13)))
(let ((?x7072 (/ ?x4826 ?x6610)))
(let ((?x4204 (- ?x7072 ?x1421)))
(let ((?x4660 (* ?x4204 ?x3343)))
(or (< ?x4478 ?x4660) (< ?x4660 ?x4478)))))))))))))))))))))
(check-sat)
