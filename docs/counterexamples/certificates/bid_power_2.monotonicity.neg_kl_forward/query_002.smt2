; bid_power_2, every n and k: no segment violation
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
 (let ((?x61 (* x_raised x_raised)))
 (let ((?x65 (+ ?x61 sum_n_15)))
 (let (($x66 (= 0.0 ?x65)))
 (let (($x83 (and (= 0.0 (+ (* ?x61 p_i_u) sum_n_13)) $x66)))
 (let ((?x50 (* b_i b_i)))
 (let ((?x54 (+ ?x50 sum_n_15)))
 (let (($x55 (= 0.0 ?x54)))
 (let (($x75 (and (= 0.0 (+ (* ?x50 p_i_u) sum_n_13)) $x55)))
 (let (($x67 (and (= 0.0 (+ (* ?x61 p_i_t) sum_n_12)) $x66)))
 (let (($x56 (and (= 0.0 (+ (* ?x50 p_i_t) sum_n_12)) $x55)))
 (and (not (or (and (not $x56) $x55) $x56)) (not (or (and (not $x67) $x66) $x67)) (not (or (and (not $x75) $x55) $x75)) (not (or (and (not $x83) $x66) $x83))))))))))))))
(assert
 (let ((?x50 (* b_i b_i)))
(let ((?x54 (+ ?x50 sum_n_15)))
(let ((?x73 (+ (* ?x50 p_i_u) sum_n_13)))
(let ((?x90 (/ ?x73 ?x54)))
(let ((?x61 (* x_raised x_raised)))
(let ((?x65 (+ ?x61 sum_n_15)))
(let ((?x81 (+ (* ?x61 p_i_u) sum_n_13)))
(let ((?x91 (- (/ ?x81 ?x65) ?x90)))
(or (> 0.0 (* ?x91 (- p_i_u ?x90))) (< (* (- p_i_u ?x90) (- p_i_u ?x90)) (* ?x91 ?x91))))))))))))
(check-sat)
