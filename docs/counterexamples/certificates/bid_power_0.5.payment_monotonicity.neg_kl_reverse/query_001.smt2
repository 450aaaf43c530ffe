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
 (let (($x2680 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1292 (< 0.0 b_i)))
 (=> $x1292 $x2680))))
(assert
 (let (($x6009 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2602 (< 0.0 b_J)))
 (=> $x2602 $x6009))))
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
 (let (($x3845 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x6114 (< 0.0 x_raised)))
 (=> $x6114 $x3845))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x6114 (< 0.0 x_raised)))
 (let ((?x297 (ite $x6114 abs_pow1_2_3 0.0)))
 (let ((?x3675 (+ ?x297 sum_n_17)))
 (let (($x699 (> 0.0 x_raised)))
 (let (($x6850 (not $x699)))
 (let (($x8335 (and $x6850 (= 0.0 ?x3675))))
 (let (($x5222 (or $x699 $x699 (and (and $x6850 (= 0.0 (+ (* ?x297 p_i_t) sum_n_14))) $x8335))))
 (let (($x194 (and $x6850 $x8335)))
 (let (($x6015 (and (not $x5222) $x194)))
 (let (($x1292 (< 0.0 b_i)))
 (let ((?x7684 (ite $x1292 abs_pow1_2_1 0.0)))
 (let ((?x6045 (+ ?x7684 sum_n_17)))
 (let (($x612 (= 0.0 ?x6045)))
 (let (($x4594 (and (= 0.0 (+ (* ?x7684 p_i_t) sum_n_14)) $x612)))
 (let (($x1844 (and (not $x4594) $x612)))
 (and (not (or $x1844 $x4594)) (not (or $x6015 $x5222)))))))))))))))))))
(assert
 (let (($x6114 (< 0.0 x_raised)))
(let ((?x297 (ite $x6114 abs_pow1_2_3 0.0)))
(let ((?x3675 (+ ?x297 sum_n_17)))
(let ((?x2504 (+ (* ?x297 p_i_t) sum_n_14)))
(let ((?x6799 (/ ?x2504 ?x3675)))
(let (($x1292 (< 0.0 b_i)))
(let ((?x7684 (ite $x1292 abs_pow1_2_1 0.0)))
(let ((?x6045 (+ ?x7684 sum_n_17)))
(let ((?x989 (+ (* ?x7684 p_i_t) sum_n_14)))
(let ((?x4917 (/ ?x989 ?x6045)))
(or (and (< ?x6799 ?x4917) (< ?x6799 p_i_t)) (and (< ?x4917 ?x6799) (< p_i_t ?x6799))))))))))))))
(check-sat)
