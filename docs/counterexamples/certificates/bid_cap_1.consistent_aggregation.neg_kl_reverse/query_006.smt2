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
 (let ((?x593 (* (- 1.0) sum_n_15)))
 (let ((?x835 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x410 (+ ?x835 ?x593)))
 (let (($x1778 (= 0.0 ?x410)))
 (let (($x911 (and (= 0.0 (+ (* ?x835 p_i_t) (* (- 1.0) sum_n_12))) $x1778)))
 (let (($x633 (and (not $x911) $x1778)))
 (not (or $x633 $x911)))))))))
(assert
 (let ((?x593 (* (- 1.0) sum_n_15)))
 (let ((?x835 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x410 (+ ?x835 ?x593)))
 (let (($x1778 (= 0.0 ?x410)))
 (let (($x911 (and (= 0.0 (+ (* ?x835 p_i_t) (* (- 1.0) sum_n_12))) $x1778)))
 (let (($x633 (and (not $x911) $x1778)))
 (let (($x1425 (not (or $x633 $x911))))
 (let (($x494 (not $x1425)))
 (not $x494))))))))))
(assert
 (let ((?x593 (* (- 1.0) sum_n_15)))
 (let ((?x835 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x410 (+ ?x835 ?x593)))
 (let ((?x351 (* (- 1.0) sum_n_12)))
 (let ((?x1575 (* ?x835 p_i_t)))
 (let ((?x1553 (+ ?x1575 ?x351)))
 (let ((?x1912 (/ ?x1553 ?x410)))
 (let (($x1478 (< ?x1912 0.0)))
 (not $x1478))))))))))
(assert
 (let ((?x593 (* (- 1.0) sum_n_15)))
(let ((?x835 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x410 (+ ?x835 ?x593)))
(let ((?x433 (* ?x835 1.0)))
(let ((?x406 (+ ?x433 ?x593)))
(let ((?x189 (/ ?x406 ?x410)))
(let (($x1778 (= 0.0 ?x410)))
(let (($x315 (and (= 0.0 ?x406) $x1778)))
(let (($x1510 (and (not $x315) $x1778)))
(or (not (not (or $x1510 $x315))) (and (distinct ?x189 1.0) true))))))))))))
(check-sat)
