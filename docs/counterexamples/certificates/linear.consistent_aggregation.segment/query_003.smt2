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
 (let ((?x125 (+ x_raised sum_n_15)))
 (let (($x270 (= 0.0 ?x125)))
 (let (($x92 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x270)))
 (let (($x388 (and (not $x92) $x270)))
 (let ((?x136 (+ b_i sum_n_15)))
 (let (($x342 (= 0.0 ?x136)))
 (let (($x304 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x342)))
 (let (($x117 (and (not $x304) $x342)))
 (let (($x258 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x270)))
 (let (($x68 (and (not $x258) $x270)))
 (let (($x461 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x342)))
 (let (($x239 (and (not $x461) $x342)))
 (and (not (or $x239 $x461)) (not (or $x68 $x258)) (not (or $x117 $x304)) (not (or $x388 $x92))))))))))))))))
(assert
 (let ((?x136 (+ b_i sum_n_15)))
(let ((?x192 (* b_i p_i_u)))
(let ((?x266 (+ ?x192 sum_n_13)))
(let ((?x189 (/ ?x266 ?x136)))
(let ((?x172 (- p_i_u ?x189)))
(let ((?x67 (* b_i p_i_t)))
(let ((?x194 (+ ?x67 sum_n_12)))
(let ((?x197 (/ ?x194 ?x136)))
(let ((?x125 (+ x_raised sum_n_15)))
(let ((?x80 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x138 (/ ?x80 ?x125)))
(let ((?x129 (- ?x138 ?x197)))
(let ((?x244 (* ?x129 ?x172)))
(let ((?x153 (- p_i_t ?x197)))
(let ((?x245 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x213 (/ ?x245 ?x125)))
(let ((?x144 (- ?x213 ?x189)))
(let ((?x103 (* ?x144 ?x153)))
(or (< ?x244 ?x103) (< ?x103 ?x244)))))))))))))))))))))
(check-sat)
