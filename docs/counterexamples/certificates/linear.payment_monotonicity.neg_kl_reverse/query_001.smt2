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
 (let ((?x137 (+ x_raised sum_n_15)))
 (let (($x68 (= 0.0 ?x137)))
 (let (($x105 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x68)))
 (let (($x38 (and (not $x105) $x68)))
 (let ((?x435 (+ b_i sum_n_15)))
 (let (($x107 (= 0.0 ?x435)))
 (let (($x161 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x107)))
 (let (($x64 (and (not $x161) $x107)))
 (and (not (or $x64 $x161)) (not (or $x38 $x105))))))))))))
(assert
 (let ((?x137 (+ x_raised sum_n_15)))
(let ((?x178 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x222 (/ ?x178 ?x137)))
(let (($x338 (and (< (/ (+ (* b_i p_i_t) sum_n_12) (+ b_i sum_n_15)) ?x222) (< p_i_t ?x222))))
(let (($x152 (and (< ?x222 (/ (+ (* b_i p_i_t) sum_n_12) (+ b_i sum_n_15))) (< ?x222 p_i_t))))
(or $x152 $x338)))))))
(check-sat)
