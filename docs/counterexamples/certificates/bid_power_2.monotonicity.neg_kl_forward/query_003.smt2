; bid_power_2, every n and k: no segment violation
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
 (let ((?x4511 (* x_raised x_raised)))
 (let ((?x4072 (+ ?x4511 sum_n_15)))
 (let (($x3396 (= 0.0 ?x4072)))
 (let (($x5385 (and (= 0.0 (+ (* ?x4511 p_i_u) sum_n_13)) $x3396)))
 (let (($x1344 (and (not $x5385) $x3396)))
 (let ((?x4296 (* b_i b_i)))
 (let ((?x8422 (+ ?x4296 sum_n_15)))
 (let (($x404 (= 0.0 ?x8422)))
 (let (($x6286 (and (= 0.0 (+ (* ?x4296 p_i_u) sum_n_13)) $x404)))
 (let (($x3202 (and (not $x6286) $x404)))
 (let (($x7403 (and (= 0.0 (+ (* ?x4511 p_i_t) sum_n_12)) $x3396)))
 (let (($x5046 (and (not $x7403) $x3396)))
 (let (($x120 (and (= 0.0 (+ (* ?x4296 p_i_t) sum_n_12)) $x404)))
 (let (($x4574 (and (not $x120) $x404)))
 (and (not (or $x4574 $x120)) (not (or $x5046 $x7403)) (not (or $x3202 $x6286)) (not (or $x1344 $x5385))))))))))))))))))
(assert
 (let ((?x4296 (* b_i b_i)))
(let ((?x8422 (+ ?x4296 sum_n_15)))
(let ((?x5166 (+ (* ?x4296 p_i_u) sum_n_13)))
(let ((?x7768 (/ ?x5166 ?x8422)))
(let ((?x5949 (- p_i_u ?x7768)))
(let ((?x7109 (+ (* ?x4296 p_i_t) sum_n_12)))
(let ((?x7105 (/ ?x7109 ?x8422)))
(let ((?x4511 (* x_raised x_raised)))
(let ((?x4072 (+ ?x4511 sum_n_15)))
(let ((?x6076 (+ (* ?x4511 p_i_t) sum_n_12)))
(let ((?x1768 (/ ?x6076 ?x4072)))
(let ((?x6045 (- ?x1768 ?x7105)))
(let ((?x4463 (* ?x6045 ?x5949)))
(let ((?x7970 (- p_i_t ?x7105)))
(let ((?x4766 (+ (* ?x4511 p_i_u) sum_n_13)))
(let ((?x453 (/ ?x4766 ?x4072)))
(let ((?x5320 (- ?x453 ?x7768)))
(let ((?x2480 (* ?x5320 ?x7970)))
(or (< ?x4463 ?x2480) (< ?x2480 ?x4463)))))))))))))))))))))
(check-sat)
