; bid_cap_1, every n and k: no segment violation
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
 (<= sum_n_12 0.0))
(assert
 (<= sum_n_13 0.0))
(assert
 (<= sum_n_14 0.0))
(assert
 (<= sum_n_15 0.0))
(assert
 (<= sum_n_15 sum_n_12))
(assert
 (<= sum_n_15 sum_n_13))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x3616 (* (- 1.0) sum_n_15)))
 (let ((?x1894 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x589 (+ ?x1894 ?x3616)))
 (let (($x2845 (= 0.0 ?x589)))
 (let (($x450 (and (= 0.0 (+ (* ?x1894 p_i_u) (* (- 1.0) sum_n_13))) $x2845)))
 (let (($x1081 (and (not $x450) $x2845)))
 (let ((?x2141 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x2361 (+ ?x2141 ?x3616)))
 (let (($x1673 (= 0.0 ?x2361)))
 (let (($x1114 (and (= 0.0 (+ (* ?x2141 p_i_u) (* (- 1.0) sum_n_13))) $x1673)))
 (let (($x1995 (and (not $x1114) $x1673)))
 (let (($x4570 (and (= 0.0 (+ (* ?x1894 p_i_t) (* (- 1.0) sum_n_12))) $x2845)))
 (let (($x456 (and (not $x4570) $x2845)))
 (let (($x2105 (and (= 0.0 (+ (* ?x2141 p_i_t) (* (- 1.0) sum_n_12))) $x1673)))
 (let (($x3223 (and (not $x2105) $x1673)))
 (and (not (or $x3223 $x2105)) (not (or $x456 $x4570)) (not (or $x1995 $x1114)) (not (or $x1081 $x450)))))))))))))))))))
(assert
 (let ((?x3616 (* (- 1.0) sum_n_15)))
(let ((?x2141 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x2361 (+ ?x2141 ?x3616)))
(let ((?x974 (* (- 1.0) sum_n_12)))
(let ((?x3542 (+ (* ?x2141 p_i_t) ?x974)))
(let ((?x3272 (/ ?x3542 ?x2361)))
(let ((?x1894 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x589 (+ ?x1894 ?x3616)))
(let ((?x989 (+ (* ?x1894 p_i_t) ?x974)))
(let ((?x287 (/ ?x989 ?x589)))
(let ((?x3363 (- ?x287 ?x3272)))
(or (> 0.0 (* ?x3363 (- p_i_t ?x3272))) (< (* (- p_i_t ?x3272) (- p_i_t ?x3272)) (* ?x3363 ?x3363)))))))))))))))
(check-sat)
