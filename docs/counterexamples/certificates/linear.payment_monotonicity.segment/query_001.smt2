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
 (let ((?x162 (+ x_raised sum_n_15)))
 (let (($x52 (= 0.0 ?x162)))
 (let (($x163 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x52)))
 (let (($x102 (and (not $x163) $x52)))
 (let ((?x85 (+ b_i sum_n_15)))
 (let (($x146 (= 0.0 ?x85)))
 (let (($x127 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x146)))
 (let (($x174 (and (not $x127) $x146)))
 (let (($x132 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x52)))
 (let (($x96 (and (not $x132) $x52)))
 (let (($x169 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x146)))
 (let (($x47 (and (not $x169) $x146)))
 (and (not (or $x47 $x169)) (not (or $x96 $x132)) (not (or $x174 $x127)) (not (or $x102 $x163))))))))))))))))
(assert
 (let ((?x85 (+ b_i sum_n_15)))
(let ((?x130 (* b_i p_i_t)))
(let ((?x195 (+ ?x130 sum_n_12)))
(let ((?x104 (/ ?x195 ?x85)))
(let ((?x162 (+ x_raised sum_n_15)))
(let ((?x71 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x138 (/ ?x71 ?x162)))
(let ((?x80 (- ?x138 ?x104)))
(or (> 0.0 (* ?x80 (- p_i_t ?x104))) (< (* (- p_i_t ?x104) (- p_i_t ?x104)) (* ?x80 ?x80))))))))))))
(check-sat)
