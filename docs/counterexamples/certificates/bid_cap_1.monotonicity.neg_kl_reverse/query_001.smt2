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
 (let ((?x8026 (* (- 1.0) sum_n_15)))
 (let ((?x4611 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x5363 (+ ?x4611 ?x8026)))
 (let (($x6942 (= 0.0 ?x5363)))
 (let (($x8183 (and (= 0.0 (+ (* ?x4611 p_i_u) (* (- 1.0) sum_n_13))) $x6942)))
 (let (($x3935 (and (not $x8183) $x6942)))
 (let ((?x120 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x6866 (+ ?x120 ?x8026)))
 (let (($x5691 (= 0.0 ?x6866)))
 (let (($x887 (and (= 0.0 (+ (* ?x120 p_i_u) (* (- 1.0) sum_n_13))) $x5691)))
 (let (($x8310 (and (not $x887) $x5691)))
 (let (($x7073 (and (= 0.0 (+ (* ?x4611 p_i_t) (* (- 1.0) sum_n_12))) $x6942)))
 (let (($x7797 (and (not $x7073) $x6942)))
 (let (($x228 (and (= 0.0 (+ (* ?x120 p_i_t) (* (- 1.0) sum_n_12))) $x5691)))
 (let (($x4603 (and (not $x228) $x5691)))
 (and (not (or $x4603 $x228)) (not (or $x7797 $x7073)) (not (or $x8310 $x887)) (not (or $x3935 $x8183)))))))))))))))))))
(assert
 (let ((?x8026 (* (- 1.0) sum_n_15)))
(let ((?x120 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x6866 (+ ?x120 ?x8026)))
(let ((?x3666 (* (- 1.0) sum_n_12)))
(let ((?x3325 (+ (* ?x120 p_i_t) ?x3666)))
(let ((?x2004 (/ ?x3325 ?x6866)))
(let ((?x4611 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x5363 (+ ?x4611 ?x8026)))
(let ((?x53 (+ (* ?x4611 p_i_t) ?x3666)))
(let ((?x4875 (/ ?x53 ?x5363)))
(let ((?x7014 (- ?x4875 ?x2004)))
(or (> 0.0 (* ?x7014 (- p_i_t ?x2004))) (< (* (- p_i_t ?x2004) (- p_i_t ?x2004)) (* ?x7014 ?x7014)))))))))))))))
(check-sat)
