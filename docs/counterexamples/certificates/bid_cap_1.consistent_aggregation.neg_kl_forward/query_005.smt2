; bid_cap_1, every n and k: q(t) >= 0 wherever q(t) is finite
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
 (let ((?x208 (* (- 1.0) sum_n_15)))
 (let ((?x998 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x140 (+ ?x998 ?x208)))
 (let (($x1336 (= 0.0 ?x140)))
 (let (($x477 (and (= 0.0 (+ (* ?x998 p_i_t) (* (- 1.0) sum_n_12))) $x1336)))
 (let (($x1277 (and (not $x477) $x1336)))
 (not (or $x1277 $x477)))))))))
(assert
 (let ((?x208 (* (- 1.0) sum_n_15)))
 (let ((?x998 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x140 (+ ?x998 ?x208)))
 (let (($x1336 (= 0.0 ?x140)))
 (let (($x477 (and (= 0.0 (+ (* ?x998 p_i_t) (* (- 1.0) sum_n_12))) $x1336)))
 (let (($x1277 (and (not $x477) $x1336)))
 (let (($x1825 (not (or $x1277 $x477))))
 (let (($x904 (not $x1825)))
 (not $x904))))))))))
(assert
 (let ((?x208 (* (- 1.0) sum_n_15)))
(let ((?x998 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x140 (+ ?x998 ?x208)))
(let ((?x193 (* (- 1.0) sum_n_12)))
(let ((?x1533 (* ?x998 p_i_t)))
(let ((?x309 (+ ?x1533 ?x193)))
(let ((?x1419 (/ ?x309 ?x140)))
(< ?x1419 0.0)))))))))
(check-sat)
