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
 (let (($x1105 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x3178 (< 0.0 b_i)))
 (=> $x3178 $x1105))))
(assert
 (let (($x1622 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x3190 (< 0.0 b_J)))
 (=> $x3190 $x1622))))
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
 (let (($x3178 (< 0.0 b_i)))
 (let ((?x2709 (ite $x3178 abs_pow1_2_1 0.0)))
 (let ((?x3568 (+ ?x2709 sum_n_17)))
 (let (($x2526 (= 0.0 ?x3568)))
 (let (($x1704 (and (= 0.0 (+ (* ?x2709 p_i_t) sum_n_14)) $x2526)))
 (let (($x120 (and (not $x1704) $x2526)))
 (not (or $x120 $x1704)))))))))
(assert
 (let (($x3178 (< 0.0 b_i)))
 (let ((?x2709 (ite $x3178 abs_pow1_2_1 0.0)))
 (let ((?x3568 (+ ?x2709 sum_n_17)))
 (let (($x2526 (= 0.0 ?x3568)))
 (let (($x1704 (and (= 0.0 (+ (* ?x2709 p_i_t) sum_n_14)) $x2526)))
 (let (($x120 (and (not $x1704) $x2526)))
 (let (($x3166 (not (or $x120 $x1704))))
 (let (($x2594 (> 0.0 b_J)))
 (let (($x3193 (not $x2594)))
 (let (($x3244 (> 0.0 b_i)))
 (let (($x1280 (not $x3244)))
 (let (($x2309 (not (and $x1280 $x3193 $x3166))))
 (not $x2309))))))))))))))
(assert
 (let (($x3178 (< 0.0 b_i)))
(let ((?x2709 (ite $x3178 abs_pow1_2_1 0.0)))
(let ((?x3568 (+ ?x2709 sum_n_17)))
(let ((?x1798 (* ?x2709 p_i_t)))
(let ((?x2158 (+ ?x1798 sum_n_14)))
(let ((?x231 (/ ?x2158 ?x3568)))
(< ?x231 0.0))))))))
(check-sat)
