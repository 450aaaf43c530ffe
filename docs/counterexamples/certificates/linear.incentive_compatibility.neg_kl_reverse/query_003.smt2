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
 (let ((?x456 (+ x_raised sum_n_15)))
 (let (($x411 (= 0.0 ?x456)))
 (let (($x64 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x411)))
 (let (($x157 (and (not $x64) $x411)))
 (let ((?x272 (+ b_i sum_n_15)))
 (let (($x73 (= 0.0 ?x272)))
 (let (($x320 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x73)))
 (let (($x363 (and (not $x320) $x73)))
 (let (($x43 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x411)))
 (let (($x270 (and (not $x43) $x411)))
 (let (($x335 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x73)))
 (let (($x31 (and (not $x335) $x73)))
 (and (not (or $x31 $x335)) (not (or $x270 $x43)) (not (or $x363 $x320)) (not (or $x157 $x64))))))))))))))))
(assert
 (let ((?x272 (+ b_i sum_n_15)))
(let ((?x122 (* b_i p_i_u)))
(let ((?x167 (+ ?x122 sum_n_13)))
(let ((?x310 (/ ?x167 ?x272)))
(let ((?x134 (- p_i_u ?x310)))
(let ((?x165 (* b_i p_i_t)))
(let ((?x285 (+ ?x165 sum_n_12)))
(let ((?x209 (/ ?x285 ?x272)))
(let ((?x456 (+ x_raised sum_n_15)))
(let ((?x279 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x201 (/ ?x279 ?x456)))
(let ((?x48 (- ?x201 ?x209)))
(let ((?x388 (* ?x48 ?x134)))
(let ((?x282 (- p_i_t ?x209)))
(let ((?x116 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x66 (/ ?x116 ?x456)))
(let ((?x389 (- ?x66 ?x310)))
(let ((?x240 (* ?x389 ?x282)))
(or (< ?x388 ?x240) (< ?x240 ?x388)))))))))))))))))))))
(check-sat)
