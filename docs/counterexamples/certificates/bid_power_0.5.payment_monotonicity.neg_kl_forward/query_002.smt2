; bid_power_0.5, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
 (let (($x2367 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x4955 (< 0.0 b_i)))
 (=> $x4955 $x2367))))
(assert
 (let (($x2093 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x1974 (< 0.0 b_J)))
 (=> $x1974 $x2093))))
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
 (let (($x4955 (< 0.0 b_i)))
 (let ((?x3993 (ite $x4955 abs_pow1_2_1 0.0)))
 (let ((?x7850 (+ ?x3993 sum_n_17)))
 (let (($x3720 (= 0.0 ?x7850)))
 (let (($x1146 (and (= 0.0 (+ (* ?x3993 p_i_t) sum_n_14)) $x3720)))
 (let (($x5385 (and (not $x1146) $x3720)))
 (not (or $x5385 $x1146)))))))))
(assert
 (let (($x4955 (< 0.0 b_i)))
(let ((?x3993 (ite $x4955 abs_pow1_2_1 0.0)))
(let ((?x7850 (+ ?x3993 sum_n_17)))
(let (($x3720 (= 0.0 ?x7850)))
(let (($x1146 (and (= 0.0 (+ (* ?x3993 p_i_t) sum_n_14)) $x3720)))
(let (($x5385 (and (not $x1146) $x3720)))
(let (($x662 (not (or $x5385 $x1146))))
(let (($x8433 (> 0.0 b_J)))
(let (($x4930 (not $x8433)))
(let (($x8 (> 0.0 b_i)))
(let (($x3596 (not $x8)))
(not (and $x3596 $x4930 $x662))))))))))))))
(check-sat)
