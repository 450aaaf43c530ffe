; bid_cap_1, every n and k: the outputs sum to 1 wherever q(t) is finite
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
 (let ((?x1565 (* (- 1.0) sum_n_15)))
 (let ((?x3548 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1778 (+ ?x3548 ?x1565)))
 (let (($x1405 (= 0.0 ?x1778)))
 (let (($x3287 (and (= 0.0 (+ (* ?x3548 p_i_t) (* (- 1.0) sum_n_12))) $x1405)))
 (let (($x1511 (and (not $x3287) $x1405)))
 (not (or $x1511 $x3287)))))))))
(assert
 (let ((?x1565 (* (- 1.0) sum_n_15)))
 (let ((?x3548 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1778 (+ ?x3548 ?x1565)))
 (let (($x1405 (= 0.0 ?x1778)))
 (let (($x3287 (and (= 0.0 (+ (* ?x3548 p_i_t) (* (- 1.0) sum_n_12))) $x1405)))
 (let (($x1511 (and (not $x3287) $x1405)))
 (let (($x477 (not (or $x1511 $x3287))))
 (let (($x629 (not $x477)))
 (not $x629))))))))))
(assert
 (let ((?x1565 (* (- 1.0) sum_n_15)))
 (let ((?x3548 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1778 (+ ?x3548 ?x1565)))
 (let ((?x764 (* (- 1.0) sum_n_12)))
 (let ((?x463 (* ?x3548 p_i_t)))
 (let ((?x2794 (+ ?x463 ?x764)))
 (let ((?x3317 (/ ?x2794 ?x1778)))
 (let (($x2454 (< ?x3317 0.0)))
 (not $x2454))))))))))
(assert
 (let ((?x1565 (* (- 1.0) sum_n_15)))
(let ((?x3548 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1778 (+ ?x3548 ?x1565)))
(let ((?x1189 (* ?x3548 1.0)))
(let ((?x468 (+ ?x1189 ?x1565)))
(let ((?x2516 (/ ?x468 ?x1778)))
(let (($x1405 (= 0.0 ?x1778)))
(let (($x2105 (and (= 0.0 ?x468) $x1405)))
(let (($x758 (and (not $x2105) $x1405)))
(or (not (not (or $x758 $x2105))) (and (distinct ?x2516 1.0) true))))))))))))
(check-sat)
