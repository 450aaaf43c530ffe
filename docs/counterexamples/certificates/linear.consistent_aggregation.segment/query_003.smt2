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
 (let ((?x461 (+ x_raised sum_n_15)))
 (let (($x131 (= 0.0 ?x461)))
 (let (($x351 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x131)))
 (let (($x132 (and (not $x351) $x131)))
 (let ((?x105 (+ b_i sum_n_15)))
 (let (($x128 (= 0.0 ?x105)))
 (let (($x113 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x128)))
 (let (($x170 (and (not $x113) $x128)))
 (let (($x220 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x131)))
 (let (($x143 (and (not $x220) $x131)))
 (let (($x277 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x128)))
 (let (($x299 (and (not $x277) $x128)))
 (and (not (or $x299 $x277)) (not (or $x143 $x220)) (not (or $x170 $x113)) (not (or $x132 $x351))))))))))))))))
(assert
 (let ((?x105 (+ b_i sum_n_15)))
(let ((?x206 (* b_i p_i_u)))
(let ((?x258 (+ ?x206 sum_n_13)))
(let ((?x270 (/ ?x258 ?x105)))
(let ((?x70 (- p_i_u ?x270)))
(let ((?x180 (* b_i p_i_t)))
(let ((?x242 (+ ?x180 sum_n_12)))
(let ((?x157 (/ ?x242 ?x105)))
(let ((?x461 (+ x_raised sum_n_15)))
(let ((?x91 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x59 (/ ?x91 ?x461)))
(let ((?x229 (- ?x59 ?x157)))
(let ((?x109 (* ?x229 ?x70)))
(let ((?x161 (- p_i_t ?x157)))
(let ((?x233 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x199 (/ ?x233 ?x461)))
(let ((?x416 (- ?x199 ?x270)))
(let ((?x52 (* ?x416 ?x161)))
(or (< ?x109 ?x52) (< ?x52 ?x109)))))))))))))))))))))
(check-sat)
