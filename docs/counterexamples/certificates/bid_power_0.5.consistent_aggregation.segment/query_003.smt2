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
 (let (($x2818 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x820 (< 0.0 b_i)))
 (=> $x820 $x2818))))
(assert
 (let (($x4585 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x3560 (< 0.0 b_J)))
 (=> $x3560 $x4585))))
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
 (let (($x1810 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x4669 (< 0.0 x_raised)))
 (=> $x4669 $x1810))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x4669 (< 0.0 x_raised)))
 (let ((?x8128 (ite $x4669 abs_pow1_2_3 0.0)))
 (let ((?x80 (+ ?x8128 sum_n_17)))
 (let (($x7464 (> 0.0 x_raised)))
 (let (($x3802 (not $x7464)))
 (let (($x4511 (and $x3802 (= 0.0 ?x80))))
 (let (($x4551 (or $x7464 $x7464 (and (and $x3802 (= 0.0 (+ (* ?x8128 p_i_u) sum_n_15))) $x4511))))
 (let (($x5661 (and $x3802 $x4511)))
 (let (($x1714 (and (not $x4551) $x5661)))
 (let (($x820 (< 0.0 b_i)))
 (let ((?x4930 (ite $x820 abs_pow1_2_1 0.0)))
 (let ((?x4516 (+ ?x4930 sum_n_17)))
 (let (($x257 (= 0.0 ?x4516)))
 (let (($x4014 (and (= 0.0 (+ (* ?x4930 p_i_u) sum_n_15)) $x257)))
 (let (($x887 (and (not $x4014) $x257)))
 (let (($x3556 (or $x7464 $x7464 (and (and $x3802 (= 0.0 (+ (* ?x8128 p_i_t) sum_n_14))) $x4511))))
 (let (($x7278 (and (not $x3556) $x5661)))
 (let (($x5865 (and (= 0.0 (+ (* ?x4930 p_i_t) sum_n_14)) $x257)))
 (let (($x8429 (and (not $x5865) $x257)))
 (and (not (or $x8429 $x5865)) (not (or $x7278 $x3556)) (not (or $x887 $x4014)) (not (or $x1714 $x4551)))))))))))))))))))))))
(assert
 (let (($x820 (< 0.0 b_i)))
(let ((?x4930 (ite $x820 abs_pow1_2_1 0.0)))
(let ((?x4516 (+ ?x4930 sum_n_17)))
(let ((?x8433 (+ (* ?x4930 p_i_u) sum_n_15)))
(let ((?x8199 (/ ?x8433 ?x4516)))
(let ((?x4571 (- p_i_u ?x8199)))
(let ((?x7588 (+ (* ?x4930 p_i_t) sum_n_14)))
(let ((?x5318 (/ ?x7588 ?x4516)))
(let (($x4669 (< 0.0 x_raised)))
(let ((?x8128 (ite $x4669 abs_pow1_2_3 0.0)))
(let ((?x80 (+ ?x8128 sum_n_17)))
(let ((?x8412 (+ (* ?x8128 p_i_t) sum_n_14)))
(let ((?x8176 (/ ?x8412 ?x80)))
(let ((?x3686 (- ?x8176 ?x5318)))
(let ((?x3386 (* ?x3686 ?x4571)))
(let ((?x1459 (- p_i_t ?x5318)))
(let ((?x6260 (+ (* ?x8128 p_i_u) sum_n_15)))
(let ((?x1201 (/ ?x6260 ?x80)))
(let ((?x7325 (- ?x1201 ?x8199)))
(let ((?x7020 (* ?x7325 ?x1459)))
(or (< ?x3386 ?x7020) (< ?x7020 ?x3386)))))))))))))))))))))))
(check-sat)
