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
 (let (($x6329 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x4478 (< 0.0 b_i)))
 (=> $x4478 $x6329))))
(assert
 (let (($x462 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x4071 (< 0.0 b_J)))
 (=> $x4071 $x462))))
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
 (let (($x4601 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x7801 (< 0.0 x_raised)))
 (=> $x7801 $x4601))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x7801 (< 0.0 x_raised)))
 (let ((?x7220 (ite $x7801 abs_pow1_2_3 0.0)))
 (let ((?x1326 (+ ?x7220 sum_n_17)))
 (let (($x7247 (> 0.0 x_raised)))
 (let (($x8177 (not $x7247)))
 (let (($x335 (and $x8177 (= 0.0 ?x1326))))
 (let (($x1758 (or $x7247 $x7247 (and (and $x8177 (= 0.0 (+ (* ?x7220 p_i_u) sum_n_15))) $x335))))
 (let (($x6873 (and $x8177 $x335)))
 (let (($x5888 (and (not $x1758) $x6873)))
 (let (($x4478 (< 0.0 b_i)))
 (let ((?x5372 (ite $x4478 abs_pow1_2_1 0.0)))
 (let ((?x6704 (+ ?x5372 sum_n_17)))
 (let (($x8489 (= 0.0 ?x6704)))
 (let (($x3845 (and (= 0.0 (+ (* ?x5372 p_i_u) sum_n_15)) $x8489)))
 (let (($x6370 (and (not $x3845) $x8489)))
 (let (($x4900 (or $x7247 $x7247 (and (and $x8177 (= 0.0 (+ (* ?x7220 p_i_t) sum_n_14))) $x335))))
 (let (($x2374 (and (not $x4900) $x6873)))
 (let (($x4300 (and (= 0.0 (+ (* ?x5372 p_i_t) sum_n_14)) $x8489)))
 (let (($x2297 (and (not $x4300) $x8489)))
 (and (not (or $x2297 $x4300)) (not (or $x2374 $x4900)) (not (or $x6370 $x3845)) (not (or $x5888 $x1758)))))))))))))))))))))))
(assert
 (let (($x4478 (< 0.0 b_i)))
(let ((?x5372 (ite $x4478 abs_pow1_2_1 0.0)))
(let ((?x6704 (+ ?x5372 sum_n_17)))
(let ((?x3618 (+ (* ?x5372 p_i_u) sum_n_15)))
(let ((?x5432 (/ ?x3618 ?x6704)))
(let (($x7801 (< 0.0 x_raised)))
(let ((?x7220 (ite $x7801 abs_pow1_2_3 0.0)))
(let ((?x1326 (+ ?x7220 sum_n_17)))
(let ((?x6015 (+ (* ?x7220 p_i_u) sum_n_15)))
(let ((?x2377 (/ ?x6015 ?x1326)))
(let ((?x699 (- ?x2377 ?x5432)))
(or (> 0.0 (* ?x699 (- p_i_u ?x5432))) (< (* (- p_i_u ?x5432) (- p_i_u ?x5432)) (* ?x699 ?x699)))))))))))))))
(check-sat)
