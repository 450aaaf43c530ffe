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
 (let (($x3311 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x7157 (< 0.0 b_i)))
 (=> $x7157 $x3311))))
(assert
 (let (($x5802 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x5350 (< 0.0 b_J)))
 (=> $x5350 $x5802))))
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
 (let (($x7157 (< 0.0 b_i)))
 (let ((?x2680 (ite $x7157 abs_pow1_2_1 0.0)))
 (let ((?x7178 (+ ?x2680 sum_n_17)))
 (let (($x3313 (= 0.0 ?x7178)))
 (let (($x755 (and (= 0.0 (+ (* ?x2680 p_i_t) sum_n_14)) $x3313)))
 (let (($x3542 (and (not $x755) $x3313)))
 (not (or $x3542 $x755)))))))))
(assert
 (let (($x7157 (< 0.0 b_i)))
(let ((?x2680 (ite $x7157 abs_pow1_2_1 0.0)))
(let ((?x7178 (+ ?x2680 sum_n_17)))
(let (($x3313 (= 0.0 ?x7178)))
(let (($x755 (and (= 0.0 (+ (* ?x2680 p_i_t) sum_n_14)) $x3313)))
(let (($x3542 (and (not $x755) $x3313)))
(let (($x6329 (not (or $x3542 $x755))))
(let (($x2504 (> 0.0 b_J)))
(let (($x4677 (not $x2504)))
(let (($x8532 (> 0.0 b_i)))
(let (($x2964 (not $x8532)))
(not (and $x2964 $x4677 $x6329))))))))))))))
(check-sat)
