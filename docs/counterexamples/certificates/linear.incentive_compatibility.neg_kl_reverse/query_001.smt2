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
 (let ((?x63 (+ x_raised sum_n_15)))
 (let (($x64 (= 0.0 ?x63)))
 (let (($x81 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x64)))
 (let ((?x53 (+ b_i sum_n_15)))
 (let (($x54 (= 0.0 ?x53)))
 (let (($x73 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x54)))
 (let (($x65 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x64)))
 (let (($x55 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x54)))
 (and (not (or (and (not $x55) $x54) $x55)) (not (or (and (not $x65) $x64) $x65)) (not (or (and (not $x73) $x54) $x73)) (not (or (and (not $x81) $x64) $x81))))))))))))
(assert
 (let ((?x53 (+ b_i sum_n_15)))
(let ((?x50 (* b_i p_i_t)))
(let ((?x51 (+ ?x50 sum_n_12)))
(let ((?x88 (/ ?x51 ?x53)))
(let ((?x89 (- (/ (+ (* x_raised p_i_t) sum_n_12) (+ x_raised sum_n_15)) ?x88)))
(or (> 0.0 (* ?x89 (- p_i_t ?x88))) (< (* (- p_i_t ?x88) (- p_i_t ?x88)) (* ?x89 ?x89)))))))))
(check-sat)
