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
 (let ((?x4571 (* (- 1.0) sum_n_15)))
 (let ((?x2026 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x2004 (+ ?x2026 ?x4571)))
 (let (($x6510 (= 0.0 ?x2004)))
 (let (($x3942 (and (= 0.0 (+ (* ?x2026 p_i_u) (* (- 1.0) sum_n_13))) $x6510)))
 (let (($x5571 (and (not $x3942) $x6510)))
 (let ((?x1898 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x228 (+ ?x1898 ?x4571)))
 (let (($x136 (= 0.0 ?x228)))
 (let (($x2744 (and (= 0.0 (+ (* ?x1898 p_i_u) (* (- 1.0) sum_n_13))) $x136)))
 (let (($x1620 (and (not $x2744) $x136)))
 (let (($x1091 (and (= 0.0 (+ (* ?x2026 p_i_t) (* (- 1.0) sum_n_12))) $x6510)))
 (let (($x7371 (and (not $x1091) $x6510)))
 (let (($x1164 (and (= 0.0 (+ (* ?x1898 p_i_t) (* (- 1.0) sum_n_12))) $x136)))
 (let (($x53 (and (not $x1164) $x136)))
 (and (not (or $x53 $x1164)) (not (or $x7371 $x1091)) (not (or $x1620 $x2744)) (not (or $x5571 $x3942)))))))))))))))))))
(assert
 (let ((?x4571 (* (- 1.0) sum_n_15)))
(let ((?x1898 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x228 (+ ?x1898 ?x4571)))
(let ((?x2363 (* (- 1.0) sum_n_12)))
(let ((?x5691 (+ (* ?x1898 p_i_t) ?x2363)))
(let ((?x2638 (/ ?x5691 ?x228)))
(let ((?x2026 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x2004 (+ ?x2026 ?x4571)))
(let ((?x4181 (+ (* ?x2026 p_i_t) ?x2363)))
(let ((?x2670 (/ ?x4181 ?x2004)))
(let ((?x7646 (- ?x2670 ?x2638)))
(or (> 0.0 (* ?x7646 (- p_i_t ?x2638))) (< (* (- p_i_t ?x2638) (- p_i_t ?x2638)) (* ?x7646 ?x7646)))))))))))))))
(check-sat)
