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
 (let ((?x1467 (* x_raised x_raised)))
 (let ((?x2644 (+ ?x1467 sum_n_15)))
 (let (($x2344 (= 0.0 ?x2644)))
 (let (($x3037 (and (= 0.0 (+ (* ?x1467 p_i_t) sum_n_12)) $x2344)))
 (let (($x2832 (and (not $x3037) $x2344)))
 (let ((?x3173 (* b_i b_i)))
 (let ((?x2061 (+ ?x3173 sum_n_15)))
 (let (($x2791 (= 0.0 ?x2061)))
 (let (($x2923 (and (= 0.0 (+ (* ?x3173 p_i_t) sum_n_12)) $x2791)))
 (let (($x1719 (and (not $x2923) $x2791)))
 (and (not (or $x1719 $x2923)) (not (or $x2832 $x3037))))))))))))))
(assert
 (let ((?x1467 (* x_raised x_raised)))
(let ((?x2644 (+ ?x1467 sum_n_15)))
(let ((?x1503 (+ (* ?x1467 p_i_t) sum_n_12)))
(let ((?x146 (/ ?x1503 ?x2644)))
(let ((?x3173 (* b_i b_i)))
(let ((?x2061 (+ ?x3173 sum_n_15)))
(let ((?x2789 (+ (* ?x3173 p_i_t) sum_n_12)))
(let ((?x2650 (/ ?x2789 ?x2061)))
(or (and (< ?x146 ?x2650) (< ?x146 p_i_t)) (and (< ?x2650 ?x146) (< p_i_t ?x146))))))))))))
(check-sat)
