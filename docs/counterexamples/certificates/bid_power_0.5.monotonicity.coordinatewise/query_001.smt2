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
 (let (($x291 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x767 (< 0.0 b_i)))
 (=> $x767 $x291))))
(assert
 (let (($x592 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x353 (< 0.0 b_J)))
 (=> $x353 $x592))))
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
 (let (($x127 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x461 (< 0.0 x_raised)))
 (=> $x461 $x127))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x461 (< 0.0 x_raised)))
 (let ((?x613 (ite $x461 abs_pow1_2_3 0.0)))
 (let ((?x574 (+ ?x613 sum_n_17)))
 (let (($x383 (> 0.0 x_raised)))
 (let (($x133 (not $x383)))
 (let (($x343 (and $x133 (= 0.0 ?x574))))
 (let (($x349 (or $x383 $x383 (and (and $x133 (= 0.0 (+ (* ?x613 p_i_t) sum_n_14))) $x343))))
 (let (($x462 (and $x133 $x343)))
 (let (($x114 (and (not $x349) $x462)))
 (let (($x767 (< 0.0 b_i)))
 (let ((?x416 (ite $x767 abs_pow1_2_1 0.0)))
 (let ((?x117 (+ ?x416 sum_n_17)))
 (let (($x746 (= 0.0 ?x117)))
 (let (($x272 (and (= 0.0 (+ (* ?x416 p_i_t) sum_n_14)) $x746)))
 (let (($x578 (and (not $x272) $x746)))
 (and (not (or $x578 $x272)) (not (or $x114 $x349)))))))))))))))))))
(assert
 (let (($x461 (< 0.0 x_raised)))
(let ((?x613 (ite $x461 abs_pow1_2_3 0.0)))
(let ((?x574 (+ ?x613 sum_n_17)))
(let ((?x760 (+ (* ?x613 p_i_t) sum_n_14)))
(let ((?x644 (/ ?x760 ?x574)))
(let (($x767 (< 0.0 b_i)))
(let ((?x416 (ite $x767 abs_pow1_2_1 0.0)))
(let ((?x117 (+ ?x416 sum_n_17)))
(let ((?x692 (+ (* ?x416 p_i_t) sum_n_14)))
(let ((?x429 (/ ?x692 ?x117)))
(or (and (< ?x644 ?x429) (< ?x644 p_i_t)) (and (< ?x429 ?x644) (< p_i_t ?x644))))))))))))))
(check-sat)
