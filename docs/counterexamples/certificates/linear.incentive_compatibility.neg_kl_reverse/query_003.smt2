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
 (let ((?x43 (+ x_raised sum_n_15)))
 (let (($x159 (= 0.0 ?x43)))
 (let (($x425 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x159)))
 (let (($x71 (and (not $x425) $x159)))
 (let ((?x444 (+ b_i sum_n_15)))
 (let (($x38 (= 0.0 ?x444)))
 (let (($x180 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x38)))
 (let (($x154 (and (not $x180) $x38)))
 (let (($x235 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x159)))
 (let (($x112 (and (not $x235) $x159)))
 (let (($x151 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x38)))
 (let (($x155 (and (not $x151) $x38)))
 (and (not (or $x155 $x151)) (not (or $x112 $x235)) (not (or $x154 $x180)) (not (or $x71 $x425))))))))))))))))
(assert
 (let ((?x444 (+ b_i sum_n_15)))
(let ((?x172 (* b_i p_i_u)))
(let ((?x289 (+ ?x172 sum_n_13)))
(let ((?x110 (/ ?x289 ?x444)))
(let ((?x412 (- p_i_u ?x110)))
(let ((?x58 (* b_i p_i_t)))
(let ((?x168 (+ ?x58 sum_n_12)))
(let ((?x204 (/ ?x168 ?x444)))
(let ((?x43 (+ x_raised sum_n_15)))
(let ((?x281 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x195 (/ ?x281 ?x43)))
(let ((?x273 (- ?x195 ?x204)))
(let ((?x341 (* ?x273 ?x412)))
(let ((?x84 (- p_i_t ?x204)))
(let ((?x398 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x181 (/ ?x398 ?x43)))
(let ((?x179 (- ?x181 ?x110)))
(let ((?x396 (* ?x179 ?x84)))
(or (< ?x341 ?x396) (< ?x396 ?x341)))))))))))))))))))))
(check-sat)
