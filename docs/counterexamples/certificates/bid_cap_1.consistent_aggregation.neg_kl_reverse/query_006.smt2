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
 (let ((?x2803 (* (- 1.0) sum_n_15)))
 (let ((?x3176 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1570 (+ ?x3176 ?x2803)))
 (let (($x106 (= 0.0 ?x1570)))
 (let (($x412 (and (= 0.0 (+ (* ?x3176 p_i_t) (* (- 1.0) sum_n_12))) $x106)))
 (let (($x2159 (and (not $x412) $x106)))
 (not (or $x2159 $x412)))))))))
(assert
 (let ((?x2803 (* (- 1.0) sum_n_15)))
 (let ((?x3176 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1570 (+ ?x3176 ?x2803)))
 (let (($x106 (= 0.0 ?x1570)))
 (let (($x412 (and (= 0.0 (+ (* ?x3176 p_i_t) (* (- 1.0) sum_n_12))) $x106)))
 (let (($x2159 (and (not $x412) $x106)))
 (let (($x1817 (not (or $x2159 $x412))))
 (let (($x2060 (not $x1817)))
 (not $x2060))))))))))
(assert
 (let ((?x2803 (* (- 1.0) sum_n_15)))
 (let ((?x3176 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1570 (+ ?x3176 ?x2803)))
 (let ((?x3495 (* (- 1.0) sum_n_12)))
 (let ((?x2821 (* ?x3176 p_i_t)))
 (let ((?x1831 (+ ?x2821 ?x3495)))
 (let ((?x2461 (/ ?x1831 ?x1570)))
 (let (($x672 (< ?x2461 0.0)))
 (not $x672))))))))))
(assert
 (let ((?x2803 (* (- 1.0) sum_n_15)))
(let ((?x3176 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1570 (+ ?x3176 ?x2803)))
(let ((?x3254 (* ?x3176 1.0)))
(let ((?x2727 (+ ?x3254 ?x2803)))
(let ((?x2985 (/ ?x2727 ?x1570)))
(let (($x106 (= 0.0 ?x1570)))
(let (($x1641 (and (= 0.0 ?x2727) $x106)))
(let (($x727 (and (not $x1641) $x106)))
(or (not (not (or $x727 $x1641))) (and (distinct ?x2985 1.0) true))))))))))))
(check-sat)
