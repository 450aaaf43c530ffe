; bid_power_0.5, every n and k: q(t) >= 0 wherever q(t) is finite
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
 (let (($x492 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x736 (< 0.0 b_i)))
 (=> $x736 $x492))))
(assert
 (let (($x49 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x52 (< 0.0 b_J)))
 (=> $x52 $x49))))
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
 (let (($x736 (< 0.0 b_i)))
 (let ((?x772 (ite $x736 abs_pow1_2_1 0.0)))
 (let ((?x81 (+ ?x772 sum_n_17)))
 (let (($x679 (= 0.0 ?x81)))
 (let (($x208 (and (= 0.0 (+ (* ?x772 p_i_t) sum_n_14)) $x679)))
 (let (($x810 (and (not $x208) $x679)))
 (not (or $x810 $x208)))))))))
(assert
 (let (($x736 (< 0.0 b_i)))
 (let ((?x772 (ite $x736 abs_pow1_2_1 0.0)))
 (let ((?x81 (+ ?x772 sum_n_17)))
 (let (($x679 (= 0.0 ?x81)))
 (let (($x208 (and (= 0.0 (+ (* ?x772 p_i_t) sum_n_14)) $x679)))
 (let (($x810 (and (not $x208) $x679)))
 (let (($x180 (not (or $x810 $x208))))
 (let (($x787 (> 0.0 b_J)))
 (let (($x694 (not $x787)))
 (let (($x716 (> 0.0 b_i)))
 (let (($x625 (not $x716)))
 (let (($x735 (not (and $x625 $x694 $x180))))
 (not $x735))))))))))))))
(assert
 (let (($x736 (< 0.0 b_i)))
(let ((?x772 (ite $x736 abs_pow1_2_1 0.0)))
(let ((?x81 (+ ?x772 sum_n_17)))
(let ((?x503 (* ?x772 p_i_t)))
(let ((?x731 (+ ?x503 sum_n_14)))
(let ((?x113 (/ ?x731 ?x81)))
(< ?x113 0.0))))))))
(check-sat)
