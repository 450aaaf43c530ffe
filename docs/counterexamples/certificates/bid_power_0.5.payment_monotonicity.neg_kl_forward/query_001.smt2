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
 (let (($x8371 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x3596 (< 0.0 b_i)))
 (=> $x3596 $x8371))))
(assert
 (let (($x1756 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x8433 (< 0.0 b_J)))
 (=> $x8433 $x1756))))
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
 (let (($x4073 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x1344 (< 0.0 x_raised)))
 (=> $x1344 $x4073))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x1344 (< 0.0 x_raised)))
 (let ((?x4183 (ite $x1344 abs_pow1_2_3 0.0)))
 (let ((?x8400 (+ ?x4183 sum_n_17)))
 (let (($x1654 (> 0.0 x_raised)))
 (let (($x7588 (not $x1654)))
 (let (($x7734 (and $x7588 (= 0.0 ?x8400))))
 (let (($x8199 (or $x1654 $x1654 (and (and $x7588 (= 0.0 (+ (* ?x4183 p_i_t) sum_n_14))) $x7734))))
 (let (($x7886 (and $x7588 $x7734)))
 (let (($x3524 (and (not $x8199) $x7886)))
 (let (($x3596 (< 0.0 b_i)))
 (let ((?x1143 (ite $x3596 abs_pow1_2_1 0.0)))
 (let ((?x5057 (+ ?x1143 sum_n_17)))
 (let (($x3143 (= 0.0 ?x5057)))
 (let (($x242 (and (= 0.0 (+ (* ?x1143 p_i_t) sum_n_14)) $x3143)))
 (let (($x5834 (and (not $x242) $x3143)))
 (and (not (or $x5834 $x242)) (not (or $x3524 $x8199)))))))))))))))))))
(assert
 (let (($x1344 (< 0.0 x_raised)))
(let ((?x4183 (ite $x1344 abs_pow1_2_3 0.0)))
(let ((?x8400 (+ ?x4183 sum_n_17)))
(let ((?x8307 (+ (* ?x4183 p_i_t) sum_n_14)))
(let ((?x7464 (/ ?x8307 ?x8400)))
(let (($x3596 (< 0.0 b_i)))
(let ((?x1143 (ite $x3596 abs_pow1_2_1 0.0)))
(let ((?x5057 (+ ?x1143 sum_n_17)))
(let ((?x3825 (+ (* ?x1143 p_i_t) sum_n_14)))
(let ((?x4841 (/ ?x3825 ?x5057)))
(or (and (< ?x7464 ?x4841) (< ?x7464 p_i_t)) (and (< ?x4841 ?x7464) (< p_i_t ?x7464))))))))))))))
(check-sat)
