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
 (let ((?x139 (+ x_raised sum_n_15)))
 (let (($x47 (= 0.0 ?x139)))
 (let (($x71 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x47)))
 (let (($x49 (and (not $x71) $x47)))
 (let ((?x157 (+ b_i sum_n_15)))
 (let (($x72 (= 0.0 ?x157)))
 (let (($x335 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x72)))
 (let (($x195 (and (not $x335) $x72)))
 (let (($x117 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x47)))
 (let (($x126 (and (not $x117) $x47)))
 (let (($x100 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x72)))
 (let (($x53 (and (not $x100) $x72)))
 (and (not (or $x53 $x100)) (not (or $x126 $x117)) (not (or $x195 $x335)) (not (or $x49 $x71))))))))))))))))
(assert
 (let ((?x157 (+ b_i sum_n_15)))
(let ((?x48 (* b_i p_i_u)))
(let ((?x129 (+ ?x48 sum_n_13)))
(let ((?x310 (/ ?x129 ?x157)))
(let ((?x148 (- p_i_u ?x310)))
(let ((?x42 (* b_i p_i_t)))
(let ((?x176 (+ ?x42 sum_n_12)))
(let ((?x134 (/ ?x176 ?x157)))
(let ((?x139 (+ x_raised sum_n_15)))
(let ((?x326 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x141 (/ ?x326 ?x139)))
(let ((?x175 (- ?x141 ?x134)))
(let ((?x152 (* ?x175 ?x148)))
(let ((?x155 (- p_i_t ?x134)))
(let ((?x113 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x189 (/ ?x113 ?x139)))
(let ((?x96 (- ?x189 ?x310)))
(let ((?x337 (* ?x96 ?x155)))
(or (< ?x152 ?x337) (< ?x337 ?x152)))))))))))))))))))))
(check-sat)
