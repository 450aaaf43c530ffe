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
 (let (($x2039 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x269 (< 0.0 b_i)))
 (=> $x269 $x2039))))
(assert
 (let (($x998 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x1984 (< 0.0 b_J)))
 (=> $x1984 $x998))))
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
 (let (($x1334 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x751 (< 0.0 x_raised)))
 (=> $x751 $x1334))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x751 (< 0.0 x_raised)))
 (let ((?x2506 (ite $x751 abs_pow1_2_3 0.0)))
 (let ((?x200 (+ ?x2506 sum_n_17)))
 (let (($x2420 (> 0.0 x_raised)))
 (let (($x1133 (not $x2420)))
 (let (($x3249 (and $x1133 (= 0.0 ?x200))))
 (let (($x451 (or $x2420 $x2420 (and (and $x1133 (= 0.0 (+ (* ?x2506 p_i_t) sum_n_14))) $x3249))))
 (let (($x1518 (and $x1133 $x3249)))
 (let (($x3428 (and (not $x451) $x1518)))
 (let (($x269 (< 0.0 b_i)))
 (let ((?x2526 (ite $x269 abs_pow1_2_1 0.0)))
 (let ((?x1570 (+ ?x2526 sum_n_17)))
 (let (($x2573 (= 0.0 ?x1570)))
 (let (($x3601 (and (= 0.0 (+ (* ?x2526 p_i_t) sum_n_14)) $x2573)))
 (let (($x1099 (and (not $x3601) $x2573)))
 (and (not (or $x1099 $x3601)) (not (or $x3428 $x451)))))))))))))))))))
(assert
 (let (($x751 (< 0.0 x_raised)))
(let ((?x2506 (ite $x751 abs_pow1_2_3 0.0)))
(let ((?x200 (+ ?x2506 sum_n_17)))
(let ((?x2465 (+ (* ?x2506 p_i_t) sum_n_14)))
(let ((?x2646 (/ ?x2465 ?x200)))
(let (($x269 (< 0.0 b_i)))
(let ((?x2526 (ite $x269 abs_pow1_2_1 0.0)))
(let ((?x1570 (+ ?x2526 sum_n_17)))
(let ((?x1267 (+ (* ?x2526 p_i_t) sum_n_14)))
(let ((?x1956 (/ ?x1267 ?x1570)))
(or (and (< ?x2646 ?x1956) (< ?x2646 p_i_t)) (and (< ?x1956 ?x2646) (< p_i_t ?x2646))))))))))))))
(check-sat)
