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
 (let ((?x248 (+ x_raised sum_n_15)))
 (let (($x82 (= 0.0 ?x248)))
 (let (($x323 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x82)))
 (let (($x55 (and (not $x323) $x82)))
 (let ((?x209 (+ b_i sum_n_15)))
 (let (($x67 (= 0.0 ?x209)))
 (let (($x236 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x67)))
 (let (($x85 (and (not $x236) $x67)))
 (let (($x167 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x82)))
 (let (($x45 (and (not $x167) $x82)))
 (let (($x48 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x67)))
 (let (($x171 (and (not $x48) $x67)))
 (and (not (or $x171 $x48)) (not (or $x45 $x167)) (not (or $x85 $x236)) (not (or $x55 $x323))))))))))))))))
(assert
 (let ((?x209 (+ b_i sum_n_15)))
(let ((?x64 (* b_i p_i_u)))
(let ((?x112 (+ ?x64 sum_n_13)))
(let ((?x71 (/ ?x112 ?x209)))
(let ((?x95 (- p_i_u ?x71)))
(let ((?x418 (* b_i p_i_t)))
(let ((?x128 (+ ?x418 sum_n_12)))
(let ((?x77 (/ ?x128 ?x209)))
(let ((?x248 (+ x_raised sum_n_15)))
(let ((?x116 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x462 (/ ?x116 ?x248)))
(let ((?x46 (- ?x462 ?x77)))
(let ((?x103 (* ?x46 ?x95)))
(let ((?x155 (- p_i_t ?x77)))
(let ((?x285 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x125 (/ ?x285 ?x248)))
(let ((?x243 (- ?x125 ?x71)))
(let ((?x193 (* ?x243 ?x155)))
(or (< ?x103 ?x193) (< ?x193 ?x103)))))))))))))))))))))
(check-sat)
