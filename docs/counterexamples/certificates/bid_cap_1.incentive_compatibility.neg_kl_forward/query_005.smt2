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
 (let ((?x728 (* (- 1.0) sum_n_15)))
 (let ((?x941 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1760 (+ ?x941 ?x728)))
 (let (($x1867 (= 0.0 ?x1760)))
 (let (($x1553 (and (= 0.0 (+ (* ?x941 p_i_t) (* (- 1.0) sum_n_12))) $x1867)))
 (let (($x1681 (and (not $x1553) $x1867)))
 (not (or $x1681 $x1553)))))))))
(assert
 (let ((?x728 (* (- 1.0) sum_n_15)))
 (let ((?x941 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1760 (+ ?x941 ?x728)))
 (let (($x1867 (= 0.0 ?x1760)))
 (let (($x1553 (and (= 0.0 (+ (* ?x941 p_i_t) (* (- 1.0) sum_n_12))) $x1867)))
 (let (($x1681 (and (not $x1553) $x1867)))
 (let (($x443 (not (or $x1681 $x1553))))
 (let (($x1248 (not $x443)))
 (not $x1248))))))))))
(assert
 (let ((?x728 (* (- 1.0) sum_n_15)))
(let ((?x941 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1760 (+ ?x941 ?x728)))
(let ((?x1861 (* (- 1.0) sum_n_12)))
(let ((?x1575 (* ?x941 p_i_t)))
(let ((?x351 (+ ?x1575 ?x1861)))
(let ((?x1787 (/ ?x351 ?x1760)))
(< ?x1787 0.0)))))))))
(check-sat)
