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
 (let ((?x182 (+ x_raised sum_n_15)))
 (let (($x206 (= 0.0 ?x182)))
 (let (($x86 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x206)))
 (let (($x59 (and (not $x86) $x206)))
 (let ((?x80 (+ b_i sum_n_15)))
 (let (($x96 (= 0.0 ?x80)))
 (let (($x56 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x96)))
 (let (($x440 (and (not $x56) $x96)))
 (and (not (or $x440 $x56)) (not (or $x59 $x86))))))))))))
(assert
 (let ((?x182 (+ x_raised sum_n_15)))
(let ((?x147 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x277 (/ ?x147 ?x182)))
(let (($x95 (and (< (/ (+ (* b_i p_i_t) sum_n_12) (+ b_i sum_n_15)) ?x277) (< p_i_t ?x277))))
(let (($x353 (and (< ?x277 (/ (+ (* b_i p_i_t) sum_n_12) (+ b_i sum_n_15))) (< ?x277 p_i_t))))
(or $x353 $x95)))))))
(check-sat)
