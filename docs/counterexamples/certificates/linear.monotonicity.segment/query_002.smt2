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
 (let ((?x128 (+ x_raised sum_n_15)))
 (let (($x126 (= 0.0 ?x128)))
 (let (($x149 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x126)))
 (let (($x154 (and (not $x149) $x126)))
 (let ((?x113 (+ b_i sum_n_15)))
 (let (($x87 (= 0.0 ?x113)))
 (let (($x138 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x87)))
 (let (($x135 (and (not $x138) $x87)))
 (let (($x124 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x126)))
 (let (($x53 (and (not $x124) $x126)))
 (let (($x79 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x87)))
 (let (($x69 (and (not $x79) $x87)))
 (and (not (or $x69 $x79)) (not (or $x53 $x124)) (not (or $x135 $x138)) (not (or $x154 $x149))))))))))))))))
(assert
 (let ((?x113 (+ b_i sum_n_15)))
(let ((?x58 (* b_i p_i_u)))
(let ((?x73 (+ ?x58 sum_n_13)))
(let ((?x130 (/ ?x73 ?x113)))
(let ((?x128 (+ x_raised sum_n_15)))
(let ((?x152 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x162 (/ ?x152 ?x128)))
(let ((?x182 (- ?x162 ?x130)))
(or (> 0.0 (* ?x182 (- p_i_u ?x130))) (< (* (- p_i_u ?x130) (- p_i_u ?x130)) (* ?x182 ?x182))))))))))))
(check-sat)
