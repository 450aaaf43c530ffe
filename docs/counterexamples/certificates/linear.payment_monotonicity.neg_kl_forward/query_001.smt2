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
 (let ((?x32 (+ x_raised sum_n_15)))
 (let (($x121 (= 0.0 ?x32)))
 (let (($x128 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x121)))
 (let (($x202 (and (not $x128) $x121)))
 (let ((?x91 (+ b_i sum_n_15)))
 (let (($x158 (= 0.0 ?x91)))
 (let (($x44 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x158)))
 (let (($x206 (and (not $x44) $x158)))
 (and (not (or $x206 $x44)) (not (or $x202 $x128))))))))))))
(assert
 (let ((?x32 (+ x_raised sum_n_15)))
(let ((?x380 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x169 (/ ?x380 ?x32)))
(let (($x268 (and (< (/ (+ (* b_i p_i_t) sum_n_12) (+ b_i sum_n_15)) ?x169) (< p_i_t ?x169))))
(let (($x461 (and (< ?x169 (/ (+ (* b_i p_i_t) sum_n_12) (+ b_i sum_n_15))) (< ?x169 p_i_t))))
(or $x461 $x268)))))))
(check-sat)
