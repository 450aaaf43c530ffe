; bid_power_2, every n and k: the outputs sum to 1 wherever q(t) is finite
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
(declare-fun sum_n_12 () Real)
(declare-fun sum_n_13 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
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
 (>= sum_n_12 0.0))
(assert
 (>= sum_n_13 0.0))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_15 sum_n_12))
(assert
 (>= sum_n_15 sum_n_13))
(assert
 (let ((?x634 (* b_i b_i)))
 (let ((?x565 (+ ?x634 sum_n_15)))
 (let (($x659 (= 0.0 ?x565)))
 (let (($x52 (and (= 0.0 (+ (* ?x634 p_i_t) sum_n_12)) $x659)))
 (let (($x647 (and (not $x52) $x659)))
 (not (or $x647 $x52))))))))
(assert
 (let ((?x634 (* b_i b_i)))
 (let ((?x565 (+ ?x634 sum_n_15)))
 (let (($x659 (= 0.0 ?x565)))
 (let (($x52 (and (= 0.0 (+ (* ?x634 p_i_t) sum_n_12)) $x659)))
 (let (($x647 (and (not $x52) $x659)))
 (let (($x181 (not (or $x647 $x52))))
 (let (($x180 (not $x181)))
 (not $x180)))))))))
(assert
 (let ((?x634 (* b_i b_i)))
 (let ((?x565 (+ ?x634 sum_n_15)))
 (let ((?x154 (* ?x634 p_i_t)))
 (let ((?x355 (+ ?x154 sum_n_12)))
 (let ((?x315 (/ ?x355 ?x565)))
 (let (($x454 (< ?x315 0.0)))
 (not $x454))))))))
(assert
 (let ((?x634 (* b_i b_i)))
(let ((?x565 (+ ?x634 sum_n_15)))
(let ((?x78 (* ?x634 1.0)))
(let ((?x314 (+ ?x78 sum_n_15)))
(let ((?x303 (/ ?x314 ?x565)))
(let (($x659 (= 0.0 ?x565)))
(let (($x205 (and (= 0.0 ?x314) $x659)))
(let (($x581 (and (not $x205) $x659)))
(or (not (not (or $x581 $x205))) (and (distinct ?x303 1.0) true)))))))))))
(check-sat)
