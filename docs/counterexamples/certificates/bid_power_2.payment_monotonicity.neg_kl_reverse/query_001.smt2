; bid_power_2, every n and k: no coordinatewise violation
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
 (let ((?x7286 (* x_raised x_raised)))
 (let ((?x7573 (+ ?x7286 sum_n_15)))
 (let (($x1354 (= 0.0 ?x7573)))
 (let (($x4250 (and (= 0.0 (+ (* ?x7286 p_i_t) sum_n_12)) $x1354)))
 (let (($x8399 (and (not $x4250) $x1354)))
 (let ((?x6171 (* b_i b_i)))
 (let ((?x2754 (+ ?x6171 sum_n_15)))
 (let (($x189 (= 0.0 ?x2754)))
 (let (($x8046 (and (= 0.0 (+ (* ?x6171 p_i_t) sum_n_12)) $x189)))
 (let (($x53 (and (not $x8046) $x189)))
 (and (not (or $x53 $x8046)) (not (or $x8399 $x4250))))))))))))))
(assert
 (let ((?x7286 (* x_raised x_raised)))
(let ((?x7573 (+ ?x7286 sum_n_15)))
(let ((?x2166 (+ (* ?x7286 p_i_t) sum_n_12)))
(let ((?x553 (/ ?x2166 ?x7573)))
(let ((?x6171 (* b_i b_i)))
(let ((?x2754 (+ ?x6171 sum_n_15)))
(let ((?x8039 (+ (* ?x6171 p_i_t) sum_n_12)))
(let ((?x1344 (/ ?x8039 ?x2754)))
(or (and (< ?x553 ?x1344) (< ?x553 p_i_t)) (and (< ?x1344 ?x553) (< p_i_t ?x553))))))))))))
(check-sat)
