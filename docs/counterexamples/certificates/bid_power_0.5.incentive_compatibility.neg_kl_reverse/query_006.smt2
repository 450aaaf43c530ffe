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
 (let (($x998 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1417 (< 0.0 b_i)))
 (=> $x1417 $x998))))
(assert
 (let (($x1437 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x261 (< 0.0 b_J)))
 (=> $x261 $x1437))))
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
 (let (($x1417 (< 0.0 b_i)))
 (let ((?x2465 (ite $x1417 abs_pow1_2_1 0.0)))
 (let ((?x1892 (+ ?x2465 sum_n_17)))
 (let (($x637 (= 0.0 ?x1892)))
 (let (($x2352 (and (= 0.0 (+ (* ?x2465 p_i_t) sum_n_14)) $x637)))
 (let (($x2723 (and (not $x2352) $x637)))
 (not (or $x2723 $x2352)))))))))
(assert
 (let (($x1417 (< 0.0 b_i)))
 (let ((?x2465 (ite $x1417 abs_pow1_2_1 0.0)))
 (let ((?x1892 (+ ?x2465 sum_n_17)))
 (let (($x637 (= 0.0 ?x1892)))
 (let (($x2352 (and (= 0.0 (+ (* ?x2465 p_i_t) sum_n_14)) $x637)))
 (let (($x2723 (and (not $x2352) $x637)))
 (let (($x1377 (not (or $x2723 $x2352))))
 (let (($x1160 (> 0.0 b_J)))
 (let (($x2414 (not $x1160)))
 (let (($x387 (> 0.0 b_i)))
 (let (($x269 (not $x387)))
 (let (($x2660 (not (and $x269 $x2414 $x1377))))
 (not $x2660))))))))))))))
(assert
 (let (($x1417 (< 0.0 b_i)))
 (let ((?x2465 (ite $x1417 abs_pow1_2_1 0.0)))
 (let ((?x1892 (+ ?x2465 sum_n_17)))
 (let ((?x3341 (* ?x2465 p_i_t)))
 (let ((?x1384 (+ ?x3341 sum_n_14)))
 (let ((?x874 (/ ?x1384 ?x1892)))
 (let (($x2300 (< ?x874 0.0)))
 (not $x2300)))))))))
(assert
 (let (($x1417 (< 0.0 b_i)))
(let ((?x2465 (ite $x1417 abs_pow1_2_1 0.0)))
(let ((?x1892 (+ ?x2465 sum_n_17)))
(let ((?x291 (* ?x2465 1.0)))
(let ((?x2039 (+ ?x291 sum_n_17)))
(let ((?x2709 (/ ?x2039 ?x1892)))
(let (($x637 (= 0.0 ?x1892)))
(let (($x202 (and (= 0.0 ?x2039) $x637)))
(let (($x309 (and (not $x202) $x637)))
(or (not (not (or $x309 $x202))) (and (distinct ?x2709 1.0) true))))))))))))
(check-sat)
