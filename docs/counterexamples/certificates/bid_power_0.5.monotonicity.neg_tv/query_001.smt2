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
 (let (($x1468 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1413 (< 0.0 b_i)))
 (=> $x1413 $x1468))))
(assert
 (let (($x1070 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x1454 (< 0.0 b_J)))
 (=> $x1454 $x1070))))
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
 (let (($x751 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x2469 (< 0.0 x_raised)))
 (=> $x2469 $x751))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x2469 (< 0.0 x_raised)))
 (let ((?x1133 (ite $x2469 abs_pow1_2_3 0.0)))
 (let ((?x1768 (+ ?x1133 sum_n_17)))
 (let (($x1456 (> 0.0 x_raised)))
 (let (($x1563 (not $x1456)))
 (let (($x1217 (and $x1563 (= 0.0 ?x1768))))
 (let (($x1384 (or $x1456 $x1456 (and (and $x1563 (= 0.0 (+ (* ?x1133 p_i_u) sum_n_15))) $x1217))))
 (let (($x1334 (and $x1563 $x1217)))
 (let (($x749 (and (not $x1384) $x1334)))
 (let (($x1413 (< 0.0 b_i)))
 (let ((?x3156 (ite $x1413 abs_pow1_2_1 0.0)))
 (let ((?x2533 (+ ?x3156 sum_n_17)))
 (let (($x993 (= 0.0 ?x2533)))
 (let (($x2012 (and (= 0.0 (+ (* ?x3156 p_i_u) sum_n_15)) $x993)))
 (let (($x1314 (and (not $x2012) $x993)))
 (let (($x568 (or $x1456 $x1456 (and (and $x1563 (= 0.0 (+ (* ?x1133 p_i_t) sum_n_14))) $x1217))))
 (let (($x2433 (and (not $x568) $x1334)))
 (let (($x48 (and (= 0.0 (+ (* ?x3156 p_i_t) sum_n_14)) $x993)))
 (let (($x2500 (and (not $x48) $x993)))
 (and (not (or $x2500 $x48)) (not (or $x2433 $x568)) (not (or $x1314 $x2012)) (not (or $x749 $x1384)))))))))))))))))))))))
(assert
 (let (($x1413 (< 0.0 b_i)))
(let ((?x3156 (ite $x1413 abs_pow1_2_1 0.0)))
(let ((?x2533 (+ ?x3156 sum_n_17)))
(let ((?x2771 (+ (* ?x3156 p_i_t) sum_n_14)))
(let ((?x1955 (/ ?x2771 ?x2533)))
(let (($x2469 (< 0.0 x_raised)))
(let ((?x1133 (ite $x2469 abs_pow1_2_3 0.0)))
(let ((?x1768 (+ ?x1133 sum_n_17)))
(let ((?x1145 (+ (* ?x1133 p_i_t) sum_n_14)))
(let ((?x2517 (/ ?x1145 ?x1768)))
(let ((?x1650 (- ?x2517 ?x1955)))
(or (> 0.0 (* ?x1650 (- p_i_t ?x1955))) (< (* (- p_i_t ?x1955) (- p_i_t ?x1955)) (* ?x1650 ?x1650)))))))))))))))
(check-sat)
