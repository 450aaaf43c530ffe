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
 (let (($x2352 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1236 (< 0.0 b_i)))
 (=> $x1236 $x2352))))
(assert
 (let (($x908 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2390 (< 0.0 b_J)))
 (=> $x2390 $x908))))
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
 (let (($x1236 (< 0.0 b_i)))
 (let ((?x1093 (ite $x1236 abs_pow1_2_1 0.0)))
 (let ((?x2222 (+ ?x1093 sum_n_17)))
 (let (($x28 (= 0.0 ?x2222)))
 (let (($x1224 (and (= 0.0 (+ (* ?x1093 p_i_t) sum_n_14)) $x28)))
 (let (($x3467 (and (not $x1224) $x28)))
 (not (or $x3467 $x1224)))))))))
(assert
 (let (($x1236 (< 0.0 b_i)))
 (let ((?x1093 (ite $x1236 abs_pow1_2_1 0.0)))
 (let ((?x2222 (+ ?x1093 sum_n_17)))
 (let (($x28 (= 0.0 ?x2222)))
 (let (($x1224 (and (= 0.0 (+ (* ?x1093 p_i_t) sum_n_14)) $x28)))
 (let (($x3467 (and (not $x1224) $x28)))
 (let (($x2507 (not (or $x3467 $x1224))))
 (let (($x3580 (> 0.0 b_J)))
 (let (($x1023 (not $x3580)))
 (let (($x1251 (> 0.0 b_i)))
 (let (($x3343 (not $x1251)))
 (let (($x2646 (not (and $x3343 $x1023 $x2507))))
 (not $x2646))))))))))))))
(assert
 (let (($x1236 (< 0.0 b_i)))
 (let ((?x1093 (ite $x1236 abs_pow1_2_1 0.0)))
 (let ((?x2222 (+ ?x1093 sum_n_17)))
 (let ((?x2796 (* ?x1093 p_i_t)))
 (let ((?x2517 (+ ?x2796 sum_n_14)))
 (let ((?x2039 (/ ?x2517 ?x2222)))
 (let (($x2744 (< ?x2039 0.0)))
 (not $x2744)))))))))
(assert
 (let (($x1236 (< 0.0 b_i)))
(let ((?x1093 (ite $x1236 abs_pow1_2_1 0.0)))
(let ((?x2222 (+ ?x1093 sum_n_17)))
(let ((?x1996 (* ?x1093 1.0)))
(let ((?x261 (+ ?x1996 sum_n_17)))
(let ((?x2649 (/ ?x261 ?x2222)))
(let (($x28 (= 0.0 ?x2222)))
(let (($x2500 (and (= 0.0 ?x261) $x28)))
(let (($x2551 (and (not $x2500) $x28)))
(or (not (not (or $x2551 $x2500))) (and (distinct ?x2649 1.0) true))))))))))))
(check-sat)
