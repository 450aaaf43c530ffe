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
 (let ((?x57 (* (- 1.0) sum_n_15)))
 (let ((?x52 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x58 (+ ?x52 ?x57)))
 (let (($x59 (= 0.0 ?x58)))
 (let (($x60 (and (= 0.0 (+ (* ?x52 p_i_t) (* (- 1.0) sum_n_12))) $x59)))
 (not (or (and (not $x60) $x59) $x60))))))))
(assert
 (let ((?x57 (* (- 1.0) sum_n_15)))
 (let ((?x52 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x58 (+ ?x52 ?x57)))
 (let (($x59 (= 0.0 ?x58)))
 (let (($x60 (and (= 0.0 (+ (* ?x52 p_i_t) (* (- 1.0) sum_n_12))) $x59)))
 (let (($x64 (not (or (and (not $x60) $x59) $x60))))
 (not (not $x64)))))))))
(assert
 (let ((?x57 (* (- 1.0) sum_n_15)))
 (let ((?x52 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x58 (+ ?x52 ?x57)))
 (let ((?x54 (* (- 1.0) sum_n_12)))
 (let ((?x55 (+ (* ?x52 p_i_t) ?x54)))
 (not (< (/ ?x55 ?x58) 0.0))))))))
(assert
 (let ((?x57 (* (- 1.0) sum_n_15)))
(let ((?x52 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x58 (+ ?x52 ?x57)))
(let ((?x71 (+ (* ?x52 1.0) ?x57)))
(let (($x59 (= 0.0 ?x58)))
(let (($x73 (and (= 0.0 ?x71) $x59)))
(or (not (not (or (and (not $x73) $x59) $x73))) (and (distinct (/ ?x71 ?x58) 1.0) true)))))))))
(check-sat)
