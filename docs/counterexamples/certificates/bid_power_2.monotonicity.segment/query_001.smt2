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
 (let ((?x2655 (* x_raised x_raised)))
 (let ((?x139 (+ ?x2655 sum_n_15)))
 (let (($x3221 (= 0.0 ?x139)))
 (let (($x2660 (and (= 0.0 (+ (* ?x2655 p_i_u) sum_n_13)) $x3221)))
 (let (($x704 (and (not $x2660) $x3221)))
 (let ((?x1337 (* b_i b_i)))
 (let ((?x2228 (+ ?x1337 sum_n_15)))
 (let (($x1393 (= 0.0 ?x2228)))
 (let (($x269 (and (= 0.0 (+ (* ?x1337 p_i_u) sum_n_13)) $x1393)))
 (let (($x2300 (and (not $x269) $x1393)))
 (let (($x2723 (and (= 0.0 (+ (* ?x2655 p_i_t) sum_n_12)) $x3221)))
 (let (($x113 (and (not $x2723) $x3221)))
 (let (($x390 (and (= 0.0 (+ (* ?x1337 p_i_t) sum_n_12)) $x1393)))
 (let (($x688 (and (not $x390) $x1393)))
 (and (not (or $x688 $x390)) (not (or $x113 $x2723)) (not (or $x2300 $x269)) (not (or $x704 $x2660))))))))))))))))))
(assert
 (let ((?x1337 (* b_i b_i)))
(let ((?x2228 (+ ?x1337 sum_n_15)))
(let ((?x3453 (+ (* ?x1337 p_i_t) sum_n_12)))
(let ((?x813 (/ ?x3453 ?x2228)))
(let ((?x2655 (* x_raised x_raised)))
(let ((?x139 (+ ?x2655 sum_n_15)))
(let ((?x2337 (+ (* ?x2655 p_i_t) sum_n_12)))
(let ((?x1765 (/ ?x2337 ?x139)))
(let ((?x1654 (- ?x1765 ?x813)))
(or (> 0.0 (* ?x1654 (- p_i_t ?x813))) (< (* (- p_i_t ?x813) (- p_i_t ?x813)) (* ?x1654 ?x1654)))))))))))))
(check-sat)
