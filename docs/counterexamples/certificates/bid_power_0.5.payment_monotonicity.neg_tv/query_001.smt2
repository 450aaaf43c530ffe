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
 (let (($x510 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1920 (< 0.0 b_i)))
 (=> $x1920 $x510))))
(assert
 (let (($x2268 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2362 (< 0.0 b_J)))
 (=> $x2362 $x2268))))
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
 (let (($x3568 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x2793 (< 0.0 x_raised)))
 (=> $x2793 $x3568))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x2793 (< 0.0 x_raised)))
 (let ((?x2594 (ite $x2793 abs_pow1_2_3 0.0)))
 (let ((?x835 (+ ?x2594 sum_n_17)))
 (let (($x1477 (> 0.0 x_raised)))
 (let (($x219 (not $x1477)))
 (let (($x2324 (and $x219 (= 0.0 ?x835))))
 (let (($x3191 (or $x1477 $x1477 (and (and $x219 (= 0.0 (+ (* ?x2594 p_i_t) sum_n_14))) $x2324))))
 (let (($x433 (and $x219 $x2324)))
 (let (($x3225 (and (not $x3191) $x433)))
 (let (($x1920 (< 0.0 b_i)))
 (let ((?x23 (ite $x1920 abs_pow1_2_1 0.0)))
 (let ((?x3038 (+ ?x23 sum_n_17)))
 (let (($x922 (= 0.0 ?x3038)))
 (let (($x1776 (and (= 0.0 (+ (* ?x23 p_i_t) sum_n_14)) $x922)))
 (let (($x885 (and (not $x1776) $x922)))
 (and (not (or $x885 $x1776)) (not (or $x3225 $x3191)))))))))))))))))))
(assert
 (let (($x2793 (< 0.0 x_raised)))
(let ((?x2594 (ite $x2793 abs_pow1_2_3 0.0)))
(let ((?x835 (+ ?x2594 sum_n_17)))
(let ((?x528 (+ (* ?x2594 p_i_t) sum_n_14)))
(let ((?x330 (/ ?x528 ?x835)))
(let (($x1920 (< 0.0 b_i)))
(let ((?x23 (ite $x1920 abs_pow1_2_1 0.0)))
(let ((?x3038 (+ ?x23 sum_n_17)))
(let ((?x1831 (+ (* ?x23 p_i_t) sum_n_14)))
(let ((?x723 (/ ?x1831 ?x3038)))
(or (and (< ?x330 ?x723) (< ?x330 p_i_t)) (and (< ?x723 ?x330) (< p_i_t ?x330))))))))))))))
(check-sat)
