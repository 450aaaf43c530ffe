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
 (let ((?x173 (+ x_raised sum_n_15)))
 (let (($x174 (= 0.0 ?x173)))
 (let (($x153 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x174)))
 (let (($x238 (and (not $x153) $x174)))
 (let ((?x124 (+ b_i sum_n_15)))
 (let (($x103 (= 0.0 ?x124)))
 (let (($x303 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x103)))
 (let (($x98 (and (not $x303) $x103)))
 (let (($x152 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x174)))
 (let (($x92 (and (not $x152) $x174)))
 (let (($x45 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x103)))
 (let (($x126 (and (not $x45) $x103)))
 (and (not (or $x126 $x45)) (not (or $x92 $x152)) (not (or $x98 $x303)) (not (or $x238 $x153))))))))))))))))
(assert
 (let ((?x124 (+ b_i sum_n_15)))
(let ((?x71 (* b_i p_i_u)))
(let ((?x162 (+ ?x71 sum_n_13)))
(let ((?x191 (/ ?x162 ?x124)))
(let ((?x139 (- p_i_u ?x191)))
(let ((?x171 (* b_i p_i_t)))
(let ((?x111 (+ ?x171 sum_n_12)))
(let ((?x65 (/ ?x111 ?x124)))
(let ((?x173 (+ x_raised sum_n_15)))
(let ((?x113 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x157 (/ ?x113 ?x173)))
(let ((?x12 (- ?x157 ?x65)))
(let ((?x335 (* ?x12 ?x139)))
(let ((?x125 (- p_i_t ?x65)))
(let ((?x187 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x190 (/ ?x187 ?x173)))
(let ((?x166 (- ?x190 ?x191)))
(let ((?x95 (* ?x166 ?x125)))
(or (< ?x335 ?x95) (< ?x95 ?x335)))))))))))))))))))))
(check-sat)
