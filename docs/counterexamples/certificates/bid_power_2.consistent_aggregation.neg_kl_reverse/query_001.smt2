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
 (let ((?x325 (* x_raised x_raised)))
 (let ((?x685 (+ ?x325 sum_n_15)))
 (let (($x1650 (= 0.0 ?x685)))
 (let (($x1073 (and (= 0.0 (+ (* ?x325 p_i_u) sum_n_13)) $x1650)))
 (let (($x1234 (and (not $x1073) $x1650)))
 (let ((?x1350 (* b_i b_i)))
 (let ((?x2071 (+ ?x1350 sum_n_15)))
 (let (($x3464 (= 0.0 ?x2071)))
 (let (($x1093 (and (= 0.0 (+ (* ?x1350 p_i_u) sum_n_13)) $x3464)))
 (let (($x376 (and (not $x1093) $x3464)))
 (let (($x1915 (and (= 0.0 (+ (* ?x325 p_i_t) sum_n_12)) $x1650)))
 (let (($x2352 (and (not $x1915) $x1650)))
 (let (($x2015 (and (= 0.0 (+ (* ?x1350 p_i_t) sum_n_12)) $x3464)))
 (let (($x1688 (and (not $x2015) $x3464)))
 (and (not (or $x1688 $x2015)) (not (or $x2352 $x1915)) (not (or $x376 $x1093)) (not (or $x1234 $x1073))))))))))))))))))
(assert
 (let ((?x1350 (* b_i b_i)))
(let ((?x2071 (+ ?x1350 sum_n_15)))
(let ((?x2859 (+ (* ?x1350 p_i_t) sum_n_12)))
(let ((?x2575 (/ ?x2859 ?x2071)))
(let ((?x325 (* x_raised x_raised)))
(let ((?x685 (+ ?x325 sum_n_15)))
(let ((?x828 (+ (* ?x325 p_i_t) sum_n_12)))
(let ((?x998 (/ ?x828 ?x685)))
(let ((?x1570 (- ?x998 ?x2575)))
(or (> 0.0 (* ?x1570 (- p_i_t ?x2575))) (< (* (- p_i_t ?x2575) (- p_i_t ?x2575)) (* ?x1570 ?x1570)))))))))))))
(check-sat)
