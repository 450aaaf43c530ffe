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
 (let ((?x1282 (* b_i b_i)))
 (let ((?x2789 (+ ?x1282 sum_n_15)))
 (let (($x2698 (= 0.0 ?x2789)))
 (let (($x2973 (and (= 0.0 (+ (* ?x1282 p_i_t) sum_n_12)) $x2698)))
 (let (($x1150 (and (not $x2973) $x2698)))
 (not (or $x1150 $x2973))))))))
(assert
 (let ((?x1282 (* b_i b_i)))
 (let ((?x2789 (+ ?x1282 sum_n_15)))
 (let (($x2698 (= 0.0 ?x2789)))
 (let (($x2973 (and (= 0.0 (+ (* ?x1282 p_i_t) sum_n_12)) $x2698)))
 (let (($x1150 (and (not $x2973) $x2698)))
 (let (($x3522 (not (or $x1150 $x2973))))
 (let (($x673 (not $x3522)))
 (not $x673)))))))))
(assert
 (let ((?x1282 (* b_i b_i)))
 (let ((?x2789 (+ ?x1282 sum_n_15)))
 (let ((?x299 (* ?x1282 p_i_t)))
 (let ((?x2556 (+ ?x299 sum_n_12)))
 (let ((?x1482 (/ ?x2556 ?x2789)))
 (let (($x2071 (< ?x1482 0.0)))
 (not $x2071))))))))
(assert
 (let ((?x1282 (* b_i b_i)))
(let ((?x2789 (+ ?x1282 sum_n_15)))
(let ((?x3529 (* ?x1282 1.0)))
(let ((?x2560 (+ ?x3529 sum_n_15)))
(let ((?x2985 (/ ?x2560 ?x2789)))
(let (($x2698 (= 0.0 ?x2789)))
(let (($x1480 (and (= 0.0 ?x2560) $x2698)))
(let (($x1792 (and (not $x1480) $x2698)))
(or (not (not (or $x1792 $x1480))) (and (distinct ?x2985 1.0) true)))))))))))
(check-sat)
