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
 (let ((?x1677 (* (- 1.0) sum_n_15)))
 (let ((?x1047 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x123 (+ ?x1047 ?x1677)))
 (let (($x102 (= 0.0 ?x123)))
 (let (($x193 (and (= 0.0 (+ (* ?x1047 p_i_t) (* (- 1.0) sum_n_12))) $x102)))
 (let (($x1874 (and (not $x193) $x102)))
 (let ((?x482 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x677 (+ ?x482 ?x1677)))
 (let (($x908 (= 0.0 ?x677)))
 (let (($x1336 (and (= 0.0 (+ (* ?x482 p_i_t) (* (- 1.0) sum_n_12))) $x908)))
 (let (($x461 (and (not $x1336) $x908)))
 (and (not (or $x461 $x1336)) (not (or $x1874 $x193)))))))))))))))
(assert
 (let ((?x1677 (* (- 1.0) sum_n_15)))
(let ((?x1047 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x123 (+ ?x1047 ?x1677)))
(let ((?x1431 (* (- 1.0) sum_n_12)))
(let ((?x1432 (+ (* ?x1047 p_i_t) ?x1431)))
(let ((?x998 (/ ?x1432 ?x123)))
(let ((?x482 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x677 (+ ?x482 ?x1677)))
(let ((?x465 (+ (* ?x482 p_i_t) ?x1431)))
(let ((?x1533 (/ ?x465 ?x677)))
(or (and (< ?x998 ?x1533) (< ?x998 p_i_t)) (and (< ?x1533 ?x998) (< p_i_t ?x998))))))))))))))
(check-sat)
