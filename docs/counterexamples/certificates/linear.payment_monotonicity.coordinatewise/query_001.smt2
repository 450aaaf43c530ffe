; linear, every n and k: no coordinatewise violation
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
 (let ((?x277 (+ x_raised sum_n_15)))
 (let (($x111 (= 0.0 ?x277)))
 (let (($x68 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x111)))
 (let (($x299 (and (not $x68) $x111)))
 (let ((?x56 (+ b_i sum_n_15)))
 (let (($x129 (= 0.0 ?x56)))
 (let (($x135 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x129)))
 (let (($x128 (and (not $x135) $x129)))
 (and (not (or $x128 $x135)) (not (or $x299 $x68))))))))))))
(assert
 (let ((?x277 (+ x_raised sum_n_15)))
(let ((?x58 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x375 (/ ?x58 ?x277)))
(let (($x73 (and (< (/ (+ (* b_i p_i_t) sum_n_12) (+ b_i sum_n_15)) ?x375) (< p_i_t ?x375))))
(let (($x187 (and (< ?x375 (/ (+ (* b_i p_i_t) sum_n_12) (+ b_i sum_n_15))) (< ?x375 p_i_t))))
(or $x187 $x73)))))))
(check-sat)
