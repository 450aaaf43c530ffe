; bid_power_0.5, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
 (let (($x1377 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x3473 (< 0.0 b_i)))
 (=> $x3473 $x1377))))
(assert
 (let (($x1419 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x715 (< 0.0 b_J)))
 (=> $x715 $x1419))))
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
 (let (($x3473 (< 0.0 b_i)))
 (let ((?x2352 (ite $x3473 abs_pow1_2_1 0.0)))
 (let ((?x27 (+ ?x2352 sum_n_17)))
 (let (($x1456 (= 0.0 ?x27)))
 (let (($x850 (and (= 0.0 (+ (* ?x2352 p_i_t) sum_n_14)) $x1456)))
 (let (($x2082 (and (not $x850) $x1456)))
 (not (or $x2082 $x850)))))))))
(assert
 (let (($x3473 (< 0.0 b_i)))
(let ((?x2352 (ite $x3473 abs_pow1_2_1 0.0)))
(let ((?x27 (+ ?x2352 sum_n_17)))
(let (($x1456 (= 0.0 ?x27)))
(let (($x850 (and (= 0.0 (+ (* ?x2352 p_i_t) sum_n_14)) $x1456)))
(let (($x2082 (and (not $x850) $x1456)))
(let (($x1314 (not (or $x2082 $x850))))
(let (($x1984 (> 0.0 b_J)))
(let (($x2613 (not $x1984)))
(let (($x1700 (> 0.0 b_i)))
(let (($x269 (not $x1700)))
(not (and $x269 $x2613 $x1314))))))))))))))
(check-sat)
