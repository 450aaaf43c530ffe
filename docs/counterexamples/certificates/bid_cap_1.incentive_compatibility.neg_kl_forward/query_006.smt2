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
 (let ((?x1706 (* (- 1.0) sum_n_15)))
 (let ((?x1789 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x637 (+ ?x1789 ?x1706)))
 (let (($x156 (= 0.0 ?x637)))
 (let (($x1022 (and (= 0.0 (+ (* ?x1789 p_i_t) (* (- 1.0) sum_n_12))) $x156)))
 (let (($x2927 (and (not $x1022) $x156)))
 (not (or $x2927 $x1022)))))))))
(assert
 (let ((?x1706 (* (- 1.0) sum_n_15)))
 (let ((?x1789 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x637 (+ ?x1789 ?x1706)))
 (let (($x156 (= 0.0 ?x637)))
 (let (($x1022 (and (= 0.0 (+ (* ?x1789 p_i_t) (* (- 1.0) sum_n_12))) $x156)))
 (let (($x2927 (and (not $x1022) $x156)))
 (let (($x711 (not (or $x2927 $x1022))))
 (let (($x60 (not $x711)))
 (not $x60))))))))))
(assert
 (let ((?x1706 (* (- 1.0) sum_n_15)))
 (let ((?x1789 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x637 (+ ?x1789 ?x1706)))
 (let ((?x1340 (* (- 1.0) sum_n_12)))
 (let ((?x2821 (* ?x1789 p_i_t)))
 (let ((?x3495 (+ ?x2821 ?x1340)))
 (let ((?x3548 (/ ?x3495 ?x637)))
 (let (($x186 (< ?x3548 0.0)))
 (not $x186))))))))))
(assert
 (let ((?x1706 (* (- 1.0) sum_n_15)))
(let ((?x1789 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x637 (+ ?x1789 ?x1706)))
(let ((?x1574 (* ?x1789 1.0)))
(let ((?x1192 (+ ?x1574 ?x1706)))
(let ((?x1668 (/ ?x1192 ?x637)))
(let (($x156 (= 0.0 ?x637)))
(let (($x3388 (and (= 0.0 ?x1192) $x156)))
(let (($x2161 (and (not $x3388) $x156)))
(or (not (not (or $x2161 $x3388))) (and (distinct ?x1668 1.0) true))))))))))))
(check-sat)
