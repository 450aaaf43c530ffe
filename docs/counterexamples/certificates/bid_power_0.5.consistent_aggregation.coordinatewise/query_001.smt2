; bid_power_0.5, every n and k: no coordinatewise violation
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
 (let (($x2506 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x2573 (< 0.0 b_i)))
 (=> $x2573 $x2506))))
(assert
 (let (($x1133 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x3601 (< 0.0 b_J)))
 (=> $x3601 $x1133))))
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
 (let (($x1013 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x291 (< 0.0 x_raised)))
 (=> $x291 $x1013))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x291 (< 0.0 x_raised)))
 (let ((?x779 (ite $x291 abs_pow1_2_3 0.0)))
 (let ((?x239 (+ ?x779 sum_n_17)))
 (let (($x1456 (> 0.0 x_raised)))
 (let (($x2870 (not $x1456)))
 (let (($x2376 (and $x2870 (= 0.0 ?x239))))
 (let (($x258 (or $x1456 $x1456 (and (and $x2870 (= 0.0 (+ (* ?x779 p_i_t) sum_n_14))) $x2376))))
 (let (($x400 (and $x2870 $x2376)))
 (let (($x1440 (and (not $x258) $x400)))
 (let (($x2573 (< 0.0 b_i)))
 (let ((?x2465 (ite $x2573 abs_pow1_2_1 0.0)))
 (let ((?x2461 (+ ?x2465 sum_n_17)))
 (let (($x1468 (= 0.0 ?x2461)))
 (let (($x345 (and (= 0.0 (+ (* ?x2465 p_i_t) sum_n_14)) $x1468)))
 (let (($x1955 (and (not $x345) $x1468)))
 (and (not (or $x1955 $x345)) (not (or $x1440 $x258)))))))))))))))))))
(assert
 (let (($x291 (< 0.0 x_raised)))
(let ((?x779 (ite $x291 abs_pow1_2_3 0.0)))
(let ((?x239 (+ ?x779 sum_n_17)))
(let ((?x2017 (+ (* ?x779 p_i_t) sum_n_14)))
(let ((?x1598 (/ ?x2017 ?x239)))
(let (($x2573 (< 0.0 b_i)))
(let ((?x2465 (ite $x2573 abs_pow1_2_1 0.0)))
(let ((?x2461 (+ ?x2465 sum_n_17)))
(let ((?x2771 (+ (* ?x2465 p_i_t) sum_n_14)))
(let ((?x2655 (/ ?x2771 ?x2461)))
(or (and (< ?x1598 ?x2655) (< ?x1598 p_i_t)) (and (< ?x2655 ?x1598) (< p_i_t ?x1598))))))))))))))
(check-sat)
