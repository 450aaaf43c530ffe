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
 (let ((?x7899 (* (- 1.0) sum_n_15)))
 (let ((?x2960 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x66 (+ ?x2960 ?x7899)))
 (let (($x5295 (= 0.0 ?x66)))
 (let (($x3871 (and (= 0.0 (+ (* ?x2960 p_i_t) (* (- 1.0) sum_n_12))) $x5295)))
 (let (($x6092 (and (not $x3871) $x5295)))
 (not (or $x6092 $x3871)))))))))
(assert
 (let ((?x7899 (* (- 1.0) sum_n_15)))
 (let ((?x2960 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x66 (+ ?x2960 ?x7899)))
 (let (($x5295 (= 0.0 ?x66)))
 (let (($x3871 (and (= 0.0 (+ (* ?x2960 p_i_t) (* (- 1.0) sum_n_12))) $x5295)))
 (let (($x6092 (and (not $x3871) $x5295)))
 (let (($x887 (not (or $x6092 $x3871))))
 (let (($x2049 (not $x887)))
 (not $x2049))))))))))
(assert
 (let ((?x7899 (* (- 1.0) sum_n_15)))
 (let ((?x2960 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x66 (+ ?x2960 ?x7899)))
 (let ((?x6866 (* (- 1.0) sum_n_12)))
 (let ((?x4342 (* ?x2960 p_i_t)))
 (let ((?x8523 (+ ?x4342 ?x6866)))
 (let ((?x6186 (/ ?x8523 ?x66)))
 (let (($x2027 (< ?x6186 0.0)))
 (not $x2027))))))))))
(assert
 (let ((?x7899 (* (- 1.0) sum_n_15)))
(let ((?x2960 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x66 (+ ?x2960 ?x7899)))
(let ((?x2422 (* ?x2960 1.0)))
(let ((?x3467 (+ ?x2422 ?x7899)))
(let ((?x3935 (/ ?x3467 ?x66)))
(let (($x5295 (= 0.0 ?x66)))
(let (($x7504 (and (= 0.0 ?x3467) $x5295)))
(let (($x4463 (and (not $x7504) $x5295)))
(or (not (not (or $x4463 $x7504))) (and (distinct ?x3935 1.0) true))))))))))))
(check-sat)
