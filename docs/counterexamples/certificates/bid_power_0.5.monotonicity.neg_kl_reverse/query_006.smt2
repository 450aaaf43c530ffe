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
 (let (($x3429 (< 0.0 b_i)))
 (=> $x3429 $x998))))
(assert
 (let (($x2061 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x1839 (< 0.0 b_J)))
 (=> $x1839 $x2061))))
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
 (let (($x3429 (< 0.0 b_i)))
 (let ((?x2432 (ite $x3429 abs_pow1_2_1 0.0)))
 (let ((?x2591 (+ ?x2432 sum_n_17)))
 (let (($x2196 (= 0.0 ?x2591)))
 (let (($x2597 (and (= 0.0 (+ (* ?x2432 p_i_t) sum_n_14)) $x2196)))
 (let (($x483 (and (not $x2597) $x2196)))
 (not (or $x483 $x2597)))))))))
(assert
 (let (($x3429 (< 0.0 b_i)))
 (let ((?x2432 (ite $x3429 abs_pow1_2_1 0.0)))
 (let ((?x2591 (+ ?x2432 sum_n_17)))
 (let (($x2196 (= 0.0 ?x2591)))
 (let (($x2597 (and (= 0.0 (+ (* ?x2432 p_i_t) sum_n_14)) $x2196)))
 (let (($x483 (and (not $x2597) $x2196)))
 (let (($x2344 (not (or $x483 $x2597))))
 (let (($x3638 (> 0.0 b_J)))
 (let (($x1454 (not $x3638)))
 (let (($x2394 (> 0.0 b_i)))
 (let (($x102 (not $x2394)))
 (let (($x1848 (not (and $x102 $x1454 $x2344))))
 (not $x1848))))))))))))))
(assert
 (let (($x3429 (< 0.0 b_i)))
 (let ((?x2432 (ite $x3429 abs_pow1_2_1 0.0)))
 (let ((?x2591 (+ ?x2432 sum_n_17)))
 (let ((?x2832 (* ?x2432 p_i_t)))
 (let ((?x1700 (+ ?x2832 sum_n_14)))
 (let ((?x924 (/ ?x1700 ?x2591)))
 (let (($x2362 (< ?x924 0.0)))
 (not $x2362)))))))))
(assert
 (let (($x3429 (< 0.0 b_i)))
(let ((?x2432 (ite $x3429 abs_pow1_2_1 0.0)))
(let ((?x2591 (+ ?x2432 sum_n_17)))
(let ((?x1570 (* ?x2432 1.0)))
(let ((?x299 (+ ?x1570 sum_n_17)))
(let ((?x3386 (/ ?x299 ?x2591)))
(let (($x2196 (= 0.0 ?x2591)))
(let (($x1831 (and (= 0.0 ?x299) $x2196)))
(let (($x146 (and (not $x1831) $x2196)))
(or (not (not (or $x146 $x1831))) (and (distinct ?x3386 1.0) true))))))))))))
(check-sat)
