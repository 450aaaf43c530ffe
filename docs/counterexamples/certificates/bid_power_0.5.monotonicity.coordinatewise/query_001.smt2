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
 (let (($x2611 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x2266 (< 0.0 b_i)))
 (=> $x2266 $x2611))))
(assert
 (let (($x2658 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x533 (< 0.0 b_J)))
 (=> $x533 $x2658))))
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
 (let (($x2222 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x1217 (< 0.0 x_raised)))
 (=> $x1217 $x2222))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x1217 (< 0.0 x_raised)))
 (let ((?x1456 (ite $x1217 abs_pow1_2_3 0.0)))
 (let ((?x1334 (+ ?x1456 sum_n_17)))
 (let (($x664 (> 0.0 x_raised)))
 (let (($x2698 (not $x664)))
 (let (($x2507 (and $x2698 (= 0.0 ?x1334))))
 (let (($x376 (or $x664 $x664 (and (and $x2698 (= 0.0 (+ (* ?x1456 p_i_t) sum_n_14))) $x2507))))
 (let (($x2796 (and $x2698 $x2507)))
 (let (($x1377 (and (not $x376) $x2796)))
 (let (($x2266 (< 0.0 b_i)))
 (let ((?x3580 (ite $x2266 abs_pow1_2_1 0.0)))
 (let ((?x1463 (+ ?x3580 sum_n_17)))
 (let (($x2390 (= 0.0 ?x1463)))
 (let (($x1251 (and (= 0.0 (+ (* ?x3580 p_i_t) sum_n_14)) $x2390)))
 (let (($x1236 (and (not $x1251) $x2390)))
 (and (not (or $x1236 $x1251)) (not (or $x1377 $x376)))))))))))))))))))
(assert
 (let (($x1217 (< 0.0 x_raised)))
(let ((?x1456 (ite $x1217 abs_pow1_2_3 0.0)))
(let ((?x1334 (+ ?x1456 sum_n_17)))
(let ((?x241 (+ (* ?x1456 p_i_t) sum_n_14)))
(let ((?x1832 (/ ?x241 ?x1334)))
(let (($x2266 (< 0.0 b_i)))
(let ((?x3580 (ite $x2266 abs_pow1_2_1 0.0)))
(let ((?x1463 (+ ?x3580 sum_n_17)))
(let ((?x2172 (+ (* ?x3580 p_i_t) sum_n_14)))
(let ((?x368 (/ ?x2172 ?x1463)))
(or (and (< ?x1832 ?x368) (< ?x1832 p_i_t)) (and (< ?x368 ?x1832) (< p_i_t ?x1832))))))))))))))
(check-sat)
