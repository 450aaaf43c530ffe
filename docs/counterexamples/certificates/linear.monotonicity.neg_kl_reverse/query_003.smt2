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
 (let ((?x165 (+ x_raised sum_n_15)))
 (let (($x171 (= 0.0 ?x165)))
 (let (($x299 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x171)))
 (let (($x36 (and (not $x299) $x171)))
 (let ((?x315 (+ b_i sum_n_15)))
 (let (($x166 (= 0.0 ?x315)))
 (let (($x129 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x166)))
 (let (($x128 (and (not $x129) $x166)))
 (let (($x200 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x171)))
 (let (($x202 (and (not $x200) $x171)))
 (let (($x194 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x166)))
 (let (($x147 (and (not $x194) $x166)))
 (and (not (or $x147 $x194)) (not (or $x202 $x200)) (not (or $x128 $x129)) (not (or $x36 $x299))))))))))))))))
(assert
 (let ((?x315 (+ b_i sum_n_15)))
(let ((?x207 (* b_i p_i_u)))
(let ((?x186 (+ ?x207 sum_n_13)))
(let ((?x157 (/ ?x186 ?x315)))
(let ((?x377 (- p_i_u ?x157)))
(let ((?x71 (* b_i p_i_t)))
(let ((?x76 (+ ?x71 sum_n_12)))
(let ((?x44 (/ ?x76 ?x315)))
(let ((?x165 (+ x_raised sum_n_15)))
(let ((?x188 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x277 (/ ?x188 ?x165)))
(let ((?x98 (- ?x277 ?x44)))
(let ((?x118 (* ?x98 ?x377)))
(let ((?x142 (- p_i_t ?x44)))
(let ((?x46 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x213 (/ ?x46 ?x165)))
(let ((?x93 (- ?x213 ?x157)))
(let ((?x91 (* ?x93 ?x142)))
(or (< ?x118 ?x91) (< ?x91 ?x118)))))))))))))))))))))
(check-sat)
