; bid_cap_1, every n and k: no coordinatewise violation
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
 (let ((?x5878 (* (- 1.0) sum_n_15)))
 (let ((?x1781 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x6065 (+ ?x1781 ?x5878)))
 (let (($x6369 (= 0.0 ?x6065)))
 (let (($x1309 (and (= 0.0 (+ (* ?x1781 p_i_t) (* (- 1.0) sum_n_12))) $x6369)))
 (let (($x2778 (and (not $x1309) $x6369)))
 (let ((?x5471 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x2759 (+ ?x5471 ?x5878)))
 (let (($x7922 (= 0.0 ?x2759)))
 (let (($x7330 (and (= 0.0 (+ (* ?x5471 p_i_t) (* (- 1.0) sum_n_12))) $x7922)))
 (let (($x7885 (and (not $x7330) $x7922)))
 (and (not (or $x7885 $x7330)) (not (or $x2778 $x1309)))))))))))))))
(assert
 (let ((?x5878 (* (- 1.0) sum_n_15)))
(let ((?x1781 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x6065 (+ ?x1781 ?x5878)))
(let ((?x7696 (* (- 1.0) sum_n_12)))
(let ((?x5920 (+ (* ?x1781 p_i_t) ?x7696)))
(let ((?x6831 (/ ?x5920 ?x6065)))
(let ((?x5471 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x2759 (+ ?x5471 ?x5878)))
(let ((?x6269 (+ (* ?x5471 p_i_t) ?x7696)))
(let ((?x1663 (/ ?x6269 ?x2759)))
(or (and (< ?x6831 ?x1663) (< ?x6831 p_i_t)) (and (< ?x1663 ?x6831) (< p_i_t ?x6831))))))))))))))
(check-sat)
