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
 (let ((?x1503 (* x_raised x_raised)))
 (let ((?x1068 (+ ?x1503 sum_n_15)))
 (let (($x291 (= 0.0 ?x1068)))
 (let (($x3032 (and (= 0.0 (+ (* ?x1503 p_i_u) sum_n_13)) $x291)))
 (let (($x924 (and (not $x3032) $x291)))
 (let ((?x1473 (* b_i b_i)))
 (let ((?x3450 (+ ?x1473 sum_n_15)))
 (let (($x2985 (= 0.0 ?x3450)))
 (let (($x3165 (and (= 0.0 (+ (* ?x1473 p_i_u) sum_n_13)) $x2985)))
 (let (($x1467 (and (not $x3165) $x2985)))
 (let (($x2318 (and (= 0.0 (+ (* ?x1503 p_i_t) sum_n_12)) $x291)))
 (let (($x2107 (and (not $x2318) $x291)))
 (let (($x883 (and (= 0.0 (+ (* ?x1473 p_i_t) sum_n_12)) $x2985)))
 (let (($x2754 (and (not $x883) $x2985)))
 (and (not (or $x2754 $x883)) (not (or $x2107 $x2318)) (not (or $x1467 $x3165)) (not (or $x924 $x3032))))))))))))))))))
(assert
 (let ((?x1473 (* b_i b_i)))
(let ((?x3450 (+ ?x1473 sum_n_15)))
(let ((?x3264 (+ (* ?x1473 p_i_u) sum_n_13)))
(let ((?x2712 (/ ?x3264 ?x3450)))
(let ((?x1482 (- p_i_u ?x2712)))
(let ((?x2051 (+ (* ?x1473 p_i_t) sum_n_12)))
(let ((?x3332 (/ ?x2051 ?x3450)))
(let ((?x1503 (* x_raised x_raised)))
(let ((?x1068 (+ ?x1503 sum_n_15)))
(let ((?x3511 (+ (* ?x1503 p_i_t) sum_n_12)))
(let ((?x1232 (/ ?x3511 ?x1068)))
(let ((?x1882 (- ?x1232 ?x3332)))
(let ((?x2167 (* ?x1882 ?x1482)))
(let ((?x912 (- p_i_t ?x3332)))
(let ((?x3458 (+ (* ?x1503 p_i_u) sum_n_13)))
(let ((?x3191 (/ ?x3458 ?x1068)))
(let ((?x723 (- ?x3191 ?x2712)))
(let ((?x1887 (* ?x723 ?x912)))
(or (< ?x2167 ?x1887) (< ?x1887 ?x2167)))))))))))))))))))))
(check-sat)
