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
 (let (($x2594 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x922 (< 0.0 b_i)))
 (=> $x922 $x2594))))
(assert
 (let (($x1649 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x1776 (< 0.0 b_J)))
 (=> $x1776 $x1649))))
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
 (let (($x166 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x3166 (< 0.0 x_raised)))
 (=> $x3166 $x166))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x3166 (< 0.0 x_raised)))
 (let ((?x1154 (ite $x3166 abs_pow1_2_3 0.0)))
 (let ((?x878 (+ ?x1154 sum_n_17)))
 (let (($x2418 (> 0.0 x_raised)))
 (let (($x29 (not $x2418)))
 (let (($x2501 (and $x29 (= 0.0 ?x878))))
 (let (($x2714 (or $x2418 $x2418 (and (and $x29 (= 0.0 (+ (* ?x1154 p_i_u) sum_n_15))) $x2501))))
 (let (($x116 (and $x29 $x2501)))
 (let (($x223 (and (not $x2714) $x116)))
 (let (($x922 (< 0.0 b_i)))
 (let ((?x528 (ite $x922 abs_pow1_2_1 0.0)))
 (let ((?x15 (+ ?x528 sum_n_17)))
 (let (($x682 (= 0.0 ?x15)))
 (let (($x1473 (and (= 0.0 (+ (* ?x528 p_i_u) sum_n_15)) $x682)))
 (let (($x2890 (and (not $x1473) $x682)))
 (let (($x1750 (or $x2418 $x2418 (and (and $x29 (= 0.0 (+ (* ?x1154 p_i_t) sum_n_14))) $x2501))))
 (let (($x284 (and (not $x1750) $x116)))
 (let (($x2324 (and (= 0.0 (+ (* ?x528 p_i_t) sum_n_14)) $x682)))
 (let (($x3244 (and (not $x2324) $x682)))
 (and (not (or $x3244 $x2324)) (not (or $x284 $x1750)) (not (or $x2890 $x1473)) (not (or $x223 $x2714)))))))))))))))))))))))
(assert
 (let (($x922 (< 0.0 b_i)))
(let ((?x528 (ite $x922 abs_pow1_2_1 0.0)))
(let ((?x15 (+ ?x528 sum_n_17)))
(let ((?x3624 (+ (* ?x528 p_i_u) sum_n_15)))
(let ((?x703 (/ ?x3624 ?x15)))
(let ((?x3365 (- p_i_u ?x703)))
(let ((?x1477 (+ (* ?x528 p_i_t) sum_n_14)))
(let ((?x456 (/ ?x1477 ?x15)))
(let (($x3166 (< 0.0 x_raised)))
(let ((?x1154 (ite $x3166 abs_pow1_2_3 0.0)))
(let ((?x878 (+ ?x1154 sum_n_17)))
(let ((?x979 (+ (* ?x1154 p_i_t) sum_n_14)))
(let ((?x1868 (/ ?x979 ?x878)))
(let ((?x3243 (- ?x1868 ?x456)))
(let ((?x231 (* ?x3243 ?x3365)))
(let ((?x1798 (- p_i_t ?x456)))
(let ((?x2432 (+ (* ?x1154 p_i_u) sum_n_15)))
(let ((?x2362 (/ ?x2432 ?x878)))
(let ((?x3568 (- ?x2362 ?x703)))
(let ((?x2488 (* ?x3568 ?x1798)))
(or (< ?x231 ?x2488) (< ?x2488 ?x231)))))))))))))))))))))))
(check-sat)
