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
 (let ((?x6490 (* (- 1.0) sum_n_15)))
 (let ((?x177 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x6642 (+ ?x177 ?x6490)))
 (let (($x5590 (= 0.0 ?x6642)))
 (let (($x1455 (and (= 0.0 (+ (* ?x177 p_i_t) (* (- 1.0) sum_n_12))) $x5590)))
 (let (($x6233 (and (not $x1455) $x5590)))
 (not (or $x6233 $x1455)))))))))
(assert
 (let ((?x6490 (* (- 1.0) sum_n_15)))
 (let ((?x177 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x6642 (+ ?x177 ?x6490)))
 (let (($x5590 (= 0.0 ?x6642)))
 (let (($x1455 (and (= 0.0 (+ (* ?x177 p_i_t) (* (- 1.0) sum_n_12))) $x5590)))
 (let (($x6233 (and (not $x1455) $x5590)))
 (let (($x3036 (not (or $x6233 $x1455))))
 (let (($x1177 (not $x3036)))
 (not $x1177))))))))))
(assert
 (let ((?x6490 (* (- 1.0) sum_n_15)))
 (let ((?x177 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x6642 (+ ?x177 ?x6490)))
 (let ((?x8366 (* (- 1.0) sum_n_12)))
 (let ((?x350 (* ?x177 p_i_t)))
 (let ((?x1287 (+ ?x350 ?x8366)))
 (let ((?x182 (/ ?x1287 ?x6642)))
 (let (($x414 (< ?x182 0.0)))
 (not $x414))))))))))
(assert
 (let ((?x6490 (* (- 1.0) sum_n_15)))
(let ((?x177 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x6642 (+ ?x177 ?x6490)))
(let ((?x5460 (* ?x177 1.0)))
(let ((?x4741 (+ ?x5460 ?x6490)))
(let ((?x1519 (/ ?x4741 ?x6642)))
(let (($x5590 (= 0.0 ?x6642)))
(let (($x6570 (and (= 0.0 ?x4741) $x5590)))
(let (($x8529 (and (not $x6570) $x5590)))
(or (not (not (or $x8529 $x6570))) (and (distinct ?x1519 1.0) true))))))))))))
(check-sat)
