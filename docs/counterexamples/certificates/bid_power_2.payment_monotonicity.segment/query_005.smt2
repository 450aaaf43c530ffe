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
 (let ((?x233 (* x_raised x_raised)))
 (let ((?x509 (+ ?x233 sum_n_15)))
 (let (($x464 (= 0.0 ?x509)))
 (let (($x102 (and (= 0.0 (+ (* ?x233 p_i_t) sum_n_12)) $x464)))
 (let (($x611 (and (not $x102) $x464)))
 (let ((?x673 (* b_i b_i)))
 (let ((?x634 (+ ?x673 sum_n_15)))
 (let (($x783 (= 0.0 ?x634)))
 (let (($x138 (and (= 0.0 (+ (* ?x673 p_i_t) sum_n_12)) $x783)))
 (let (($x420 (and (not $x138) $x783)))
 (and (not (or $x420 $x138)) (not (or $x611 $x102))))))))))))))
(assert
 (let ((?x233 (* x_raised x_raised)))
(let ((?x509 (+ ?x233 sum_n_15)))
(let ((?x425 (+ (* ?x233 p_i_t) sum_n_12)))
(let ((?x449 (/ ?x425 ?x509)))
(let ((?x673 (* b_i b_i)))
(let ((?x634 (+ ?x673 sum_n_15)))
(let ((?x131 (+ (* ?x673 p_i_t) sum_n_12)))
(let ((?x712 (/ ?x131 ?x634)))
(or (and (< ?x449 ?x712) (< ?x449 p_i_t)) (and (< ?x712 ?x449) (< p_i_t ?x449))))))))))))
(check-sat)
