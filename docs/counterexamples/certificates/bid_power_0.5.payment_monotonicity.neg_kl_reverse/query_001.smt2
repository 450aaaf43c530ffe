; bid_power_0.5, every n and k: no coordinatewise violation
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
 (let (($x124 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x268 (< 0.0 b_i)))
 (=> $x268 $x124))))
(assert
 (let (($x69 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x102 (< 0.0 b_J)))
 (=> $x102 $x69))))
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
 (let (($x579 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x163 (< 0.0 x_raised)))
 (=> $x163 $x579))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x163 (< 0.0 x_raised)))
 (let ((?x196 (ite $x163 abs_pow1_2_3 0.0)))
 (let ((?x91 (+ ?x196 sum_n_17)))
 (let (($x474 (> 0.0 x_raised)))
 (let (($x357 (not $x474)))
 (let (($x232 (and $x357 (= 0.0 ?x91))))
 (let (($x42 (or $x474 $x474 (and (and $x357 (= 0.0 (+ (* ?x196 p_i_t) sum_n_14))) $x232))))
 (let (($x271 (and $x357 $x232)))
 (let (($x768 (and (not $x42) $x271)))
 (let (($x268 (< 0.0 b_i)))
 (let ((?x287 (ite $x268 abs_pow1_2_1 0.0)))
 (let ((?x65 (+ ?x287 sum_n_17)))
 (let (($x801 (= 0.0 ?x65)))
 (let (($x125 (and (= 0.0 (+ (* ?x287 p_i_t) sum_n_14)) $x801)))
 (let (($x706 (and (not $x125) $x801)))
 (and (not (or $x706 $x125)) (not (or $x768 $x42)))))))))))))))))))
(assert
 (let (($x163 (< 0.0 x_raised)))
(let ((?x196 (ite $x163 abs_pow1_2_3 0.0)))
(let ((?x91 (+ ?x196 sum_n_17)))
(let ((?x274 (+ (* ?x196 p_i_t) sum_n_14)))
(let ((?x702 (/ ?x274 ?x91)))
(let (($x268 (< 0.0 b_i)))
(let ((?x287 (ite $x268 abs_pow1_2_1 0.0)))
(let ((?x65 (+ ?x287 sum_n_17)))
(let ((?x636 (+ (* ?x287 p_i_t) sum_n_14)))
(let ((?x535 (/ ?x636 ?x65)))
(or (and (< ?x702 ?x535) (< ?x702 p_i_t)) (and (< ?x535 ?x702) (< p_i_t ?x702))))))))))))))
(check-sat)
