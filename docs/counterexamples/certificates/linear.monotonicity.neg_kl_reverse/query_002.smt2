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
 (let ((?x136 (+ x_raised sum_n_15)))
 (let (($x161 (= 0.0 ?x136)))
 (let (($x58 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x161)))
 (let (($x60 (and (not $x58) $x161)))
 (let ((?x208 (+ b_i sum_n_15)))
 (let (($x194 (= 0.0 ?x208)))
 (let (($x165 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x194)))
 (let (($x193 (and (not $x165) $x194)))
 (let (($x67 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x161)))
 (let (($x87 (and (not $x67) $x161)))
 (let (($x85 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x194)))
 (let (($x52 (and (not $x85) $x194)))
 (and (not (or $x52 $x85)) (not (or $x87 $x67)) (not (or $x193 $x165)) (not (or $x60 $x58))))))))))))))))
(assert
 (let ((?x208 (+ b_i sum_n_15)))
(let ((?x39 (* b_i p_i_u)))
(let ((?x186 (+ ?x39 sum_n_13)))
(let ((?x200 (/ ?x186 ?x208)))
(let ((?x136 (+ x_raised sum_n_15)))
(let ((?x82 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x377 (/ ?x82 ?x136)))
(let ((?x375 (- ?x377 ?x200)))
(or (> 0.0 (* ?x375 (- p_i_u ?x200))) (< (* (- p_i_u ?x200) (- p_i_u ?x200)) (* ?x375 ?x375))))))))))))
(check-sat)
