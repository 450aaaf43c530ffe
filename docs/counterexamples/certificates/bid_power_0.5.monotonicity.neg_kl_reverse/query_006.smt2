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
 (let (($x343 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x57 (< 0.0 b_i)))
 (=> $x57 $x343))))
(assert
 (let (($x226 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x651 (< 0.0 b_J)))
 (=> $x651 $x226))))
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
 (let (($x57 (< 0.0 b_i)))
 (let ((?x45 (ite $x57 abs_pow1_2_1 0.0)))
 (let ((?x587 (+ ?x45 sum_n_17)))
 (let (($x69 (= 0.0 ?x587)))
 (let (($x168 (and (= 0.0 (+ (* ?x45 p_i_t) sum_n_14)) $x69)))
 (let (($x229 (and (not $x168) $x69)))
 (not (or $x229 $x168)))))))))
(assert
 (let (($x57 (< 0.0 b_i)))
 (let ((?x45 (ite $x57 abs_pow1_2_1 0.0)))
 (let ((?x587 (+ ?x45 sum_n_17)))
 (let (($x69 (= 0.0 ?x587)))
 (let (($x168 (and (= 0.0 (+ (* ?x45 p_i_t) sum_n_14)) $x69)))
 (let (($x229 (and (not $x168) $x69)))
 (let (($x353 (not (or $x229 $x168))))
 (let (($x369 (> 0.0 b_J)))
 (let (($x37 (not $x369)))
 (let (($x187 (> 0.0 b_i)))
 (let (($x387 (not $x187)))
 (let (($x631 (not (and $x387 $x37 $x353))))
 (not $x631))))))))))))))
(assert
 (let (($x57 (< 0.0 b_i)))
 (let ((?x45 (ite $x57 abs_pow1_2_1 0.0)))
 (let ((?x587 (+ ?x45 sum_n_17)))
 (let ((?x739 (* ?x45 p_i_t)))
 (let ((?x757 (+ ?x739 sum_n_14)))
 (let ((?x345 (/ ?x757 ?x587)))
 (let (($x380 (< ?x345 0.0)))
 (not $x380)))))))))
(assert
 (let (($x57 (< 0.0 b_i)))
(let ((?x45 (ite $x57 abs_pow1_2_1 0.0)))
(let ((?x587 (+ ?x45 sum_n_17)))
(let ((?x289 (* ?x45 1.0)))
(let ((?x528 (+ ?x289 sum_n_17)))
(let ((?x420 (/ ?x528 ?x587)))
(let (($x69 (= 0.0 ?x587)))
(let (($x686 (and (= 0.0 ?x528) $x69)))
(let (($x207 (and (not $x686) $x69)))
(or (not (not (or $x207 $x686))) (and (distinct ?x420 1.0) true))))))))))))
(check-sat)
