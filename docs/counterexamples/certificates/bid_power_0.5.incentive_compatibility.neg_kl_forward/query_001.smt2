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
 (let (($x2789 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1848 (< 0.0 b_i)))
 (=> $x1848 $x2789))))
(assert
 (let (($x3178 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x649 (< 0.0 b_J)))
 (=> $x649 $x3178))))
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
 (let (($x1171 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x2985 (< 0.0 x_raised)))
 (=> $x2985 $x1171))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x2985 (< 0.0 x_raised)))
 (let ((?x2725 (ite $x2985 abs_pow1_2_3 0.0)))
 (let ((?x2049 (+ ?x2725 sum_n_17)))
 (let (($x2418 (> 0.0 x_raised)))
 (let (($x1420 (not $x2418)))
 (let (($x2651 (and $x1420 (= 0.0 ?x2049))))
 (let (($x351 (or $x2418 $x2418 (and (and $x1420 (= 0.0 (+ (* ?x2725 p_i_u) sum_n_15))) $x2651))))
 (let (($x1860 (and $x1420 $x2651)))
 (let (($x1803 (and (not $x351) $x1860)))
 (let (($x1848 (< 0.0 b_i)))
 (let ((?x1308 (ite $x1848 abs_pow1_2_1 0.0)))
 (let ((?x3037 (+ ?x1308 sum_n_17)))
 (let (($x1202 (= 0.0 ?x3037)))
 (let (($x3225 (and (= 0.0 (+ (* ?x1308 p_i_u) sum_n_15)) $x1202)))
 (let (($x1280 (and (not $x3225) $x1202)))
 (let (($x483 (or $x2418 $x2418 (and (and $x1420 (= 0.0 (+ (* ?x2725 p_i_t) sum_n_14))) $x2651))))
 (let (($x29 (and (not $x483) $x1860)))
 (let (($x2421 (and (= 0.0 (+ (* ?x1308 p_i_t) sum_n_14)) $x1202)))
 (let (($x1434 (and (not $x2421) $x1202)))
 (and (not (or $x1434 $x2421)) (not (or $x29 $x483)) (not (or $x1280 $x3225)) (not (or $x1803 $x351)))))))))))))))))))))))
(assert
 (let (($x1848 (< 0.0 b_i)))
(let ((?x1308 (ite $x1848 abs_pow1_2_1 0.0)))
(let ((?x3037 (+ ?x1308 sum_n_17)))
(let ((?x673 (+ (* ?x1308 p_i_t) sum_n_14)))
(let ((?x1424 (/ ?x673 ?x3037)))
(let (($x2985 (< 0.0 x_raised)))
(let ((?x2725 (ite $x2985 abs_pow1_2_3 0.0)))
(let ((?x2049 (+ ?x2725 sum_n_17)))
(let ((?x1622 (+ (* ?x2725 p_i_t) sum_n_14)))
(let ((?x1150 (/ ?x1622 ?x2049)))
(let ((?x426 (- ?x1150 ?x1424)))
(or (> 0.0 (* ?x426 (- p_i_t ?x1424))) (< (* (- p_i_t ?x1424) (- p_i_t ?x1424)) (* ?x426 ?x426)))))))))))))))
(check-sat)
