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
 (let ((?x3464 (* x_raised x_raised)))
 (let ((?x2534 (+ ?x3464 sum_n_15)))
 (let (($x1093 (= 0.0 ?x2534)))
 (let (($x2917 (and (= 0.0 (+ (* ?x3464 p_i_u) sum_n_13)) $x1093)))
 (let (($x908 (and (not $x2917) $x1093)))
 (let ((?x3580 (* b_i b_i)))
 (let ((?x2116 (+ ?x3580 sum_n_15)))
 (let (($x1832 (= 0.0 ?x2116)))
 (let (($x2827 (and (= 0.0 (+ (* ?x3580 p_i_u) sum_n_13)) $x1832)))
 (let (($x2012 (and (not $x2827) $x1832)))
 (let (($x1070 (and (= 0.0 (+ (* ?x3464 p_i_t) sum_n_12)) $x1093)))
 (let (($x1404 (and (not $x1070) $x1093)))
 (let (($x3508 (and (= 0.0 (+ (* ?x3580 p_i_t) sum_n_12)) $x1832)))
 (let (($x291 (and (not $x3508) $x1832)))
 (and (not (or $x291 $x3508)) (not (or $x1404 $x1070)) (not (or $x2012 $x2827)) (not (or $x908 $x2917))))))))))))))))))
(assert
 (let ((?x3580 (* b_i b_i)))
(let ((?x2116 (+ ?x3580 sum_n_15)))
(let ((?x2266 (+ (* ?x3580 p_i_t) sum_n_12)))
(let ((?x2172 (/ ?x2266 ?x2116)))
(let ((?x3464 (* x_raised x_raised)))
(let ((?x2534 (+ ?x3464 sum_n_15)))
(let ((?x3474 (+ (* ?x3464 p_i_t) sum_n_12)))
(let ((?x3443 (/ ?x3474 ?x2534)))
(let ((?x2655 (- ?x3443 ?x2172)))
(or (> 0.0 (* ?x2655 (- p_i_t ?x2172))) (< (* (- p_i_t ?x2172) (- p_i_t ?x2172)) (* ?x2655 ?x2655)))))))))))))
(check-sat)
