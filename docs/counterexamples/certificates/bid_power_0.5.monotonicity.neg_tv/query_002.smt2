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
 (let (($x308 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x93 (< 0.0 b_i)))
 (=> $x93 $x308))))
(assert
 (let (($x650 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x239 (< 0.0 b_J)))
 (=> $x239 $x650))))
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
 (let (($x764 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x280 (< 0.0 x_raised)))
 (=> $x280 $x764))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x280 (< 0.0 x_raised)))
 (let ((?x139 (ite $x280 abs_pow1_2_3 0.0)))
 (let ((?x289 (+ ?x139 sum_n_17)))
 (let (($x359 (> 0.0 x_raised)))
 (let (($x160 (not $x359)))
 (let (($x102 (and $x160 (= 0.0 ?x289))))
 (let (($x166 (or $x359 $x359 (and (and $x160 (= 0.0 (+ (* ?x139 p_i_u) sum_n_15))) $x102))))
 (let (($x728 (and $x160 $x102)))
 (let (($x719 (and (not $x166) $x728)))
 (let (($x93 (< 0.0 b_i)))
 (let ((?x746 (ite $x93 abs_pow1_2_1 0.0)))
 (let ((?x353 (+ ?x746 sum_n_17)))
 (let (($x776 (= 0.0 ?x353)))
 (let (($x111 (and (= 0.0 (+ (* ?x746 p_i_u) sum_n_15)) $x776)))
 (let (($x286 (and (not $x111) $x776)))
 (let (($x472 (or $x359 $x359 (and (and $x160 (= 0.0 (+ (* ?x139 p_i_t) sum_n_14))) $x102))))
 (let (($x821 (and (not $x472) $x728)))
 (let (($x623 (and (= 0.0 (+ (* ?x746 p_i_t) sum_n_14)) $x776)))
 (let (($x422 (and (not $x623) $x776)))
 (and (not (or $x422 $x623)) (not (or $x821 $x472)) (not (or $x286 $x111)) (not (or $x719 $x166)))))))))))))))))))))))
(assert
 (let (($x93 (< 0.0 b_i)))
(let ((?x746 (ite $x93 abs_pow1_2_1 0.0)))
(let ((?x353 (+ ?x746 sum_n_17)))
(let ((?x679 (+ (* ?x746 p_i_u) sum_n_15)))
(let ((?x352 (/ ?x679 ?x353)))
(let (($x280 (< 0.0 x_raised)))
(let ((?x139 (ite $x280 abs_pow1_2_3 0.0)))
(let ((?x289 (+ ?x139 sum_n_17)))
(let ((?x629 (+ (* ?x139 p_i_u) sum_n_15)))
(let ((?x153 (/ ?x629 ?x289)))
(let ((?x693 (- ?x153 ?x352)))
(or (> 0.0 (* ?x693 (- p_i_u ?x352))) (< (* (- p_i_u ?x352) (- p_i_u ?x352)) (* ?x693 ?x693)))))))))))))))
(check-sat)
