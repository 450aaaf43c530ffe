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
 (let (($x1524 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1154 (< 0.0 b_i)))
 (=> $x1154 $x1524))))
(assert
 (let (($x3626 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2985 (< 0.0 b_J)))
 (=> $x2985 $x3626))))
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
 (let (($x1154 (< 0.0 b_i)))
 (let ((?x2167 (ite $x1154 abs_pow1_2_1 0.0)))
 (let ((?x2731 (+ ?x2167 sum_n_17)))
 (let (($x2560 (= 0.0 ?x2731)))
 (let (($x44 (and (= 0.0 (+ (* ?x2167 p_i_t) sum_n_14)) $x2560)))
 (let (($x120 (and (not $x44) $x2560)))
 (not (or $x120 $x44)))))))))
(assert
 (let (($x1154 (< 0.0 b_i)))
(let ((?x2167 (ite $x1154 abs_pow1_2_1 0.0)))
(let ((?x2731 (+ ?x2167 sum_n_17)))
(let (($x2560 (= 0.0 ?x2731)))
(let (($x44 (and (= 0.0 (+ (* ?x2167 p_i_t) sum_n_14)) $x2560)))
(let (($x120 (and (not $x44) $x2560)))
(let (($x740 (not (or $x120 $x44))))
(let (($x649 (> 0.0 b_J)))
(let (($x1471 (not $x649)))
(let (($x2178 (> 0.0 b_i)))
(let (($x1848 (not $x2178)))
(not (and $x1848 $x1471 $x740))))))))))))))
(check-sat)
