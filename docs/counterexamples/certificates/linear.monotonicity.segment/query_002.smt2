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
 (let ((?x128 (+ x_raised sum_n_15)))
 (let (($x124 (= 0.0 ?x128)))
 (let (($x151 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x124)))
 (let (($x155 (and (not $x151) $x124)))
 (let ((?x113 (+ b_i sum_n_15)))
 (let (($x79 (= 0.0 ?x113)))
 (let (($x88 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x79)))
 (let (($x109 (and (not $x88) $x79)))
 (let (($x132 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x124)))
 (let (($x74 (and (not $x132) $x124)))
 (let (($x38 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x79)))
 (let (($x94 (and (not $x38) $x79)))
 (and (not (or $x94 $x38)) (not (or $x74 $x132)) (not (or $x109 $x88)) (not (or $x155 $x151))))))))))))))))
(assert
 (let ((?x113 (+ b_i sum_n_15)))
(let ((?x58 (* b_i p_i_u)))
(let ((?x73 (+ ?x58 sum_n_13)))
(let ((?x145 (/ ?x73 ?x113)))
(let ((?x128 (+ x_raised sum_n_15)))
(let ((?x152 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x163 (/ ?x152 ?x128)))
(let ((?x182 (- ?x163 ?x145)))
(or (> 0.0 (* ?x182 (- p_i_u ?x145))) (< (* (- p_i_u ?x145) (- p_i_u ?x145)) (* ?x182 ?x182))))))))))))
(check-sat)
