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
 (let ((?x957 (* x_raised x_raised)))
 (let ((?x3428 (+ ?x957 sum_n_15)))
 (let (($x3508 (= 0.0 ?x3428)))
 (let (($x1251 (and (= 0.0 (+ (* ?x957 p_i_u) sum_n_13)) $x3508)))
 (let (($x1468 (and (not $x1251) $x3508)))
 (let ((?x2744 (* b_i b_i)))
 (let ((?x2399 (+ ?x2744 sum_n_15)))
 (let (($x573 (= 0.0 ?x2399)))
 (let (($x1915 (and (= 0.0 (+ (* ?x2744 p_i_u) sum_n_13)) $x573)))
 (let (($x1404 (and (not $x1915) $x573)))
 (let (($x2827 (and (= 0.0 (+ (* ?x957 p_i_t) sum_n_12)) $x3508)))
 (let (($x261 (and (not $x2827) $x3508)))
 (let (($x315 (and (= 0.0 (+ (* ?x2744 p_i_t) sum_n_12)) $x573)))
 (let (($x1956 (and (not $x315) $x573)))
 (and (not (or $x1956 $x315)) (not (or $x261 $x2827)) (not (or $x1404 $x1915)) (not (or $x1468 $x1251))))))))))))))))))
(assert
 (let ((?x2744 (* b_i b_i)))
(let ((?x2399 (+ ?x2744 sum_n_15)))
(let ((?x2966 (+ (* ?x2744 p_i_t) sum_n_12)))
(let ((?x1352 (/ ?x2966 ?x2399)))
(let ((?x957 (* x_raised x_raised)))
(let ((?x3428 (+ ?x957 sum_n_15)))
(let ((?x3405 (+ (* ?x957 p_i_t) sum_n_12)))
(let ((?x1779 (/ ?x3405 ?x3428)))
(let ((?x1056 (- ?x1779 ?x1352)))
(or (> 0.0 (* ?x1056 (- p_i_t ?x1352))) (< (* (- p_i_t ?x1352) (- p_i_t ?x1352)) (* ?x1056 ?x1056)))))))))))))
(check-sat)
