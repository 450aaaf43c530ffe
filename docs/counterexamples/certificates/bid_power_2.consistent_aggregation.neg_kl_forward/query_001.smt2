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
 (let ((?x3353 (* x_raised x_raised)))
 (let ((?x2259 (+ ?x3353 sum_n_15)))
 (let (($x912 (= 0.0 ?x2259)))
 (let (($x2902 (and (= 0.0 (+ (* ?x3353 p_i_u) sum_n_13)) $x912)))
 (let (($x2235 (and (not $x2902) $x912)))
 (let ((?x103 (* b_i b_i)))
 (let ((?x998 (+ ?x103 sum_n_15)))
 (let (($x1112 (= 0.0 ?x998)))
 (let (($x956 (and (= 0.0 (+ (* ?x103 p_i_u) sum_n_13)) $x1112)))
 (let (($x3450 (and (not $x956) $x1112)))
 (let (($x1638 (and (= 0.0 (+ (* ?x3353 p_i_t) sum_n_12)) $x912)))
 (let (($x2807 (and (not $x1638) $x912)))
 (let (($x1767 (and (= 0.0 (+ (* ?x103 p_i_t) sum_n_12)) $x1112)))
 (let (($x1480 (and (not $x1767) $x1112)))
 (and (not (or $x1480 $x1767)) (not (or $x2807 $x1638)) (not (or $x3450 $x956)) (not (or $x2235 $x2902))))))))))))))))))
(assert
 (let ((?x103 (* b_i b_i)))
(let ((?x998 (+ ?x103 sum_n_15)))
(let ((?x1643 (+ (* ?x103 p_i_t) sum_n_12)))
(let ((?x1434 (/ ?x1643 ?x998)))
(let ((?x3353 (* x_raised x_raised)))
(let ((?x2259 (+ ?x3353 sum_n_15)))
(let ((?x3488 (+ (* ?x3353 p_i_t) sum_n_12)))
(let ((?x2706 (/ ?x3488 ?x2259)))
(let ((?x1473 (- ?x2706 ?x1434)))
(or (> 0.0 (* ?x1473 (- p_i_t ?x1434))) (< (* (- p_i_t ?x1434) (- p_i_t ?x1434)) (* ?x1473 ?x1473)))))))))))))
(check-sat)
