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
 (let (($x44 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x38 (< 0.0 b_i)))
 (=> $x38 $x44))))
(assert
 (let (($x52 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (=> (< 0.0 b_J) $x52)))
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
 (let (($x38 (< 0.0 b_i)))
 (let ((?x64 (ite $x38 abs_pow1_2_1 0.0)))
 (let ((?x68 (+ ?x64 sum_n_17)))
 (let (($x69 (= 0.0 ?x68)))
 (let (($x70 (and (= 0.0 (+ (* ?x64 p_i_t) sum_n_14)) $x69)))
 (not (or (and (not $x70) $x69) $x70))))))))
(assert
 (let (($x38 (< 0.0 b_i)))
 (let ((?x64 (ite $x38 abs_pow1_2_1 0.0)))
 (let ((?x68 (+ ?x64 sum_n_17)))
 (let (($x69 (= 0.0 ?x68)))
 (let (($x70 (and (= 0.0 (+ (* ?x64 p_i_t) sum_n_14)) $x69)))
 (let (($x74 (not (or (and (not $x70) $x69) $x70))))
 (not (not (and (not (> 0.0 b_i)) (not (> 0.0 b_J)) $x74))))))))))
(assert
 (let (($x38 (< 0.0 b_i)))
 (let ((?x64 (ite $x38 abs_pow1_2_1 0.0)))
 (let ((?x68 (+ ?x64 sum_n_17)))
 (let ((?x66 (+ (* ?x64 p_i_t) sum_n_14)))
 (not (< (/ ?x66 ?x68) 0.0)))))))
(assert
 (let (($x38 (< 0.0 b_i)))
(let ((?x64 (ite $x38 abs_pow1_2_1 0.0)))
(let ((?x68 (+ ?x64 sum_n_17)))
(let ((?x86 (+ (* ?x64 1.0) sum_n_17)))
(let (($x69 (= 0.0 ?x68)))
(let (($x88 (and (= 0.0 ?x86) $x69)))
(or (not (not (or (and (not $x88) $x69) $x88))) (and (distinct (/ ?x86 ?x68) 1.0) true)))))))))
(check-sat)
