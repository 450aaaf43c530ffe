; bid_power_0.5, every n and k: the outputs sum to 1 wherever q(t) is finite
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
 (let (($x21 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1798 (< 0.0 b_i)))
 (=> $x1798 $x21))))
(assert
 (let (($x1524 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2432 (< 0.0 b_J)))
 (=> $x2432 $x1524))))
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
 (let (($x1798 (< 0.0 b_i)))
 (let ((?x1889 (ite $x1798 abs_pow1_2_1 0.0)))
 (let ((?x3245 (+ ?x1889 sum_n_17)))
 (let (($x3193 (= 0.0 ?x3245)))
 (let (($x924 (and (= 0.0 (+ (* ?x1889 p_i_t) sum_n_14)) $x3193)))
 (let (($x451 (and (not $x924) $x3193)))
 (not (or $x451 $x924)))))))))
(assert
 (let (($x1798 (< 0.0 b_i)))
 (let ((?x1889 (ite $x1798 abs_pow1_2_1 0.0)))
 (let ((?x3245 (+ ?x1889 sum_n_17)))
 (let (($x3193 (= 0.0 ?x3245)))
 (let (($x924 (and (= 0.0 (+ (* ?x1889 p_i_t) sum_n_14)) $x3193)))
 (let (($x451 (and (not $x924) $x3193)))
 (let (($x3626 (not (or $x451 $x924))))
 (let (($x528 (> 0.0 b_J)))
 (let (($x1038 (not $x528)))
 (let (($x2362 (> 0.0 b_i)))
 (let (($x3577 (not $x2362)))
 (let (($x798 (not (and $x3577 $x1038 $x3626))))
 (not $x798))))))))))))))
(assert
 (let (($x1798 (< 0.0 b_i)))
 (let ((?x1889 (ite $x1798 abs_pow1_2_1 0.0)))
 (let ((?x3245 (+ ?x1889 sum_n_17)))
 (let ((?x2418 (* ?x1889 p_i_t)))
 (let ((?x2709 (+ ?x2418 sum_n_14)))
 (let ((?x3200 (/ ?x2709 ?x3245)))
 (let (($x1209 (< ?x3200 0.0)))
 (not $x1209)))))))))
(assert
 (let (($x1798 (< 0.0 b_i)))
(let ((?x1889 (ite $x1798 abs_pow1_2_1 0.0)))
(let ((?x3245 (+ ?x1889 sum_n_17)))
(let ((?x3037 (* ?x1889 1.0)))
(let ((?x1672 (+ ?x3037 sum_n_17)))
(let ((?x1013 (/ ?x1672 ?x3245)))
(let (($x3193 (= 0.0 ?x3245)))
(let (($x2344 (and (= 0.0 ?x1672) $x3193)))
(let (($x3291 (and (not $x2344) $x3193)))
(or (not (not (or $x3291 $x2344))) (and (distinct ?x1013 1.0) true))))))))))))
(check-sat)
