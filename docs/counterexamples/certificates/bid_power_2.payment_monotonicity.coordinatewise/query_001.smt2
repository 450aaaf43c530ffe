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
 (let ((?x3542 (* x_raised x_raised)))
 (let ((?x2727 (+ ?x3542 sum_n_15)))
 (let (($x664 (= 0.0 ?x2727)))
 (let (($x1654 (and (= 0.0 (+ (* ?x3542 p_i_t) sum_n_12)) $x664)))
 (let (($x1217 (and (not $x1654) $x664)))
 (let ((?x554 (* b_i b_i)))
 (let ((?x1872 (+ ?x554 sum_n_15)))
 (let (($x1586 (= 0.0 ?x1872)))
 (let (($x69 (and (= 0.0 (+ (* ?x554 p_i_t) sum_n_12)) $x1586)))
 (let (($x1855 (and (not $x69) $x1586)))
 (and (not (or $x1855 $x69)) (not (or $x1217 $x1654))))))))))))))
(assert
 (let ((?x3542 (* x_raised x_raised)))
(let ((?x2727 (+ ?x3542 sum_n_15)))
(let ((?x3510 (+ (* ?x3542 p_i_t) sum_n_12)))
(let ((?x1915 (/ ?x3510 ?x2727)))
(let ((?x554 (* b_i b_i)))
(let ((?x1872 (+ ?x554 sum_n_15)))
(let ((?x1468 (+ (* ?x554 p_i_t) sum_n_12)))
(let ((?x1337 (/ ?x1468 ?x1872)))
(or (and (< ?x1915 ?x1337) (< ?x1915 p_i_t)) (and (< ?x1337 ?x1915) (< p_i_t ?x1915))))))))))))
(check-sat)
