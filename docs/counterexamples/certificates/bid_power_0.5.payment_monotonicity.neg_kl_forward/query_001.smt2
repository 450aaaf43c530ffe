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
 (let (($x788 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x636 (< 0.0 b_i)))
 (=> $x636 $x788))))
(assert
 (let (($x377 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x651 (< 0.0 b_J)))
 (=> $x651 $x377))))
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
 (let (($x819 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x306 (< 0.0 x_raised)))
 (=> $x306 $x819))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x306 (< 0.0 x_raised)))
 (let ((?x715 (ite $x306 abs_pow1_2_3 0.0)))
 (let ((?x397 (+ ?x715 sum_n_17)))
 (let (($x564 (> 0.0 x_raised)))
 (let (($x690 (not $x564)))
 (let (($x116 (and $x690 (= 0.0 ?x397))))
 (let (($x542 (or $x564 $x564 (and (and $x690 (= 0.0 (+ (* ?x715 p_i_t) sum_n_14))) $x116))))
 (let (($x549 (and $x690 $x116)))
 (let (($x634 (and (not $x542) $x549)))
 (let (($x636 (< 0.0 b_i)))
 (let ((?x320 (ite $x636 abs_pow1_2_1 0.0)))
 (let ((?x534 (+ ?x320 sum_n_17)))
 (let (($x112 (= 0.0 ?x534)))
 (let (($x66 (and (= 0.0 (+ (* ?x320 p_i_t) sum_n_14)) $x112)))
 (let (($x773 (and (not $x66) $x112)))
 (and (not (or $x773 $x66)) (not (or $x634 $x542)))))))))))))))))))
(assert
 (let (($x306 (< 0.0 x_raised)))
(let ((?x715 (ite $x306 abs_pow1_2_3 0.0)))
(let ((?x397 (+ ?x715 sum_n_17)))
(let ((?x640 (+ (* ?x715 p_i_t) sum_n_14)))
(let ((?x246 (/ ?x640 ?x397)))
(let (($x636 (< 0.0 b_i)))
(let ((?x320 (ite $x636 abs_pow1_2_1 0.0)))
(let ((?x534 (+ ?x320 sum_n_17)))
(let ((?x345 (+ (* ?x320 p_i_t) sum_n_14)))
(let ((?x289 (/ ?x345 ?x534)))
(or (and (< ?x246 ?x289) (< ?x246 p_i_t)) (and (< ?x289 ?x246) (< p_i_t ?x246))))))))))))))
(check-sat)
