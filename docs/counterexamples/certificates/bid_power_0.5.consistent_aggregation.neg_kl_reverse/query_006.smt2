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
 (let (($x715 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x532 (< 0.0 b_i)))
 (=> $x532 $x715))))
(assert
 (let (($x160 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x542 (< 0.0 b_J)))
 (=> $x542 $x160))))
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
 (let (($x532 (< 0.0 b_i)))
 (let ((?x397 (ite $x532 abs_pow1_2_1 0.0)))
 (let ((?x233 (+ ?x397 sum_n_17)))
 (let (($x175 (= 0.0 ?x233)))
 (let (($x289 (and (= 0.0 (+ (* ?x397 p_i_t) sum_n_14)) $x175)))
 (let (($x352 (and (not $x289) $x175)))
 (not (or $x352 $x289)))))))))
(assert
 (let (($x532 (< 0.0 b_i)))
 (let ((?x397 (ite $x532 abs_pow1_2_1 0.0)))
 (let ((?x233 (+ ?x397 sum_n_17)))
 (let (($x175 (= 0.0 ?x233)))
 (let (($x289 (and (= 0.0 (+ (* ?x397 p_i_t) sum_n_14)) $x175)))
 (let (($x352 (and (not $x289) $x175)))
 (let (($x54 (not (or $x352 $x289))))
 (let (($x596 (> 0.0 b_J)))
 (let (($x709 (not $x596)))
 (let (($x141 (> 0.0 b_i)))
 (let (($x163 (not $x141)))
 (let (($x146 (not (and $x163 $x709 $x54))))
 (not $x146))))))))))))))
(assert
 (let (($x532 (< 0.0 b_i)))
 (let ((?x397 (ite $x532 abs_pow1_2_1 0.0)))
 (let ((?x233 (+ ?x397 sum_n_17)))
 (let ((?x125 (* ?x397 p_i_t)))
 (let ((?x578 (+ ?x125 sum_n_14)))
 (let ((?x412 (/ ?x578 ?x233)))
 (let (($x351 (< ?x412 0.0)))
 (not $x351)))))))))
(assert
 (let (($x532 (< 0.0 b_i)))
(let ((?x397 (ite $x532 abs_pow1_2_1 0.0)))
(let ((?x233 (+ ?x397 sum_n_17)))
(let ((?x484 (* ?x397 1.0)))
(let ((?x616 (+ ?x484 sum_n_17)))
(let ((?x89 (/ ?x616 ?x233)))
(let (($x175 (= 0.0 ?x233)))
(let (($x51 (and (= 0.0 ?x616) $x175)))
(let (($x673 (and (not $x51) $x175)))
(or (not (not (or $x673 $x51))) (and (distinct ?x89 1.0) true))))))))))))
(check-sat)
