; bid_power_0.5, every n and k: q(t) >= 0 wherever q(t) is finite
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
 (let (($x5041 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x844 (< 0.0 b_i)))
 (=> $x844 $x5041))))
(assert
 (let (($x2680 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2833 (< 0.0 b_J)))
 (=> $x2833 $x2680))))
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
 (let (($x844 (< 0.0 b_i)))
 (let ((?x1758 (ite $x844 abs_pow1_2_1 0.0)))
 (let ((?x187 (+ ?x1758 sum_n_17)))
 (let (($x6705 (= 0.0 ?x187)))
 (let (($x6688 (and (= 0.0 (+ (* ?x1758 p_i_t) sum_n_14)) $x6705)))
 (let (($x335 (and (not $x6688) $x6705)))
 (not (or $x335 $x6688)))))))))
(assert
 (let (($x844 (< 0.0 b_i)))
 (let ((?x1758 (ite $x844 abs_pow1_2_1 0.0)))
 (let ((?x187 (+ ?x1758 sum_n_17)))
 (let (($x6705 (= 0.0 ?x187)))
 (let (($x6688 (and (= 0.0 (+ (* ?x1758 p_i_t) sum_n_14)) $x6705)))
 (let (($x335 (and (not $x6688) $x6705)))
 (let (($x7684 (not (or $x335 $x6688))))
 (let (($x6758 (> 0.0 b_J)))
 (let (($x3184 (not $x6758)))
 (let (($x993 (> 0.0 b_i)))
 (let (($x5399 (not $x993)))
 (let (($x7968 (not (and $x5399 $x3184 $x7684))))
 (not $x7968))))))))))))))
(assert
 (let (($x844 (< 0.0 b_i)))
(let ((?x1758 (ite $x844 abs_pow1_2_1 0.0)))
(let ((?x187 (+ ?x1758 sum_n_17)))
(let ((?x7544 (* ?x1758 p_i_t)))
(let ((?x5085 (+ ?x7544 sum_n_14)))
(let ((?x4674 (/ ?x5085 ?x187)))
(< ?x4674 0.0))))))))
(check-sat)
