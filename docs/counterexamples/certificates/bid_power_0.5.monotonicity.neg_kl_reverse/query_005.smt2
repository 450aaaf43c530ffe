; bid_power_0.5, every n and k: q(t) >= 0 wherever q(t) is finite
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
 (let (($x120 (< 0.0 b_i)))
 (=> $x120 $x2367))))
(assert
 (let (($x2028 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x3918 (< 0.0 b_J)))
 (=> $x3918 $x2028))))
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
 (let (($x120 (< 0.0 b_i)))
 (let ((?x189 (ite $x120 abs_pow1_2_1 0.0)))
 (let ((?x3386 (+ ?x189 sum_n_17)))
 (let (($x3469 (= 0.0 ?x3386)))
 (let (($x3802 (and (= 0.0 (+ (* ?x189 p_i_t) sum_n_14)) $x3469)))
 (let (($x6532 (and (not $x3802) $x3469)))
 (not (or $x6532 $x3802)))))))))
(assert
 (let (($x120 (< 0.0 b_i)))
 (let ((?x189 (ite $x120 abs_pow1_2_1 0.0)))
 (let ((?x3386 (+ ?x189 sum_n_17)))
 (let (($x3469 (= 0.0 ?x3386)))
 (let (($x3802 (and (= 0.0 (+ (* ?x189 p_i_t) sum_n_14)) $x3469)))
 (let (($x6532 (and (not $x3802) $x3469)))
 (let (($x3521 (not (or $x6532 $x3802))))
 (let (($x75 (> 0.0 b_J)))
 (let (($x1768 (not $x75)))
 (let (($x6917 (> 0.0 b_i)))
 (let (($x2380 (not $x6917)))
 (let (($x2268 (not (and $x2380 $x1768 $x3521))))
 (not $x2268))))))))))))))
(assert
 (let (($x120 (< 0.0 b_i)))
(let ((?x189 (ite $x120 abs_pow1_2_1 0.0)))
(let ((?x3386 (+ ?x189 sum_n_17)))
(let ((?x4846 (* ?x189 p_i_t)))
(let ((?x7588 (+ ?x4846 sum_n_14)))
(let ((?x4180 (/ ?x7588 ?x3386)))
(< ?x4180 0.0))))))))
(check-sat)
