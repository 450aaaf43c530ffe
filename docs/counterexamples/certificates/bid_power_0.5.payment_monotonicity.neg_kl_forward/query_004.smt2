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
 (let (($x146 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x803 (< 0.0 b_i)))
 (=> $x803 $x146))))
(assert
 (let (($x442 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x640 (< 0.0 b_J)))
 (=> $x640 $x442))))
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
 (let (($x803 (< 0.0 b_i)))
 (let ((?x78 (ite $x803 abs_pow1_2_1 0.0)))
 (let ((?x87 (+ ?x78 sum_n_17)))
 (let (($x305 (= 0.0 ?x87)))
 (let (($x631 (and (= 0.0 (+ (* ?x78 p_i_t) sum_n_14)) $x305)))
 (let (($x406 (and (not $x631) $x305)))
 (not (or $x406 $x631)))))))))
(assert
 (let (($x803 (< 0.0 b_i)))
 (let ((?x78 (ite $x803 abs_pow1_2_1 0.0)))
 (let ((?x87 (+ ?x78 sum_n_17)))
 (let (($x305 (= 0.0 ?x87)))
 (let (($x631 (and (= 0.0 (+ (* ?x78 p_i_t) sum_n_14)) $x305)))
 (let (($x406 (and (not $x631) $x305)))
 (let (($x473 (not (or $x406 $x631))))
 (let (($x651 (> 0.0 b_J)))
 (let (($x72 (not $x651)))
 (let (($x509 (> 0.0 b_i)))
 (let (($x636 (not $x509)))
 (let (($x37 (not (and $x636 $x72 $x473))))
 (not $x37))))))))))))))
(assert
 (let (($x803 (< 0.0 b_i)))
 (let ((?x78 (ite $x803 abs_pow1_2_1 0.0)))
 (let ((?x87 (+ ?x78 sum_n_17)))
 (let ((?x699 (* ?x78 p_i_t)))
 (let ((?x73 (+ ?x699 sum_n_14)))
 (let ((?x294 (/ ?x73 ?x87)))
 (let (($x568 (< ?x294 0.0)))
 (not $x568)))))))))
(assert
 (let (($x803 (< 0.0 b_i)))
(let ((?x78 (ite $x803 abs_pow1_2_1 0.0)))
(let ((?x87 (+ ?x78 sum_n_17)))
(let ((?x788 (* ?x78 1.0)))
(let ((?x58 (+ ?x788 sum_n_17)))
(let ((?x807 (/ ?x58 ?x87)))
(let (($x305 (= 0.0 ?x87)))
(let (($x380 (and (= 0.0 ?x58) $x305)))
(let (($x563 (and (not $x380) $x305)))
(or (not (not (or $x563 $x380))) (and (distinct ?x807 1.0) true))))))))))))
(check-sat)
