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
 (let (($x3521 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1143 (< 0.0 b_i)))
 (=> $x1143 $x3521))))
(assert
 (let (($x66 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x4603 (< 0.0 b_J)))
 (=> $x4603 $x66))))
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
 (let (($x1143 (< 0.0 b_i)))
 (let ((?x6344 (ite $x1143 abs_pow1_2_1 0.0)))
 (let ((?x7521 (+ ?x6344 sum_n_17)))
 (let (($x267 (= 0.0 ?x7521)))
 (let (($x3924 (and (= 0.0 (+ (* ?x6344 p_i_t) sum_n_14)) $x267)))
 (let (($x7300 (and (not $x3924) $x267)))
 (not (or $x7300 $x3924)))))))))
(assert
 (let (($x1143 (< 0.0 b_i)))
(let ((?x6344 (ite $x1143 abs_pow1_2_1 0.0)))
(let ((?x7521 (+ ?x6344 sum_n_17)))
(let (($x267 (= 0.0 ?x7521)))
(let (($x3924 (and (= 0.0 (+ (* ?x6344 p_i_t) sum_n_14)) $x267)))
(let (($x7300 (and (not $x3924) $x267)))
(let (($x2985 (not (or $x7300 $x3924))))
(let (($x404 (> 0.0 b_J)))
(let (($x1731 (not $x404)))
(let (($x7191 (> 0.0 b_i)))
(let (($x7256 (not $x7191)))
(not (and $x7256 $x1731 $x2985))))))))))))))
(check-sat)
