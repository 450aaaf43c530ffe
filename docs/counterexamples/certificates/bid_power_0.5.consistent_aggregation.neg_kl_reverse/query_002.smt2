; bid_power_0.5, every n and k: no segment violation
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
(declare-fun abs_pow1_2_1 () Real)
(declare-fun abs_pow1_2_2 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
(declare-fun sum_n_16 () Real)
(declare-fun sum_n_17 () Real)
(declare-fun x_raised () Real)
(declare-fun abs_pow1_2_3 () Real)
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
 (let (($x3037 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x3577 (< 0.0 b_i)))
 (=> $x3577 $x3037))))
(assert
 (let (($x3032 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x528 (< 0.0 b_J)))
 (=> $x528 $x3032))))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_16 0.0))
(assert
 (>= sum_n_17 0.0))
(assert
 (>= sum_n_17 sum_n_14))
(assert
 (>= sum_n_17 sum_n_15))
(assert
 (let (($x674 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x2432 (< 0.0 x_raised)))
 (=> $x2432 $x674))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x2432 (< 0.0 x_raised)))
 (let ((?x1633 (ite $x2432 abs_pow1_2_3 0.0)))
 (let ((?x2747 (+ ?x1633 sum_n_17)))
 (let (($x2526 (> 0.0 x_raised)))
 (let (($x2324 (not $x2526)))
 (let (($x242 (and $x2324 (= 0.0 ?x2747))))
 (let (($x1622 (or $x2526 $x2526 (and (and $x2324 (= 0.0 (+ (* ?x1633 p_i_u) sum_n_15))) $x242))))
 (let (($x2616 (and $x2324 $x242)))
 (let (($x1643 (and (not $x1622) $x2616)))
 (let (($x3577 (< 0.0 b_i)))
 (let ((?x649 (ite $x3577 abs_pow1_2_1 0.0)))
 (let ((?x1986 (+ ?x649 sum_n_17)))
 (let (($x998 (= 0.0 ?x1986)))
 (let (($x1280 (and (= 0.0 (+ (* ?x649 p_i_u) sum_n_15)) $x998)))
 (let (($x2731 (and (not $x1280) $x998)))
 (let (($x1486 (or $x2526 $x2526 (and (and $x2324 (= 0.0 (+ (* ?x1633 p_i_t) sum_n_14))) $x242))))
 (let (($x2005 (and (not $x1486) $x2616)))
 (let (($x1973 (and (= 0.0 (+ (* ?x649 p_i_t) sum_n_14)) $x998)))
 (let (($x29 (and (not $x1973) $x998)))
 (and (not (or $x29 $x1973)) (not (or $x2005 $x1486)) (not (or $x2731 $x1280)) (not (or $x1643 $x1622)))))))))))))))))))))))
(assert
 (let (($x3577 (< 0.0 b_i)))
(let ((?x649 (ite $x3577 abs_pow1_2_1 0.0)))
(let ((?x1986 (+ ?x649 sum_n_17)))
(let ((?x1616 (+ (* ?x649 p_i_u) sum_n_15)))
(let ((?x21 (/ ?x1616 ?x1986)))
(let (($x2432 (< 0.0 x_raised)))
(let ((?x1633 (ite $x2432 abs_pow1_2_3 0.0)))
(let ((?x2747 (+ ?x1633 sum_n_17)))
(let ((?x2985 (+ (* ?x1633 p_i_u) sum_n_15)))
(let ((?x2178 (/ ?x2985 ?x2747)))
(let ((?x217 (- ?x2178 ?x21)))
(or (> 0.0 (* ?x217 (- p_i_u ?x21))) (< (* (- p_i_u ?x21) (- p_i_u ?x21)) (* ?x217 ?x217)))))))))))))))
(check-sat)
