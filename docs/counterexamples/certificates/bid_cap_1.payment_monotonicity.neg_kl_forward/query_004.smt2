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
 (let ((?x2854 (* (- 1.0) sum_n_15)))
 (let ((?x33 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1424 (+ ?x33 ?x2854)))
 (let (($x1742 (= 0.0 ?x1424)))
 (let (($x1452 (and (= 0.0 (+ (* ?x33 p_i_t) (* (- 1.0) sum_n_12))) $x1742)))
 (let (($x1458 (and (not $x1452) $x1742)))
 (not (or $x1458 $x1452)))))))))
(assert
 (let ((?x2854 (* (- 1.0) sum_n_15)))
 (let ((?x33 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1424 (+ ?x33 ?x2854)))
 (let (($x1742 (= 0.0 ?x1424)))
 (let (($x1452 (and (= 0.0 (+ (* ?x33 p_i_t) (* (- 1.0) sum_n_12))) $x1742)))
 (let (($x1458 (and (not $x1452) $x1742)))
 (let (($x1296 (not (or $x1458 $x1452))))
 (let (($x196 (not $x1296)))
 (not $x196))))))))))
(assert
 (let ((?x2854 (* (- 1.0) sum_n_15)))
 (let ((?x33 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1424 (+ ?x33 ?x2854)))
 (let ((?x3483 (* (- 1.0) sum_n_12)))
 (let ((?x2279 (* ?x33 p_i_t)))
 (let ((?x3499 (+ ?x2279 ?x3483)))
 (let ((?x2845 (/ ?x3499 ?x1424)))
 (let (($x2973 (< ?x2845 0.0)))
 (not $x2973))))))))))
(assert
 (let ((?x2854 (* (- 1.0) sum_n_15)))
(let ((?x33 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1424 (+ ?x33 ?x2854)))
(let ((?x1148 (* ?x33 1.0)))
(let ((?x2793 (+ ?x1148 ?x2854)))
(let ((?x841 (/ ?x2793 ?x1424)))
(let (($x1742 (= 0.0 ?x1424)))
(let (($x1831 (and (= 0.0 ?x2793) $x1742)))
(let (($x880 (and (not $x1831) $x1742)))
(or (not (not (or $x880 $x1831))) (and (distinct ?x841 1.0) true))))))))))))
(check-sat)
