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
 (let ((?x95 (* (- 1.0) sum_n_15)))
 (let ((?x8325 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x6518 (+ ?x8325 ?x95)))
 (let (($x1630 (= 0.0 ?x6518)))
 (let (($x6233 (and (= 0.0 (+ (* ?x8325 p_i_t) (* (- 1.0) sum_n_12))) $x1630)))
 (let (($x4522 (and (not $x6233) $x1630)))
 (not (or $x4522 $x6233)))))))))
(assert
 (let ((?x95 (* (- 1.0) sum_n_15)))
 (let ((?x8325 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x6518 (+ ?x8325 ?x95)))
 (let (($x1630 (= 0.0 ?x6518)))
 (let (($x6233 (and (= 0.0 (+ (* ?x8325 p_i_t) (* (- 1.0) sum_n_12))) $x1630)))
 (let (($x4522 (and (not $x6233) $x1630)))
 (let (($x108 (not (or $x4522 $x6233))))
 (let (($x2016 (not $x108)))
 (not $x2016))))))))))
(assert
 (let ((?x95 (* (- 1.0) sum_n_15)))
 (let ((?x8325 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x6518 (+ ?x8325 ?x95)))
 (let ((?x5832 (* (- 1.0) sum_n_12)))
 (let ((?x5200 (* ?x8325 p_i_t)))
 (let ((?x5590 (+ ?x5200 ?x5832)))
 (let ((?x319 (/ ?x5590 ?x6518)))
 (let (($x715 (< ?x319 0.0)))
 (not $x715))))))))))
(assert
 (let ((?x95 (* (- 1.0) sum_n_15)))
(let ((?x8325 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x6518 (+ ?x8325 ?x95)))
(let ((?x4517 (* ?x8325 1.0)))
(let ((?x4861 (+ ?x4517 ?x95)))
(let ((?x8168 (/ ?x4861 ?x6518)))
(let (($x1630 (= 0.0 ?x6518)))
(let (($x666 (and (= 0.0 ?x4861) $x1630)))
(let (($x866 (and (not $x666) $x1630)))
(or (not (not (or $x866 $x666))) (and (distinct ?x8168 1.0) true))))))))))))
(check-sat)
