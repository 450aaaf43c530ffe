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
 (let (($x340 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x665 (< 0.0 b_i)))
 (=> $x665 $x340))))
(assert
 (let (($x391 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x787 (< 0.0 b_J)))
 (=> $x787 $x391))))
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
 (let (($x665 (< 0.0 b_i)))
 (let ((?x258 (ite $x665 abs_pow1_2_1 0.0)))
 (let ((?x586 (+ ?x258 sum_n_17)))
 (let (($x667 (= 0.0 ?x586)))
 (let (($x280 (and (= 0.0 (+ (* ?x258 p_i_t) sum_n_14)) $x667)))
 (let (($x230 (and (not $x280) $x667)))
 (not (or $x230 $x280)))))))))
(assert
 (let (($x665 (< 0.0 b_i)))
 (let ((?x258 (ite $x665 abs_pow1_2_1 0.0)))
 (let ((?x586 (+ ?x258 sum_n_17)))
 (let (($x667 (= 0.0 ?x586)))
 (let (($x280 (and (= 0.0 (+ (* ?x258 p_i_t) sum_n_14)) $x667)))
 (let (($x230 (and (not $x280) $x667)))
 (let (($x776 (not (or $x230 $x280))))
 (let (($x274 (> 0.0 b_J)))
 (let (($x159 (not $x274)))
 (let (($x481 (> 0.0 b_i)))
 (let (($x578 (not $x481)))
 (let (($x260 (not (and $x578 $x159 $x776))))
 (not $x260))))))))))))))
(assert
 (let (($x665 (< 0.0 b_i)))
 (let ((?x258 (ite $x665 abs_pow1_2_1 0.0)))
 (let ((?x586 (+ ?x258 sum_n_17)))
 (let ((?x673 (* ?x258 p_i_t)))
 (let ((?x416 (+ ?x673 sum_n_14)))
 (let ((?x435 (/ ?x416 ?x586)))
 (let (($x227 (< ?x435 0.0)))
 (not $x227)))))))))
(assert
 (let (($x665 (< 0.0 b_i)))
(let ((?x258 (ite $x665 abs_pow1_2_1 0.0)))
(let ((?x586 (+ ?x258 sum_n_17)))
(let ((?x374 (* ?x258 1.0)))
(let ((?x498 (+ ?x374 sum_n_17)))
(let ((?x35 (/ ?x498 ?x586)))
(let (($x667 (= 0.0 ?x586)))
(let (($x516 (and (= 0.0 ?x498) $x667)))
(let (($x117 (and (not $x516) $x667)))
(or (not (not (or $x117 $x516))) (and (distinct ?x35 1.0) true))))))))))))
(check-sat)
