; bid_power_0.5, every n and k: no output entry is +inf or -inf
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
 (let (($x2374 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x256 (< 0.0 b_i)))
 (=> $x256 $x2374))))
(assert
 (let (($x2768 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x5372 (< 0.0 b_J)))
 (=> $x5372 $x2768))))
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
 (let (($x6792 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x5041 (< 0.0 x_raised)))
 (=> $x5041 $x6792))))
(assert
 (let (($x256 (< 0.0 b_i)))
(let ((?x8337 (ite $x256 abs_pow1_2_1 0.0)))
(let ((?x7544 (+ ?x8337 sum_n_17)))
(let (($x4383 (= 0.0 ?x7544)))
(and (not (and (= 0.0 (+ (* ?x8337 p_i_t) sum_n_14)) $x4383)) $x4383))))))
(check-sat)
