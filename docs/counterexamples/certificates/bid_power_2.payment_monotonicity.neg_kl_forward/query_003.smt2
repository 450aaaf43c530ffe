; bid_power_2, every n and k: q(t) >= 0 wherever q(t) is finite
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
 (let ((?x664 (* b_i b_i)))
 (let ((?x1829 (+ ?x664 sum_n_15)))
 (let (($x3317 (= 0.0 ?x1829)))
 (let (($x241 (and (= 0.0 (+ (* ?x664 p_i_t) sum_n_12)) $x3317)))
 (let (($x2575 (and (not $x241) $x3317)))
 (not (or $x2575 $x241))))))))
(assert
 (let ((?x664 (* b_i b_i)))
 (let ((?x1829 (+ ?x664 sum_n_15)))
 (let (($x3317 (= 0.0 ?x1829)))
 (let (($x241 (and (= 0.0 (+ (* ?x664 p_i_t) sum_n_12)) $x3317)))
 (let (($x2575 (and (not $x241) $x3317)))
 (let (($x2646 (not (or $x2575 $x241))))
 (let (($x2723 (not $x2646)))
 (not $x2723)))))))))
(assert
 (let ((?x664 (* b_i b_i)))
(let ((?x1829 (+ ?x664 sum_n_15)))
(let ((?x1521 (* ?x664 p_i_t)))
(let ((?x2299 (+ ?x1521 sum_n_12)))
(let ((?x1892 (/ ?x2299 ?x1829)))
(< ?x1892 0.0)))))))
(check-sat)
