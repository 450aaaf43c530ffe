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
 (let (($x484 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x163 (< 0.0 b_i)))
 (=> $x163 $x484))))
(assert
 (let (($x703 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x596 (< 0.0 b_J)))
 (=> $x596 $x703))))
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
 (let (($x630 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x37 (< 0.0 x_raised)))
 (=> $x37 $x630))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x37 (< 0.0 x_raised)))
 (let ((?x375 (ite $x37 abs_pow1_2_3 0.0)))
 (let ((?x396 (+ ?x375 sum_n_17)))
 (let (($x587 (> 0.0 x_raised)))
 (let (($x493 (not $x587)))
 (let (($x409 (and $x493 (= 0.0 ?x396))))
 (let (($x674 (or $x587 $x587 (and (and $x493 (= 0.0 (+ (* ?x375 p_i_u) sum_n_15))) $x409))))
 (let (($x105 (and $x493 $x409)))
 (let (($x568 (and (not $x674) $x105)))
 (let (($x163 (< 0.0 b_i)))
 (let ((?x183 (ite $x163 abs_pow1_2_1 0.0)))
 (let ((?x284 (+ ?x183 sum_n_17)))
 (let (($x191 (= 0.0 ?x284)))
 (let (($x65 (and (= 0.0 (+ (* ?x183 p_i_u) sum_n_15)) $x191)))
 (let (($x487 (and (not $x65) $x191)))
 (let (($x305 (or $x587 $x587 (and (and $x493 (= 0.0 (+ (* ?x375 p_i_t) sum_n_14))) $x409))))
 (let (($x741 (and (not $x305) $x105)))
 (let (($x624 (and (= 0.0 (+ (* ?x183 p_i_t) sum_n_14)) $x191)))
 (let (($x772 (and (not $x624) $x191)))
 (and (not (or $x772 $x624)) (not (or $x741 $x305)) (not (or $x487 $x65)) (not (or $x568 $x674)))))))))))))))))))))))
(assert
 (let (($x163 (< 0.0 b_i)))
(let ((?x183 (ite $x163 abs_pow1_2_1 0.0)))
(let ((?x284 (+ ?x183 sum_n_17)))
(let ((?x35 (+ (* ?x183 p_i_u) sum_n_15)))
(let ((?x682 (/ ?x35 ?x284)))
(let (($x37 (< 0.0 x_raised)))
(let ((?x375 (ite $x37 abs_pow1_2_3 0.0)))
(let ((?x396 (+ ?x375 sum_n_17)))
(let ((?x619 (+ (* ?x375 p_i_u) sum_n_15)))
(let ((?x156 (/ ?x619 ?x396)))
(let ((?x343 (- ?x156 ?x682)))
(or (> 0.0 (* ?x343 (- p_i_u ?x682))) (< (* (- p_i_u ?x682) (- p_i_u ?x682)) (* ?x343 ?x343)))))))))))))))
(check-sat)
