; bid_power_0.5, every n and k: no segment violation
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
 (let (($x2247 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x2964 (< 0.0 b_i)))
 (=> $x2964 $x2247))))
(assert
 (let (($x2255 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2504 (< 0.0 b_J)))
 (=> $x2504 $x2255))))
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
 (let (($x5435 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x612 (< 0.0 x_raised)))
 (=> $x612 $x5435))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x612 (< 0.0 x_raised)))
 (let ((?x6329 (ite $x612 abs_pow1_2_3 0.0)))
 (let ((?x5876 (+ ?x6329 sum_n_17)))
 (let (($x1758 (> 0.0 x_raised)))
 (let (($x7072 (not $x1758)))
 (let (($x7801 (and $x7072 (= 0.0 ?x5876))))
 (let (($x8489 (or $x1758 $x1758 (and (and $x7072 (= 0.0 (+ (* ?x6329 p_i_u) sum_n_15))) $x7801))))
 (let (($x699 (and $x7072 $x7801)))
 (let (($x108 (and (not $x8489) $x699)))
 (let (($x2964 (< 0.0 b_i)))
 (let ((?x646 (ite $x2964 abs_pow1_2_1 0.0)))
 (let ((?x1197 (+ ?x646 sum_n_17)))
 (let (($x5312 (= 0.0 ?x1197)))
 (let (($x6659 (and (= 0.0 (+ (* ?x646 p_i_u) sum_n_15)) $x5312)))
 (let (($x4555 (and (not $x6659) $x5312)))
 (let (($x2055 (or $x1758 $x1758 (and (and $x7072 (= 0.0 (+ (* ?x6329 p_i_t) sum_n_14))) $x7801))))
 (let (($x2704 (and (not $x2055) $x699)))
 (let (($x173 (and (= 0.0 (+ (* ?x646 p_i_t) sum_n_14)) $x5312)))
 (let (($x1421 (and (not $x173) $x5312)))
 (and (not (or $x1421 $x173)) (not (or $x2704 $x2055)) (not (or $x4555 $x6659)) (not (or $x108 $x8489)))))))))))))))))))))))
(assert
 (let (($x2964 (< 0.0 b_i)))
(let ((?x646 (ite $x2964 abs_pow1_2_1 0.0)))
(let ((?x1197 (+ ?x646 sum_n_17)))
(let ((?x7043 (+ (* ?x646 p_i_u) sum_n_15)))
(let ((?x3955 (/ ?x7043 ?x1197)))
(let (($x612 (< 0.0 x_raised)))
(let ((?x6329 (ite $x612 abs_pow1_2_3 0.0)))
(let ((?x5876 (+ ?x6329 sum_n_17)))
(let ((?x4478 (+ (* ?x6329 p_i_u) sum_n_15)))
(let ((?x4071 (/ ?x4478 ?x5876)))
(let ((?x7870 (- ?x4071 ?x3955)))
(or (> 0.0 (* ?x7870 (- p_i_u ?x3955))) (< (* (- p_i_u ?x3955) (- p_i_u ?x3955)) (* ?x7870 ?x7870)))))))))))))))
(check-sat)
