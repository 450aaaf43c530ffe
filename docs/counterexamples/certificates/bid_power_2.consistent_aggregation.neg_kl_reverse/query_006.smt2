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
 (let ((?x957 (* b_i b_i)))
 (let ((?x1198 (+ ?x957 sum_n_15)))
 (let (($x239 (= 0.0 ?x1198)))
 (let (($x2222 (and (= 0.0 (+ (* ?x957 p_i_t) sum_n_12)) $x239)))
 (let (($x1350 (and (not $x2222) $x239)))
 (not (or $x1350 $x2222))))))))
(assert
 (let ((?x957 (* b_i b_i)))
 (let ((?x1198 (+ ?x957 sum_n_15)))
 (let (($x239 (= 0.0 ?x1198)))
 (let (($x2222 (and (= 0.0 (+ (* ?x957 p_i_t) sum_n_12)) $x239)))
 (let (($x1350 (and (not $x2222) $x239)))
 (let (($x437 (not (or $x1350 $x2222))))
 (let (($x3468 (not $x437)))
 (not $x3468)))))))))
(assert
 (let ((?x957 (* b_i b_i)))
 (let ((?x1198 (+ ?x957 sum_n_15)))
 (let ((?x1490 (* ?x957 p_i_t)))
 (let ((?x2469 (+ ?x1490 sum_n_12)))
 (let ((?x850 (/ ?x2469 ?x1198)))
 (let (($x2445 (< ?x850 0.0)))
 (not $x2445))))))))
(assert
 (let ((?x957 (* b_i b_i)))
(let ((?x1198 (+ ?x957 sum_n_15)))
(let ((?x1558 (* ?x957 1.0)))
(let ((?x3264 (+ ?x1558 sum_n_15)))
(let ((?x2646 (/ ?x3264 ?x1198)))
(let (($x239 (= 0.0 ?x1198)))
(let (($x902 (and (= 0.0 ?x3264) $x239)))
(let (($x315 (and (not $x902) $x239)))
(or (not (not (or $x315 $x902))) (and (distinct ?x2646 1.0) true)))))))))))
(check-sat)
