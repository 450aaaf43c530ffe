; bid_power_0.5, every n and k: the outputs sum to 1 wherever q(t) is finite
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
 (let (($x8221 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x7688 (< 0.0 b_i)))
 (=> $x7688 $x8221))))
(assert
 (let (($x1283 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2504 (< 0.0 b_J)))
 (=> $x2504 $x1283))))
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
 (let (($x7688 (< 0.0 b_i)))
 (let ((?x4082 (ite $x7688 abs_pow1_2_1 0.0)))
 (let ((?x2274 (+ ?x4082 sum_n_17)))
 (let (($x4454 (= 0.0 ?x2274)))
 (let (($x8177 (and (= 0.0 (+ (* ?x4082 p_i_t) sum_n_14)) $x4454)))
 (let (($x6303 (and (not $x8177) $x4454)))
 (not (or $x6303 $x8177)))))))))
(assert
 (let (($x7688 (< 0.0 b_i)))
 (let ((?x4082 (ite $x7688 abs_pow1_2_1 0.0)))
 (let ((?x2274 (+ ?x4082 sum_n_17)))
 (let (($x4454 (= 0.0 ?x2274)))
 (let (($x8177 (and (= 0.0 (+ (* ?x4082 p_i_t) sum_n_14)) $x4454)))
 (let (($x6303 (and (not $x8177) $x4454)))
 (let (($x335 (not (or $x6303 $x8177))))
 (let (($x2602 (> 0.0 b_J)))
 (let (($x8432 (not $x2602)))
 (let (($x6659 (> 0.0 b_i)))
 (let (($x1292 (not $x6659)))
 (let (($x6045 (not (and $x1292 $x8432 $x335))))
 (not $x6045))))))))))))))
(assert
 (let (($x7688 (< 0.0 b_i)))
 (let ((?x4082 (ite $x7688 abs_pow1_2_1 0.0)))
 (let ((?x2274 (+ ?x4082 sum_n_17)))
 (let ((?x8238 (* ?x4082 p_i_t)))
 (let ((?x4385 (+ ?x8238 sum_n_14)))
 (let ((?x2999 (/ ?x4385 ?x2274)))
 (let (($x2729 (< ?x2999 0.0)))
 (not $x2729)))))))))
(assert
 (let (($x7688 (< 0.0 b_i)))
(let ((?x4082 (ite $x7688 abs_pow1_2_1 0.0)))
(let ((?x2274 (+ ?x4082 sum_n_17)))
(let ((?x2680 (* ?x4082 1.0)))
(let ((?x8071 (+ ?x2680 sum_n_17)))
(let ((?x3218 (/ ?x8071 ?x2274)))
(let (($x4454 (= 0.0 ?x2274)))
(let (($x5542 (and (= 0.0 ?x8071) $x4454)))
(let (($x3826 (and (not $x5542) $x4454)))
(or (not (not (or $x3826 $x5542))) (and (distinct ?x3218 1.0) true))))))))))))
(check-sat)
