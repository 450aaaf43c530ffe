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
 (let ((?x1374 (* (- 1.0) sum_n_15)))
 (let ((?x1154 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x228 (+ ?x1154 ?x1374)))
 (let (($x562 (= 0.0 ?x228)))
 (let (($x1431 (and (= 0.0 (+ (* ?x1154 p_i_t) (* (- 1.0) sum_n_12))) $x562)))
 (let (($x1872 (and (not $x1431) $x562)))
 (not (or $x1872 $x1431)))))))))
(assert
 (let ((?x1374 (* (- 1.0) sum_n_15)))
 (let ((?x1154 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x228 (+ ?x1154 ?x1374)))
 (let (($x562 (= 0.0 ?x228)))
 (let (($x1431 (and (= 0.0 (+ (* ?x1154 p_i_t) (* (- 1.0) sum_n_12))) $x562)))
 (let (($x1872 (and (not $x1431) $x562)))
 (let (($x140 (not (or $x1872 $x1431))))
 (let (($x772 (not $x140)))
 (not $x772))))))))))
(assert
 (let ((?x1374 (* (- 1.0) sum_n_15)))
(let ((?x1154 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x228 (+ ?x1154 ?x1374)))
(let ((?x1030 (* (- 1.0) sum_n_12)))
(let ((?x1330 (* ?x1154 p_i_t)))
(let ((?x1649 (+ ?x1330 ?x1030)))
(let ((?x1870 (/ ?x1649 ?x228)))
(< ?x1870 0.0)))))))))
(check-sat)
