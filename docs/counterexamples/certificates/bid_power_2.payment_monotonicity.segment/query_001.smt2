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
 (let ((?x1143 (* x_raised x_raised)))
 (let ((?x7408 (+ ?x1143 sum_n_15)))
 (let (($x4574 (= 0.0 ?x7408)))
 (let (($x553 (and (= 0.0 (+ (* ?x1143 p_i_u) sum_n_13)) $x4574)))
 (let (($x7941 (and (not $x553) $x4574)))
 (let ((?x4782 (* b_i b_i)))
 (let ((?x6681 (+ ?x4782 sum_n_15)))
 (let (($x1593 (= 0.0 ?x6681)))
 (let (($x3904 (and (= 0.0 (+ (* ?x4782 p_i_u) sum_n_13)) $x1593)))
 (let (($x7300 (and (not $x3904) $x1593)))
 (let (($x79 (and (= 0.0 (+ (* ?x1143 p_i_t) sum_n_12)) $x4574)))
 (let (($x1639 (and (not $x79) $x4574)))
 (let (($x993 (and (= 0.0 (+ (* ?x4782 p_i_t) sum_n_12)) $x1593)))
 (let (($x2004 (and (not $x993) $x1593)))
 (and (not (or $x2004 $x993)) (not (or $x1639 $x79)) (not (or $x7300 $x3904)) (not (or $x7941 $x553))))))))))))))))))
(assert
 (let ((?x4782 (* b_i b_i)))
(let ((?x6681 (+ ?x4782 sum_n_15)))
(let ((?x6793 (+ (* ?x4782 p_i_t) sum_n_12)))
(let ((?x8371 (/ ?x6793 ?x6681)))
(let ((?x1143 (* x_raised x_raised)))
(let ((?x7408 (+ ?x1143 sum_n_15)))
(let ((?x1043 (+ (* ?x1143 p_i_t) sum_n_12)))
(let ((?x8039 (/ ?x1043 ?x7408)))
(let ((?x7282 (- ?x8039 ?x8371)))
(or (> 0.0 (* ?x7282 (- p_i_t ?x8371))) (< (* (- p_i_t ?x8371) (- p_i_t ?x8371)) (* ?x7282 ?x7282)))))))))))))
(check-sat)
