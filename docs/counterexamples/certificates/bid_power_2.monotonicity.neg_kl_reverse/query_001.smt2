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
 (let ((?x1095 (* x_raised x_raised)))
 (let ((?x1530 (+ ?x1095 sum_n_15)))
 (let (($x4315 (= 0.0 ?x1530)))
 (let (($x67 (and (= 0.0 (+ (* ?x1095 p_i_u) sum_n_13)) $x4315)))
 (let (($x3565 (and (not $x67) $x4315)))
 (let ((?x114 (* b_i b_i)))
 (let ((?x4898 (+ ?x114 sum_n_15)))
 (let (($x1534 (= 0.0 ?x4898)))
 (let (($x2055 (and (= 0.0 (+ (* ?x114 p_i_u) sum_n_13)) $x1534)))
 (let (($x3862 (and (not $x2055) $x1534)))
 (let (($x5542 (and (= 0.0 (+ (* ?x1095 p_i_t) sum_n_12)) $x4315)))
 (let (($x5651 (and (not $x5542) $x4315)))
 (let (($x2895 (and (= 0.0 (+ (* ?x114 p_i_t) sum_n_12)) $x1534)))
 (let (($x956 (and (not $x2895) $x1534)))
 (and (not (or $x956 $x2895)) (not (or $x5651 $x5542)) (not (or $x3862 $x2055)) (not (or $x3565 $x67))))))))))))))))))
(assert
 (let ((?x114 (* b_i b_i)))
(let ((?x4898 (+ ?x114 sum_n_15)))
(let ((?x2964 (+ (* ?x114 p_i_t) sum_n_12)))
(let ((?x2704 (/ ?x2964 ?x4898)))
(let ((?x1095 (* x_raised x_raised)))
(let ((?x1530 (+ ?x1095 sum_n_15)))
(let ((?x763 (+ (* ?x1095 p_i_t) sum_n_12)))
(let ((?x6535 (/ ?x763 ?x1530)))
(let ((?x6688 (- ?x6535 ?x2704)))
(or (> 0.0 (* ?x6688 (- p_i_t ?x2704))) (< (* (- p_i_t ?x2704) (- p_i_t ?x2704)) (* ?x6688 ?x6688)))))))))))))
(check-sat)
