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
 (let ((?x1839 (* x_raised x_raised)))
 (let ((?x1710 (+ ?x1839 sum_n_15)))
 (let (($x478 (= 0.0 ?x1710)))
 (let (($x539 (and (= 0.0 (+ (* ?x1839 p_i_t) sum_n_12)) $x478)))
 (let (($x2394 (and (not $x539) $x478)))
 (let ((?x2973 (* b_i b_i)))
 (let ((?x1672 (+ ?x2973 sum_n_15)))
 (let (($x1245 (= 0.0 ?x1672)))
 (let (($x3475 (and (= 0.0 (+ (* ?x2973 p_i_t) sum_n_12)) $x1245)))
 (let (($x2167 (and (not $x3475) $x1245)))
 (and (not (or $x2167 $x3475)) (not (or $x2394 $x539))))))))))))))
(assert
 (let ((?x1839 (* x_raised x_raised)))
(let ((?x1710 (+ ?x1839 sum_n_15)))
(let ((?x3404 (+ (* ?x1839 p_i_t) sum_n_12)))
(let ((?x132 (/ ?x3404 ?x1710)))
(let ((?x2973 (* b_i b_i)))
(let ((?x1672 (+ ?x2973 sum_n_15)))
(let ((?x3476 (+ (* ?x2973 p_i_t) sum_n_12)))
(let ((?x190 (/ ?x3476 ?x1672)))
(or (and (< ?x132 ?x190) (< ?x132 p_i_t)) (and (< ?x190 ?x132) (< p_i_t ?x132))))))))))))
(check-sat)
