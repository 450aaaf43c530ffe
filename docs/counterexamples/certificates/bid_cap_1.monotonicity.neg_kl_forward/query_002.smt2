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
 (let ((?x2981 (* (- 1.0) sum_n_15)))
 (let ((?x758 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1180 (+ ?x758 ?x2981)))
 (let (($x3517 (= 0.0 ?x1180)))
 (let (($x1936 (and (= 0.0 (+ (* ?x758 p_i_u) (* (- 1.0) sum_n_13))) $x3517)))
 (let (($x444 (and (not $x1936) $x3517)))
 (let ((?x2959 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x340 (+ ?x2959 ?x2981)))
 (let (($x272 (= 0.0 ?x340)))
 (let (($x3184 (and (= 0.0 (+ (* ?x2959 p_i_u) (* (- 1.0) sum_n_13))) $x272)))
 (let (($x2193 (and (not $x3184) $x272)))
 (let (($x1628 (and (= 0.0 (+ (* ?x758 p_i_t) (* (- 1.0) sum_n_12))) $x3517)))
 (let (($x285 (and (not $x1628) $x3517)))
 (let (($x3363 (and (= 0.0 (+ (* ?x2959 p_i_t) (* (- 1.0) sum_n_12))) $x272)))
 (let (($x239 (and (not $x3363) $x272)))
 (and (not (or $x239 $x3363)) (not (or $x285 $x1628)) (not (or $x2193 $x3184)) (not (or $x444 $x1936)))))))))))))))))))
(assert
 (let ((?x2981 (* (- 1.0) sum_n_15)))
(let ((?x2959 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x340 (+ ?x2959 ?x2981)))
(let ((?x1894 (* (- 1.0) sum_n_13)))
(let ((?x2261 (+ (* ?x2959 p_i_u) ?x1894)))
(let ((?x3542 (/ ?x2261 ?x340)))
(let ((?x758 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1180 (+ ?x758 ?x2981)))
(let ((?x78 (+ (* ?x758 p_i_u) ?x1894)))
(let ((?x196 (/ ?x78 ?x1180)))
(let ((?x629 (- ?x196 ?x3542)))
(or (> 0.0 (* ?x629 (- p_i_u ?x3542))) (< (* (- p_i_u ?x3542) (- p_i_u ?x3542)) (* ?x629 ?x629)))))))))))))))
(check-sat)
