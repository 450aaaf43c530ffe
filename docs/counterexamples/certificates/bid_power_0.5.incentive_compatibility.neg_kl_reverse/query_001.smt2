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
 (>= x_raised b_i))
(assert
 (let (($x5041 (< 0.0 x_raised)))
 (let ((?x4071 (ite $x5041 abs_pow1_2_3 0.0)))
 (let ((?x6873 (+ ?x4071 sum_n_17)))
 (let (($x1758 (> 0.0 x_raised)))
 (let (($x5350 (not $x1758)))
 (let (($x7178 (and $x5350 (= 0.0 ?x6873))))
 (let (($x6273 (or $x1758 $x1758 (and (and $x5350 (= 0.0 (+ (* ?x4071 p_i_u) sum_n_15))) $x7178))))
 (let (($x5785 (and $x5350 $x7178)))
 (let (($x6549 (and (not $x6273) $x5785)))
 (let (($x256 (< 0.0 b_i)))
 (let ((?x8337 (ite $x256 abs_pow1_2_1 0.0)))
 (let ((?x7544 (+ ?x8337 sum_n_17)))
 (let (($x4383 (= 0.0 ?x7544)))
 (let (($x8489 (and (= 0.0 (+ (* ?x8337 p_i_u) sum_n_15)) $x4383)))
 (let (($x8165 (and (not $x8489) $x4383)))
 (let (($x2704 (or $x1758 $x1758 (and (and $x5350 (= 0.0 (+ (* ?x4071 p_i_t) sum_n_14))) $x7178))))
 (let (($x3028 (and (not $x2704) $x5785)))
 (let (($x8546 (and (= 0.0 (+ (* ?x8337 p_i_t) sum_n_14)) $x4383)))
 (let (($x8146 (and (not $x8546) $x4383)))
 (and (not (or $x8146 $x8546)) (not (or $x3028 $x2704)) (not (or $x8165 $x8489)) (not (or $x6549 $x6273)))))))))))))))))))))))
(assert
 (let (($x256 (< 0.0 b_i)))
(let ((?x8337 (ite $x256 abs_pow1_2_1 0.0)))
(let ((?x7544 (+ ?x8337 sum_n_17)))
(let ((?x2560 (+ (* ?x8337 p_i_t) sum_n_14)))
(let ((?x646 (/ ?x2560 ?x7544)))
(let (($x5041 (< 0.0 x_raised)))
(let ((?x4071 (ite $x5041 abs_pow1_2_3 0.0)))
(let ((?x6873 (+ ?x4071 sum_n_17)))
(let ((?x6015 (+ (* ?x4071 p_i_t) sum_n_14)))
(let ((?x7922 (/ ?x6015 ?x6873)))
(let ((?x4454 (- ?x7922 ?x646)))
(or (> 0.0 (* ?x4454 (- p_i_t ?x646))) (< (* (- p_i_t ?x646) (- p_i_t ?x646)) (* ?x4454 ?x4454)))))))))))))))
(check-sat)
