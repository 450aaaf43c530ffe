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
 (let (($x2075 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1955 (< 0.0 b_i)))
 (=> $x1955 $x2075))))
(assert
 (let (($x387 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x1468 (< 0.0 b_J)))
 (=> $x1468 $x387))))
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
 (let (($x1955 (< 0.0 b_i)))
 (let ((?x2906 (ite $x1955 abs_pow1_2_1 0.0)))
 (let ((?x2753 (+ ?x2906 sum_n_17)))
 (let (($x605 (= 0.0 ?x2753)))
 (let (($x326 (and (= 0.0 (+ (* ?x2906 p_i_t) sum_n_14)) $x605)))
 (let (($x1326 (and (not $x326) $x605)))
 (not (or $x1326 $x326)))))))))
(assert
 (let (($x1955 (< 0.0 b_i)))
 (let ((?x2906 (ite $x1955 abs_pow1_2_1 0.0)))
 (let ((?x2753 (+ ?x2906 sum_n_17)))
 (let (($x605 (= 0.0 ?x2753)))
 (let (($x326 (and (= 0.0 (+ (* ?x2906 p_i_t) sum_n_14)) $x605)))
 (let (($x1326 (and (not $x326) $x605)))
 (let (($x349 (not (or $x1326 $x326))))
 (let (($x2465 (> 0.0 b_J)))
 (let (($x2263 (not $x2465)))
 (let (($x345 (> 0.0 b_i)))
 (let (($x2517 (not $x345)))
 (let (($x3488 (not (and $x2517 $x2263 $x349))))
 (not $x3488))))))))))))))
(assert
 (let (($x1955 (< 0.0 b_i)))
 (let ((?x2906 (ite $x1955 abs_pow1_2_1 0.0)))
 (let ((?x2753 (+ ?x2906 sum_n_17)))
 (let ((?x400 (* ?x2906 p_i_t)))
 (let ((?x3156 (+ ?x400 sum_n_14)))
 (let ((?x874 (/ ?x3156 ?x2753)))
 (let (($x2039 (< ?x874 0.0)))
 (not $x2039)))))))))
(assert
 (let (($x1955 (< 0.0 b_i)))
(let ((?x2906 (ite $x1955 abs_pow1_2_1 0.0)))
(let ((?x2753 (+ ?x2906 sum_n_17)))
(let ((?x1282 (* ?x2906 1.0)))
(let ((?x2082 (+ ?x1282 sum_n_17)))
(let ((?x828 (/ ?x2082 ?x2753)))
(let (($x605 (= 0.0 ?x2753)))
(let (($x1314 (and (= 0.0 ?x2082) $x605)))
(let (($x258 (and (not $x1314) $x605)))
(or (not (not (or $x258 $x1314))) (and (distinct ?x828 1.0) true))))))))))))
(check-sat)
