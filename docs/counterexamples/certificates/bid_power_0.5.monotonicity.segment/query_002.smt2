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
 (let (($x525 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x624 (< 0.0 b_i)))
 (=> $x624 $x525))))
(assert
 (let (($x484 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x727 (< 0.0 b_J)))
 (=> $x727 $x484))))
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
 (let (($x587 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x473 (< 0.0 x_raised)))
 (=> $x473 $x587))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x473 (< 0.0 x_raised)))
 (let ((?x783 (ite $x473 abs_pow1_2_3 0.0)))
 (let ((?x280 (+ ?x783 sum_n_17)))
 (let (($x739 (> 0.0 x_raised)))
 (let (($x665 (not $x739)))
 (let (($x118 (and $x665 (= 0.0 ?x280))))
 (let (($x249 (or $x739 $x739 (and (and $x665 (= 0.0 (+ (* ?x783 p_i_u) sum_n_15))) $x118))))
 (let (($x307 (and $x665 $x118)))
 (let (($x745 (and (not $x249) $x307)))
 (let (($x624 (< 0.0 b_i)))
 (let ((?x369 (ite $x624 abs_pow1_2_1 0.0)))
 (let ((?x105 (+ ?x369 sum_n_17)))
 (let (($x527 (= 0.0 ?x105)))
 (let (($x495 (and (= 0.0 (+ (* ?x369 p_i_u) sum_n_15)) $x527)))
 (let (($x345 (and (not $x495) $x527)))
 (let (($x442 (or $x739 $x739 (and (and $x665 (= 0.0 (+ (* ?x783 p_i_t) sum_n_14))) $x118))))
 (let (($x273 (and (not $x442) $x307)))
 (let (($x465 (and (= 0.0 (+ (* ?x369 p_i_t) sum_n_14)) $x527)))
 (let (($x397 (and (not $x465) $x527)))
 (and (not (or $x397 $x465)) (not (or $x273 $x442)) (not (or $x345 $x495)) (not (or $x745 $x249)))))))))))))))))))))))
(assert
 (let (($x624 (< 0.0 b_i)))
(let ((?x369 (ite $x624 abs_pow1_2_1 0.0)))
(let ((?x105 (+ ?x369 sum_n_17)))
(let ((?x290 (+ (* ?x369 p_i_u) sum_n_15)))
(let ((?x803 (/ ?x290 ?x105)))
(let (($x473 (< 0.0 x_raised)))
(let ((?x783 (ite $x473 abs_pow1_2_3 0.0)))
(let ((?x280 (+ ?x783 sum_n_17)))
(let ((?x651 (+ (* ?x783 p_i_u) sum_n_15)))
(let ((?x187 (/ ?x651 ?x280)))
(let ((?x141 (- ?x187 ?x803)))
(or (> 0.0 (* ?x141 (- p_i_u ?x803))) (< (* (- p_i_u ?x803) (- p_i_u ?x803)) (* ?x141 ?x141)))))))))))))))
(check-sat)
