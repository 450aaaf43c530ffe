; bid_power_0.5, every n and k: no segment violation
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
(declare-fun x_raised () Real)
(declare-fun abs_pow1_2_3 () Real)
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
 (let (($x374 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x578 (< 0.0 b_i)))
 (=> $x578 $x374))))
(assert
 (let (($x621 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x274 (< 0.0 b_J)))
 (=> $x274 $x621))))
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
 (let (($x579 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x162 (< 0.0 x_raised)))
 (=> $x162 $x579))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x162 (< 0.0 x_raised)))
 (let ((?x471 (ite $x162 abs_pow1_2_3 0.0)))
 (let ((?x160 (+ ?x471 sum_n_17)))
 (let (($x125 (> 0.0 x_raised)))
 (let (($x137 (not $x125)))
 (let (($x764 (and $x137 (= 0.0 ?x160))))
 (let (($x592 (or $x125 $x125 (and (and $x137 (= 0.0 (+ (* ?x471 p_i_u) sum_n_15))) $x764))))
 (let (($x272 (and $x137 $x764)))
 (let (($x101 (and (not $x592) $x272)))
 (let (($x578 (< 0.0 b_i)))
 (let ((?x459 (ite $x578 abs_pow1_2_1 0.0)))
 (let ((?x136 (+ ?x459 sum_n_17)))
 (let (($x49 (= 0.0 ?x136)))
 (let (($x567 (and (= 0.0 (+ (* ?x459 p_i_u) sum_n_15)) $x49)))
 (let (($x359 (and (not $x567) $x49)))
 (let (($x357 (or $x125 $x125 (and (and $x137 (= 0.0 (+ (* ?x471 p_i_t) sum_n_14))) $x764))))
 (let (($x702 (and (not $x357) $x272)))
 (let (($x660 (and (= 0.0 (+ (* ?x459 p_i_t) sum_n_14)) $x49)))
 (let (($x772 (and (not $x660) $x49)))
 (and (not (or $x772 $x660)) (not (or $x702 $x357)) (not (or $x359 $x567)) (not (or $x101 $x592)))))))))))))))))))))))
(assert
 (let (($x578 (< 0.0 b_i)))
(let ((?x459 (ite $x578 abs_pow1_2_1 0.0)))
(let ((?x136 (+ ?x459 sum_n_17)))
(let ((?x794 (+ (* ?x459 p_i_t) sum_n_14)))
(let ((?x540 (/ ?x794 ?x136)))
(let (($x162 (< 0.0 x_raised)))
(let ((?x471 (ite $x162 abs_pow1_2_3 0.0)))
(let ((?x160 (+ ?x471 sum_n_17)))
(let ((?x787 (+ (* ?x471 p_i_t) sum_n_14)))
(let ((?x394 (/ ?x787 ?x160)))
(let ((?x260 (- ?x394 ?x540)))
(or (> 0.0 (* ?x260 (- p_i_t ?x540))) (< (* (- p_i_t ?x540) (- p_i_t ?x540)) (* ?x260 ?x260)))))))))))))))
(check-sat)
