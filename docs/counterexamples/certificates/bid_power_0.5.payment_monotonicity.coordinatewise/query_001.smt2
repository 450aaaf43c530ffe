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
 (let (($x3821 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1731 (< 0.0 b_i)))
 (=> $x1731 $x3821))))
(assert
 (let (($x5614 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x4849 (< 0.0 b_J)))
 (=> $x4849 $x5614))))
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
 (let (($x830 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x3871 (< 0.0 x_raised)))
 (=> $x3871 $x830))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x3871 (< 0.0 x_raised)))
 (let ((?x4782 (ite $x3871 abs_pow1_2_3 0.0)))
 (let ((?x4516 (+ ?x4782 sum_n_17)))
 (let (($x3764 (> 0.0 x_raised)))
 (let (($x4430 (not $x3764)))
 (let (($x2004 (and $x4430 (= 0.0 ?x4516))))
 (let (($x5450 (or $x3764 $x3764 (and (and $x4430 (= 0.0 (+ (* ?x4782 p_i_t) sum_n_14))) $x2004))))
 (let (($x1714 (and $x4430 $x2004)))
 (let (($x3618 (and (not $x5450) $x1714)))
 (let (($x1731 (< 0.0 b_i)))
 (let ((?x8433 (ite $x1731 abs_pow1_2_1 0.0)))
 (let ((?x4571 (+ ?x8433 sum_n_17)))
 (let (($x1974 (= 0.0 ?x4571)))
 (let (($x8 (and (= 0.0 (+ (* ?x8433 p_i_t) sum_n_14)) $x1974)))
 (let (($x4955 (and (not $x8) $x1974)))
 (and (not (or $x4955 $x8)) (not (or $x3618 $x5450)))))))))))))))))))
(assert
 (let (($x3871 (< 0.0 x_raised)))
(let ((?x4782 (ite $x3871 abs_pow1_2_3 0.0)))
(let ((?x4516 (+ ?x4782 sum_n_17)))
(let ((?x3280 (+ (* ?x4782 p_i_t) sum_n_14)))
(let ((?x6842 (/ ?x3280 ?x4516)))
(let (($x1731 (< 0.0 b_i)))
(let ((?x8433 (ite $x1731 abs_pow1_2_1 0.0)))
(let ((?x4571 (+ ?x8433 sum_n_17)))
(let ((?x7191 (+ (* ?x8433 p_i_t) sum_n_14)))
(let ((?x5540 (/ ?x7191 ?x4571)))
(or (and (< ?x6842 ?x5540) (< ?x6842 p_i_t)) (and (< ?x5540 ?x6842) (< p_i_t ?x6842))))))))))))))
(check-sat)
