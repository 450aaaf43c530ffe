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
 (let (($x727 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x728 (< 0.0 b_i)))
 (=> $x728 $x727))))
(assert
 (let (($x133 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x274 (< 0.0 b_J)))
 (=> $x274 $x133))))
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
 (let (($x728 (< 0.0 b_i)))
 (let ((?x132 (ite $x728 abs_pow1_2_1 0.0)))
 (let ((?x173 (+ ?x132 sum_n_17)))
 (let (($x258 (= 0.0 ?x173)))
 (let (($x787 (and (= 0.0 (+ (* ?x132 p_i_t) sum_n_14)) $x258)))
 (let (($x249 (and (not $x787) $x258)))
 (not (or $x249 $x787)))))))))
(assert
 (let (($x728 (< 0.0 b_i)))
 (let ((?x132 (ite $x728 abs_pow1_2_1 0.0)))
 (let ((?x173 (+ ?x132 sum_n_17)))
 (let (($x258 (= 0.0 ?x173)))
 (let (($x787 (and (= 0.0 (+ (* ?x132 p_i_t) sum_n_14)) $x258)))
 (let (($x249 (and (not $x787) $x258)))
 (let (($x540 (not (or $x249 $x787))))
 (let (($x102 (> 0.0 b_J)))
 (let (($x429 (not $x102)))
 (let (($x272 (> 0.0 b_i)))
 (let (($x268 (not $x272)))
 (let (($x411 (not (and $x268 $x429 $x540))))
 (not $x411))))))))))))))
(assert
 (let (($x728 (< 0.0 b_i)))
(let ((?x132 (ite $x728 abs_pow1_2_1 0.0)))
(let ((?x173 (+ ?x132 sum_n_17)))
(let ((?x162 (* ?x132 p_i_t)))
(let ((?x810 (+ ?x162 sum_n_14)))
(let ((?x432 (/ ?x810 ?x173)))
(< ?x432 0.0))))))))
(check-sat)
