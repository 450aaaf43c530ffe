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
 (let ((?x113 (* x_raised x_raised)))
 (let ((?x733 (+ ?x113 sum_n_15)))
 (let (($x2337 (= 0.0 ?x733)))
 (let (($x1505 (and (= 0.0 (+ (* ?x113 p_i_t) sum_n_12)) $x2337)))
 (let (($x3254 (and (not $x1505) $x2337)))
 (let ((?x2575 (* b_i b_i)))
 (let ((?x239 (+ ?x2575 sum_n_15)))
 (let (($x1145 (= 0.0 ?x239)))
 (let (($x2433 (and (= 0.0 (+ (* ?x2575 p_i_t) sum_n_12)) $x1145)))
 (let (($x261 (and (not $x2433) $x1145)))
 (and (not (or $x261 $x2433)) (not (or $x3254 $x1505))))))))))))))
(assert
 (let ((?x113 (* x_raised x_raised)))
(let ((?x733 (+ ?x113 sum_n_15)))
(let ((?x1384 (+ (* ?x113 p_i_t) sum_n_12)))
(let ((?x2843 (/ ?x1384 ?x733)))
(let ((?x2575 (* b_i b_i)))
(let ((?x239 (+ ?x2575 sum_n_15)))
(let ((?x3464 (+ (* ?x2575 p_i_t) sum_n_12)))
(let ((?x994 (/ ?x3464 ?x239)))
(or (and (< ?x2843 ?x994) (< ?x2843 p_i_t)) (and (< ?x994 ?x2843) (< p_i_t ?x2843))))))))))))
(check-sat)
