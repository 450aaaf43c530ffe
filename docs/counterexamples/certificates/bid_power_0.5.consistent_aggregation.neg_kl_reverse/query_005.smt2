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
 (let (($x7286 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1459 (< 0.0 b_i)))
 (=> $x1459 $x7286))))
(assert
 (let (($x6793 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x6260 (< 0.0 b_J)))
 (=> $x6260 $x6793))))
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
 (let (($x1459 (< 0.0 b_i)))
 (let ((?x7228 (ite $x1459 abs_pow1_2_1 0.0)))
 (let ((?x887 (+ ?x7228 sum_n_17)))
 (let (($x3924 (= 0.0 ?x887)))
 (let (($x3720 (and (= 0.0 (+ (* ?x7228 p_i_t) sum_n_14)) $x3924)))
 (let (($x2367 (and (not $x3720) $x3924)))
 (not (or $x2367 $x3720)))))))))
(assert
 (let (($x1459 (< 0.0 b_i)))
 (let ((?x7228 (ite $x1459 abs_pow1_2_1 0.0)))
 (let ((?x887 (+ ?x7228 sum_n_17)))
 (let (($x3924 (= 0.0 ?x887)))
 (let (($x3720 (and (= 0.0 (+ (* ?x7228 p_i_t) sum_n_14)) $x3924)))
 (let (($x2367 (and (not $x3720) $x3924)))
 (let (($x6045 (not (or $x2367 $x3720))))
 (let (($x4930 (> 0.0 b_J)))
 (let (($x5220 (not $x4930)))
 (let (($x1201 (> 0.0 b_i)))
 (let (($x4702 (not $x1201)))
 (let (($x4229 (not (and $x4702 $x5220 $x6045))))
 (not $x4229))))))))))))))
(assert
 (let (($x1459 (< 0.0 b_i)))
(let ((?x7228 (ite $x1459 abs_pow1_2_1 0.0)))
(let ((?x887 (+ ?x7228 sum_n_17)))
(let ((?x7464 (* ?x7228 p_i_t)))
(let ((?x5865 (+ ?x7464 sum_n_14)))
(let ((?x5614 (/ ?x5865 ?x887)))
(< ?x5614 0.0))))))))
(check-sat)
