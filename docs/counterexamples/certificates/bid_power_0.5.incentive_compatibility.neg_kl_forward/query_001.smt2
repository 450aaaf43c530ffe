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
 (let (($x262 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x665 (< 0.0 b_i)))
 (=> $x665 $x262))))
(assert
 (let (($x623 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x183 (< 0.0 b_J)))
 (=> $x183 $x623))))
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
 (let (($x597 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x824 (< 0.0 x_raised)))
 (=> $x824 $x597))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x824 (< 0.0 x_raised)))
 (let ((?x627 (ite $x824 abs_pow1_2_3 0.0)))
 (let ((?x528 (+ ?x627 sum_n_17)))
 (let (($x631 (> 0.0 x_raised)))
 (let (($x72 (not $x631)))
 (let (($x527 (and $x72 (= 0.0 ?x528))))
 (let (($x320 (or $x631 $x631 (and (and $x72 (= 0.0 (+ (* ?x627 p_i_u) sum_n_15))) $x527))))
 (let (($x534 (and $x72 $x527)))
 (let (($x282 (and (not $x320) $x534)))
 (let (($x665 (< 0.0 b_i)))
 (let ((?x782 (ite $x665 abs_pow1_2_1 0.0)))
 (let ((?x375 (+ ?x782 sum_n_17)))
 (let (($x571 (= 0.0 ?x375)))
 (let (($x454 (and (= 0.0 (+ (* ?x782 p_i_u) sum_n_15)) $x571)))
 (let (($x576 (and (not $x454) $x571)))
 (let (($x592 (or $x631 $x631 (and (and $x72 (= 0.0 (+ (* ?x627 p_i_t) sum_n_14))) $x527))))
 (let (($x719 (and (not $x592) $x534)))
 (let (($x342 (and (= 0.0 (+ (* ?x782 p_i_t) sum_n_14)) $x571)))
 (let (($x440 (and (not $x342) $x571)))
 (and (not (or $x440 $x342)) (not (or $x719 $x592)) (not (or $x576 $x454)) (not (or $x282 $x320)))))))))))))))))))))))
(assert
 (let (($x665 (< 0.0 b_i)))
(let ((?x782 (ite $x665 abs_pow1_2_1 0.0)))
(let ((?x375 (+ ?x782 sum_n_17)))
(let ((?x250 (+ (* ?x782 p_i_t) sum_n_14)))
(let ((?x469 (/ ?x250 ?x375)))
(let (($x824 (< 0.0 x_raised)))
(let ((?x627 (ite $x824 abs_pow1_2_3 0.0)))
(let ((?x528 (+ ?x627 sum_n_17)))
(let ((?x619 (+ (* ?x627 p_i_t) sum_n_14)))
(let ((?x249 (/ ?x619 ?x528)))
(let ((?x197 (- ?x249 ?x469)))
(or (> 0.0 (* ?x197 (- p_i_t ?x469))) (< (* (- p_i_t ?x469) (- p_i_t ?x469)) (* ?x197 ?x197)))))))))))))))
(check-sat)
