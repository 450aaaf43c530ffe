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
 (let ((?x130 (+ x_raised sum_n_15)))
 (let (($x328 (= 0.0 ?x130)))
 (let (($x116 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x328)))
 (let (($x112 (and (not $x116) $x328)))
 (let ((?x152 (+ b_i sum_n_15)))
 (let (($x157 (= 0.0 ?x152)))
 (let (($x104 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x157)))
 (let (($x302 (and (not $x104) $x157)))
 (let (($x115 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x328)))
 (let (($x138 (and (not $x115) $x328)))
 (let (($x117 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x157)))
 (let (($x49 (and (not $x117) $x157)))
 (and (not (or $x49 $x117)) (not (or $x138 $x115)) (not (or $x302 $x104)) (not (or $x112 $x116))))))))))))))))
(assert
 (let ((?x152 (+ b_i sum_n_15)))
(let ((?x122 (* b_i p_i_t)))
(let ((?x69 (+ ?x122 sum_n_12)))
(let ((?x133 (/ ?x69 ?x152)))
(let ((?x130 (+ x_raised sum_n_15)))
(let ((?x221 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x76 (/ ?x221 ?x130)))
(let ((?x52 (- ?x76 ?x133)))
(or (> 0.0 (* ?x52 (- p_i_t ?x133))) (< (* (- p_i_t ?x133) (- p_i_t ?x133)) (* ?x52 ?x52))))))))))))
(check-sat)
