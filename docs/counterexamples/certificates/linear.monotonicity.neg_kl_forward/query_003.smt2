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
 (let ((?x166 (+ x_raised sum_n_15)))
 (let (($x99 (= 0.0 ?x166)))
 (let (($x182 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x99)))
 (let (($x60 (and (not $x182) $x99)))
 (let ((?x167 (+ b_i sum_n_15)))
 (let (($x178 (= 0.0 ?x167)))
 (let (($x39 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x178)))
 (let (($x52 (and (not $x39) $x178)))
 (let (($x184 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x99)))
 (let (($x175 (and (not $x184) $x99)))
 (let (($x164 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x178)))
 (let (($x170 (and (not $x164) $x178)))
 (and (not (or $x170 $x164)) (not (or $x175 $x184)) (not (or $x52 $x39)) (not (or $x60 $x182))))))))))))))))
(assert
 (let ((?x167 (+ b_i sum_n_15)))
(let ((?x161 (* b_i p_i_u)))
(let ((?x188 (+ ?x161 sum_n_13)))
(let ((?x163 (/ ?x188 ?x167)))
(let ((?x243 (- p_i_u ?x163)))
(let ((?x40 (* b_i p_i_t)))
(let ((?x76 (+ ?x40 sum_n_12)))
(let ((?x58 (/ ?x76 ?x167)))
(let ((?x166 (+ x_raised sum_n_15)))
(let ((?x126 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x157 (/ ?x126 ?x166)))
(let ((?x59 (- ?x157 ?x58)))
(let ((?x337 (* ?x59 ?x243)))
(let ((?x279 (- p_i_t ?x58)))
(let ((?x82 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x320 (/ ?x82 ?x166)))
(let ((?x226 (- ?x320 ?x163)))
(let ((?x270 (* ?x226 ?x279)))
(or (< ?x337 ?x270) (< ?x270 ?x337)))))))))))))))))))))
(check-sat)
