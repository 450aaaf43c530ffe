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
 (let ((?x344 (* x_raised x_raised)))
 (let ((?x3580 (+ ?x344 sum_n_15)))
 (let (($x2393 (= 0.0 ?x3580)))
 (let (($x69 (and (= 0.0 (+ (* ?x344 p_i_u) sum_n_13)) $x2393)))
 (let (($x241 (and (not $x69) $x2393)))
 (let ((?x2613 (* b_i b_i)))
 (let ((?x357 (+ ?x2613 sum_n_15)))
 (let (($x3405 (= 0.0 ?x357)))
 (let (($x1217 (and (= 0.0 (+ (* ?x2613 p_i_u) sum_n_13)) $x3405)))
 (let (($x589 (and (not $x1217) $x3405)))
 (let (($x1872 (and (= 0.0 (+ (* ?x344 p_i_t) sum_n_12)) $x2393)))
 (let (($x819 (and (not $x1872) $x2393)))
 (let (($x1590 (and (= 0.0 (+ (* ?x2613 p_i_t) sum_n_12)) $x3405)))
 (let (($x121 (and (not $x1590) $x3405)))
 (and (not (or $x121 $x1590)) (not (or $x819 $x1872)) (not (or $x589 $x1217)) (not (or $x241 $x69))))))))))))))))))
(assert
 (let ((?x2613 (* b_i b_i)))
(let ((?x357 (+ ?x2613 sum_n_15)))
(let ((?x2976 (+ (* ?x2613 p_i_t) sum_n_12)))
(let ((?x1742 (/ ?x2976 ?x357)))
(let ((?x344 (* x_raised x_raised)))
(let ((?x3580 (+ ?x344 sum_n_15)))
(let ((?x813 (+ (* ?x344 p_i_t) sum_n_12)))
(let ((?x3317 (/ ?x813 ?x3580)))
(let ((?x387 (- ?x3317 ?x1742)))
(or (> 0.0 (* ?x387 (- p_i_t ?x1742))) (< (* (- p_i_t ?x1742) (- p_i_t ?x1742)) (* ?x387 ?x387)))))))))))))
(check-sat)
