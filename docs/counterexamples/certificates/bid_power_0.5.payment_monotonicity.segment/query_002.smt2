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
 (let (($x570 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x3495 (< 0.0 b_i)))
 (=> $x3495 $x570))))
(assert
 (let (($x2826 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x3675 (< 0.0 b_J)))
 (=> $x3675 $x2826))))
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
 (let (($x4478 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x844 (< 0.0 x_raised)))
 (=> $x844 $x4478))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x844 (< 0.0 x_raised)))
 (let ((?x993 (ite $x844 abs_pow1_2_3 0.0)))
 (let ((?x2729 (+ ?x993 sum_n_17)))
 (let (($x2274 (> 0.0 x_raised)))
 (let (($x3715 (not $x2274)))
 (let (($x8338 (and $x3715 (= 0.0 ?x2729))))
 (let (($x6873 (or $x2274 $x2274 (and (and $x3715 (= 0.0 (+ (* ?x993 p_i_u) sum_n_15))) $x8338))))
 (let (($x1456 (and $x3715 $x8338)))
 (let (($x6305 (and (not $x6873) $x1456)))
 (let (($x3495 (< 0.0 b_i)))
 (let ((?x84 (ite $x3495 abs_pow1_2_1 0.0)))
 (let ((?x7219 (+ ?x84 sum_n_17)))
 (let (($x7031 (= 0.0 ?x7219)))
 (let (($x2374 (and (= 0.0 (+ (* ?x84 p_i_u) sum_n_15)) $x7031)))
 (let (($x8146 (and (not $x2374) $x7031)))
 (let (($x5504 (or $x2274 $x2274 (and (and $x3715 (= 0.0 (+ (* ?x993 p_i_t) sum_n_14))) $x8338))))
 (let (($x1977 (and (not $x5504) $x1456)))
 (let (($x1400 (and (= 0.0 (+ (* ?x84 p_i_t) sum_n_14)) $x7031)))
 (let (($x4975 (and (not $x1400) $x7031)))
 (and (not (or $x4975 $x1400)) (not (or $x1977 $x5504)) (not (or $x8146 $x2374)) (not (or $x6305 $x6873)))))))))))))))))))))))
(assert
 (let (($x3495 (< 0.0 b_i)))
(let ((?x84 (ite $x3495 abs_pow1_2_1 0.0)))
(let ((?x7219 (+ ?x84 sum_n_17)))
(let ((?x1578 (+ (* ?x84 p_i_u) sum_n_15)))
(let ((?x424 (/ ?x1578 ?x7219)))
(let (($x844 (< 0.0 x_raised)))
(let ((?x993 (ite $x844 abs_pow1_2_3 0.0)))
(let ((?x2729 (+ ?x993 sum_n_17)))
(let ((?x6705 (+ (* ?x993 p_i_u) sum_n_15)))
(let ((?x7046 (/ ?x6705 ?x2729)))
(let ((?x7684 (- ?x7046 ?x424)))
(or (> 0.0 (* ?x7684 (- p_i_u ?x424))) (< (* (- p_i_u ?x424) (- p_i_u ?x424)) (* ?x7684 ?x7684)))))))))))))))
(check-sat)
