; bid_power_2, every n and k: no coordinatewise violation
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
(declare-fun x_raised () Real)
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
 (>= x_raised b_i))
(assert
 (let ((?x446 (* x_raised x_raised)))
 (let ((?x154 (+ ?x446 sum_n_15)))
 (let (($x1156 (= 0.0 ?x154)))
 (let (($x2563 (and (= 0.0 (+ (* ?x446 p_i_t) sum_n_12)) $x1156)))
 (let (($x1688 (and (not $x2563) $x1156)))
 (let ((?x371 (* b_i b_i)))
 (let ((?x292 (+ ?x371 sum_n_15)))
 (let (($x1304 (= 0.0 ?x292)))
 (let (($x291 (and (= 0.0 (+ (* ?x371 p_i_t) sum_n_12)) $x1304)))
 (let (($x3542 (and (not $x291) $x1304)))
 (and (not (or $x3542 $x291)) (not (or $x1688 $x2563))))))))))))))
(assert
 (let ((?x446 (* x_raised x_raised)))
(let ((?x154 (+ ?x446 sum_n_15)))
(let ((?x1742 (+ (* ?x446 p_i_t) sum_n_12)))
(let ((?x3251 (/ ?x1742 ?x154)))
(let ((?x371 (* b_i b_i)))
(let ((?x292 (+ ?x371 sum_n_15)))
(let ((?x622 (+ (* ?x371 p_i_t) sum_n_12)))
(let ((?x2390 (/ ?x622 ?x292)))
(or (and (< ?x3251 ?x2390) (< ?x3251 p_i_t)) (and (< ?x2390 ?x3251) (< p_i_t ?x3251))))))))))))
(check-sat)
