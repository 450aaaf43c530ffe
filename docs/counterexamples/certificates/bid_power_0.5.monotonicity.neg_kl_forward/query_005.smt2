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
 (let (($x103 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x578 (< 0.0 b_i)))
 (=> $x578 $x103))))
(assert
 (let (($x357 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x746 (< 0.0 b_J)))
 (=> $x746 $x357))))
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
 (let (($x578 (< 0.0 b_i)))
 (let ((?x411 (ite $x578 abs_pow1_2_1 0.0)))
 (let ((?x441 (+ ?x411 sum_n_17)))
 (let (($x195 (= 0.0 ?x441)))
 (let (($x121 (and (= 0.0 (+ (* ?x411 p_i_t) sum_n_14)) $x195)))
 (let (($x820 (and (not $x121) $x195)))
 (not (or $x820 $x121)))))))))
(assert
 (let (($x578 (< 0.0 b_i)))
 (let ((?x411 (ite $x578 abs_pow1_2_1 0.0)))
 (let ((?x441 (+ ?x411 sum_n_17)))
 (let (($x195 (= 0.0 ?x441)))
 (let (($x121 (and (= 0.0 (+ (* ?x411 p_i_t) sum_n_14)) $x195)))
 (let (($x820 (and (not $x121) $x195)))
 (let (($x653 (not (or $x820 $x121))))
 (let (($x416 (> 0.0 b_J)))
 (let (($x492 (not $x416)))
 (let (($x272 (> 0.0 b_i)))
 (let (($x317 (not $x272)))
 (let (($x174 (not (and $x317 $x492 $x653))))
 (not $x174))))))))))))))
(assert
 (let (($x578 (< 0.0 b_i)))
(let ((?x411 (ite $x578 abs_pow1_2_1 0.0)))
(let ((?x441 (+ ?x411 sum_n_17)))
(let ((?x462 (* ?x411 p_i_t)))
(let ((?x277 (+ ?x462 sum_n_14)))
(let ((?x618 (/ ?x277 ?x441)))
(< ?x618 0.0))))))))
(check-sat)
