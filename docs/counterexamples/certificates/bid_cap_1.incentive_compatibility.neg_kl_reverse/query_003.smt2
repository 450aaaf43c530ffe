; bid_cap_1, every n and k: no segment violation
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
(declare-fun x_raised () Real)
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
 (>= x_raised b_i))
(assert
 (let ((?x1778 (* (- 1.0) sum_n_15)))
 (let ((?x3191 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x2951 (+ ?x3191 ?x1778)))
 (let (($x684 (= 0.0 ?x2951)))
 (let (($x2035 (and (= 0.0 (+ (* ?x3191 p_i_u) (* (- 1.0) sum_n_13))) $x684)))
 (let (($x1760 (and (not $x2035) $x684)))
 (let ((?x595 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1995 (+ ?x595 ?x1778)))
 (let (($x1512 (= 0.0 ?x1995)))
 (let (($x1078 (and (= 0.0 (+ (* ?x595 p_i_u) (* (- 1.0) sum_n_13))) $x1512)))
 (let (($x2836 (and (not $x1078) $x1512)))
 (let (($x1565 (and (= 0.0 (+ (* ?x3191 p_i_t) (* (- 1.0) sum_n_12))) $x684)))
 (let (($x280 (and (not $x1565) $x684)))
 (let (($x1795 (and (= 0.0 (+ (* ?x595 p_i_t) (* (- 1.0) sum_n_12))) $x1512)))
 (let (($x1156 (and (not $x1795) $x1512)))
 (and (not (or $x1156 $x1795)) (not (or $x280 $x1565)) (not (or $x2836 $x1078)) (not (or $x1760 $x2035)))))))))))))))))))
(assert
 (let ((?x1778 (* (- 1.0) sum_n_15)))
(let ((?x595 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1995 (+ ?x595 ?x1778)))
(let ((?x3273 (* (- 1.0) sum_n_13)))
(let ((?x1549 (+ (* ?x595 p_i_u) ?x3273)))
(let ((?x2258 (/ ?x1549 ?x1995)))
(let ((?x2726 (- p_i_u ?x2258)))
(let ((?x2174 (* (- 1.0) sum_n_12)))
(let ((?x1796 (+ (* ?x595 p_i_t) ?x2174)))
(let ((?x2737 (/ ?x1796 ?x1995)))
(let ((?x3191 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x2951 (+ ?x3191 ?x1778)))
(let ((?x831 (+ (* ?x3191 p_i_t) ?x2174)))
(let ((?x2524 (/ ?x831 ?x2951)))
(let ((?x1006 (- ?x2524 ?x2737)))
(let ((?x1114 (* ?x1006 ?x2726)))
(let ((?x2743 (- p_i_t ?x2737)))
(let ((?x2907 (+ (* ?x3191 p_i_u) ?x3273)))
(let ((?x629 (/ ?x2907 ?x2951)))
(let ((?x311 (- ?x629 ?x2258)))
(let ((?x332 (* ?x311 ?x2743)))
(or (< ?x1114 ?x332) (< ?x332 ?x1114))))))))))))))))))))))))
(check-sat)
