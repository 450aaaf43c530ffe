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
 (let (($x1133 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x2970 (< 0.0 b_i)))
 (=> $x2970 $x1133))))
(assert
 (let (($x357 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x3317 (< 0.0 b_J)))
 (=> $x3317 $x357))))
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
 (let (($x2052 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x1832 (< 0.0 x_raised)))
 (=> $x1832 $x2052))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x1832 (< 0.0 x_raised)))
 (let ((?x819 (ite $x1832 abs_pow1_2_3 0.0)))
 (let ((?x1141 (+ ?x819 sum_n_17)))
 (let (($x2507 (> 0.0 x_raised)))
 (let (($x1139 (not $x2507)))
 (let (($x3464 (and $x1139 (= 0.0 ?x1141))))
 (let (($x451 (or $x2507 $x2507 (and (and $x1139 (= 0.0 (+ (* ?x819 p_i_u) sum_n_15))) $x3464))))
 (let (($x3443 (and $x1139 $x3464)))
 (let (($x28 (and (not $x451) $x3443)))
 (let (($x2970 (< 0.0 b_i)))
 (let ((?x1145 (ite $x2970 abs_pow1_2_1 0.0)))
 (let ((?x1224 (+ ?x1145 sum_n_17)))
 (let (($x1419 (= 0.0 ?x1224)))
 (let (($x1408 (and (= 0.0 (+ (* ?x1145 p_i_u) sum_n_15)) $x1419)))
 (let (($x1013 (and (not $x1408) $x1419)))
 (let (($x3183 (or $x2507 $x2507 (and (and $x1139 (= 0.0 (+ (* ?x819 p_i_t) sum_n_14))) $x3464))))
 (let (($x2082 (and (not $x3183) $x3443)))
 (let (($x2906 (and (= 0.0 (+ (* ?x1145 p_i_t) sum_n_14)) $x1419)))
 (let (($x2180 (and (not $x2906) $x1419)))
 (and (not (or $x2180 $x2906)) (not (or $x2082 $x3183)) (not (or $x1013 $x1408)) (not (or $x28 $x451)))))))))))))))))))))))
(assert
 (let (($x2970 (< 0.0 b_i)))
(let ((?x1145 (ite $x2970 abs_pow1_2_1 0.0)))
(let ((?x1224 (+ ?x1145 sum_n_17)))
(let ((?x345 (+ (* ?x1145 p_i_t) sum_n_14)))
(let ((?x2796 (/ ?x345 ?x1224)))
(let (($x1832 (< 0.0 x_raised)))
(let ((?x819 (ite $x1832 abs_pow1_2_3 0.0)))
(let ((?x1141 (+ ?x819 sum_n_17)))
(let ((?x1984 (+ (* ?x819 p_i_t) sum_n_14)))
(let ((?x3453 (/ ?x1984 ?x1141)))
(let ((?x1066 (- ?x3453 ?x2796)))
(or (> 0.0 (* ?x1066 (- p_i_t ?x2796))) (< (* (- p_i_t ?x2796) (- p_i_t ?x2796)) (* ?x1066 ?x1066)))))))))))))))
(check-sat)
