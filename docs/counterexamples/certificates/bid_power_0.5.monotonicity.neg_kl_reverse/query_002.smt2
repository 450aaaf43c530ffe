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
 (let (($x289 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x387 (< 0.0 b_i)))
 (=> $x387 $x289))))
(assert
 (let (($x393 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x369 (< 0.0 b_J)))
 (=> $x369 $x393))))
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
 (let (($x728 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x195 (< 0.0 x_raised)))
 (=> $x195 $x728))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x195 (< 0.0 x_raised)))
 (let ((?x135 (ite $x195 abs_pow1_2_3 0.0)))
 (let ((?x561 (+ ?x135 sum_n_17)))
 (let (($x532 (> 0.0 x_raised)))
 (let (($x704 (not $x532)))
 (let (($x747 (and $x704 (= 0.0 ?x561))))
 (let (($x761 (or $x532 $x532 (and (and $x704 (= 0.0 (+ (* ?x135 p_i_u) sum_n_15))) $x747))))
 (let (($x773 (and $x704 $x747)))
 (let (($x306 (and (not $x761) $x773)))
 (let (($x387 (< 0.0 b_i)))
 (let ((?x469 (ite $x387 abs_pow1_2_1 0.0)))
 (let ((?x216 (+ ?x469 sum_n_17)))
 (let (($x442 (= 0.0 ?x216)))
 (let (($x535 (and (= 0.0 (+ (* ?x469 p_i_u) sum_n_15)) $x442)))
 (let (($x709 (and (not $x535) $x442)))
 (let (($x305 (or $x532 $x532 (and (and $x704 (= 0.0 (+ (* ?x135 p_i_t) sum_n_14))) $x747))))
 (let (($x513 (and (not $x305) $x773)))
 (let (($x571 (and (= 0.0 (+ (* ?x469 p_i_t) sum_n_14)) $x442)))
 (let (($x78 (and (not $x571) $x442)))
 (and (not (or $x78 $x571)) (not (or $x513 $x305)) (not (or $x709 $x535)) (not (or $x306 $x761)))))))))))))))))))))))
(assert
 (let (($x387 (< 0.0 b_i)))
(let ((?x469 (ite $x387 abs_pow1_2_1 0.0)))
(let ((?x216 (+ ?x469 sum_n_17)))
(let ((?x581 (+ (* ?x469 p_i_u) sum_n_15)))
(let ((?x73 (/ ?x581 ?x216)))
(let (($x195 (< 0.0 x_raised)))
(let ((?x135 (ite $x195 abs_pow1_2_3 0.0)))
(let ((?x561 (+ ?x135 sum_n_17)))
(let ((?x531 (+ (* ?x135 p_i_u) sum_n_15)))
(let ((?x564 (/ ?x531 ?x561)))
(let ((?x58 (- ?x564 ?x73)))
(or (> 0.0 (* ?x58 (- p_i_u ?x73))) (< (* (- p_i_u ?x73) (- p_i_u ?x73)) (* ?x58 ?x58)))))))))))))))
(check-sat)
