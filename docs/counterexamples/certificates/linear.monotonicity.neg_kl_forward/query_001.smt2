; linear, every n and k: no segment violation
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
 (let ((?x190 (+ x_raised sum_n_15)))
 (let (($x53 (= 0.0 ?x190)))
 (let (($x326 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x53)))
 (let (($x322 (and (not $x326) $x53)))
 (let ((?x325 (+ b_i sum_n_15)))
 (let (($x39 (= 0.0 ?x325)))
 (let (($x303 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x39)))
 (let (($x125 (and (not $x303) $x39)))
 (let (($x102 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x53)))
 (let (($x192 (and (not $x102) $x53)))
 (let (($x177 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x39)))
 (let (($x147 (and (not $x177) $x39)))
 (and (not (or $x147 $x177)) (not (or $x192 $x102)) (not (or $x125 $x303)) (not (or $x322 $x326))))))))))))))))
(assert
 (let ((?x325 (+ b_i sum_n_15)))
(let ((?x151 (* b_i p_i_t)))
(let ((?x76 (+ ?x151 sum_n_12)))
(let ((?x158 (/ ?x76 ?x325)))
(let ((?x190 (+ x_raised sum_n_15)))
(let ((?x120 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x170 (/ ?x120 ?x190)))
(let ((?x43 (- ?x170 ?x158)))
(or (> 0.0 (* ?x43 (- p_i_t ?x158))) (< (* (- p_i_t ?x158) (- p_i_t ?x158)) (* ?x43 ?x43))))))))))))
(check-sat)
