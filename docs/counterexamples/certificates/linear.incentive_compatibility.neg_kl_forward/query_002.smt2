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
 (let ((?x415 (+ x_raised sum_n_15)))
 (let (($x392 (= 0.0 ?x415)))
 (let (($x426 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x392)))
 (let (($x109 (and (not $x426) $x392)))
 (let ((?x354 (+ b_i sum_n_15)))
 (let (($x270 (= 0.0 ?x354)))
 (let (($x417 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x270)))
 (let (($x138 (and (not $x417) $x270)))
 (let (($x66 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x392)))
 (let (($x264 (and (not $x66) $x392)))
 (let (($x95 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x270)))
 (let (($x461 (and (not $x95) $x270)))
 (and (not (or $x461 $x95)) (not (or $x264 $x66)) (not (or $x138 $x417)) (not (or $x109 $x426))))))))))))))))
(assert
 (let ((?x354 (+ b_i sum_n_15)))
(let ((?x175 (* b_i p_i_u)))
(let ((?x100 (+ ?x175 sum_n_13)))
(let ((?x305 (/ ?x100 ?x354)))
(let ((?x415 (+ x_raised sum_n_15)))
(let ((?x200 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x99 (/ ?x200 ?x415)))
(let ((?x343 (- ?x99 ?x305)))
(or (> 0.0 (* ?x343 (- p_i_u ?x305))) (< (* (- p_i_u ?x305) (- p_i_u ?x305)) (* ?x343 ?x343))))))))))))
(check-sat)
