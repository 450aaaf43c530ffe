; bid_power_0.5, every n and k: no coordinatewise violation
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
 (let (($x196 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x801 (< 0.0 b_i)))
 (=> $x801 $x196))))
(assert
 (let (($x667 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x125 (< 0.0 b_J)))
 (=> $x125 $x667))))
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
 (let (($x343 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x408 (< 0.0 x_raised)))
 (=> $x408 $x343))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x408 (< 0.0 x_raised)))
 (let ((?x527 (ite $x408 abs_pow1_2_3 0.0)))
 (let ((?x221 (+ ?x527 sum_n_17)))
 (let (($x11 (> 0.0 x_raised)))
 (let (($x703 (not $x11)))
 (let (($x136 (and $x703 (= 0.0 ?x221))))
 (let (($x59 (or $x11 $x11 (and (and $x703 (= 0.0 (+ (* ?x527 p_i_t) sum_n_14))) $x136))))
 (let (($x673 (and $x703 $x136)))
 (let (($x694 (and (not $x59) $x673)))
 (let (($x801 (< 0.0 b_i)))
 (let ((?x274 (ite $x801 abs_pow1_2_1 0.0)))
 (let ((?x166 (+ ?x274 sum_n_17)))
 (let (($x787 (= 0.0 ?x166)))
 (let (($x481 (and (= 0.0 (+ (* ?x274 p_i_t) sum_n_14)) $x787)))
 (let (($x665 (and (not $x481) $x787)))
 (and (not (or $x665 $x481)) (not (or $x694 $x59)))))))))))))))))))
(assert
 (let (($x408 (< 0.0 x_raised)))
(let ((?x527 (ite $x408 abs_pow1_2_3 0.0)))
(let ((?x221 (+ ?x527 sum_n_17)))
(let ((?x246 (+ (* ?x527 p_i_t) sum_n_14)))
(let ((?x581 (/ ?x246 ?x221)))
(let (($x801 (< 0.0 b_i)))
(let ((?x274 (ite $x801 abs_pow1_2_1 0.0)))
(let ((?x166 (+ ?x274 sum_n_17)))
(let ((?x162 (+ (* ?x274 p_i_t) sum_n_14)))
(let ((?x562 (/ ?x162 ?x166)))
(or (and (< ?x581 ?x562) (< ?x581 p_i_t)) (and (< ?x562 ?x581) (< p_i_t ?x581))))))))))))))
(check-sat)
