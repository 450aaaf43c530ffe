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
 (let (($x3542 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1287 (< 0.0 b_i)))
 (=> $x1287 $x3542))))
(assert
 (let (($x2274 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x6015 (< 0.0 b_J)))
 (=> $x6015 $x2274))))
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
 (let (($x1287 (< 0.0 b_i)))
 (let ((?x8391 (ite $x1287 abs_pow1_2_1 0.0)))
 (let ((?x1468 (+ ?x8391 sum_n_17)))
 (let (($x485 (= 0.0 ?x1468)))
 (let (($x8124 (and (= 0.0 (+ (* ?x8391 p_i_t) sum_n_14)) $x485)))
 (let (($x8532 (and (not $x8124) $x485)))
 (not (or $x8532 $x8124)))))))))
(assert
 (let (($x1287 (< 0.0 b_i)))
(let ((?x8391 (ite $x1287 abs_pow1_2_1 0.0)))
(let ((?x1468 (+ ?x8391 sum_n_17)))
(let (($x485 (= 0.0 ?x1468)))
(let (($x8124 (and (= 0.0 (+ (* ?x8391 p_i_t) sum_n_14)) $x485)))
(let (($x8532 (and (not $x8124) $x485)))
(let (($x194 (not (or $x8532 $x8124))))
(let (($x5372 (> 0.0 b_J)))
(let (($x7376 (not $x5372)))
(let (($x2377 (> 0.0 b_i)))
(let (($x256 (not $x2377)))
(not (and $x256 $x7376 $x194))))))))))))))
(check-sat)
