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
 (let ((?x216 (+ x_raised sum_n_15)))
 (let (($x154 (= 0.0 ?x216)))
 (let (($x249 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x154)))
 (let (($x236 (and (not $x249) $x154)))
 (let ((?x31 (+ b_i sum_n_15)))
 (let (($x251 (= 0.0 ?x31)))
 (let (($x235 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x251)))
 (let (($x106 (and (not $x235) $x251)))
 (let (($x247 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x154)))
 (let (($x85 (and (not $x247) $x154)))
 (let (($x190 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x251)))
 (let (($x195 (and (not $x190) $x251)))
 (and (not (or $x195 $x190)) (not (or $x85 $x247)) (not (or $x106 $x235)) (not (or $x236 $x249))))))))))))))))
(assert
 (let ((?x31 (+ b_i sum_n_15)))
(let ((?x312 (* b_i p_i_u)))
(let ((?x92 (+ ?x312 sum_n_13)))
(let ((?x149 (/ ?x92 ?x31)))
(let ((?x354 (- p_i_u ?x149)))
(let ((?x65 (* b_i p_i_t)))
(let ((?x142 (+ ?x65 sum_n_12)))
(let ((?x342 (/ ?x142 ?x31)))
(let ((?x216 (+ x_raised sum_n_15)))
(let ((?x323 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x250 (/ ?x323 ?x216)))
(let ((?x47 (- ?x250 ?x342)))
(let ((?x393 (* ?x47 ?x354)))
(let ((?x133 (- p_i_t ?x342)))
(let ((?x358 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x171 (/ ?x358 ?x216)))
(let ((?x135 (- ?x171 ?x149)))
(let ((?x338 (* ?x135 ?x133)))
(or (< ?x393 ?x338) (< ?x338 ?x393)))))))))))))))))))))
(check-sat)
