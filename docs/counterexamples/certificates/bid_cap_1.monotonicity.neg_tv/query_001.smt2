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
 (let ((?x2988 (* (- 1.0) sum_n_15)))
 (let ((?x3317 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x285 (+ ?x3317 ?x2988)))
 (let (($x1501 (= 0.0 ?x285)))
 (let (($x3223 (and (= 0.0 (+ (* ?x3317 p_i_u) (* (- 1.0) sum_n_13))) $x1501)))
 (let (($x238 (and (not $x3223) $x1501)))
 (let ((?x1635 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1416 (+ ?x1635 ?x2988)))
 (let (($x332 (= 0.0 ?x1416)))
 (let (($x1234 (and (= 0.0 (+ (* ?x1635 p_i_u) (* (- 1.0) sum_n_13))) $x332)))
 (let (($x589 (and (not $x1234) $x332)))
 (let (($x2072 (and (= 0.0 (+ (* ?x3317 p_i_t) (* (- 1.0) sum_n_12))) $x1501)))
 (let (($x1531 (and (not $x2072) $x1501)))
 (let (($x989 (and (= 0.0 (+ (* ?x1635 p_i_t) (* (- 1.0) sum_n_12))) $x332)))
 (let (($x1308 (and (not $x989) $x332)))
 (and (not (or $x1308 $x989)) (not (or $x1531 $x2072)) (not (or $x589 $x1234)) (not (or $x238 $x3223)))))))))))))))))))
(assert
 (let ((?x2988 (* (- 1.0) sum_n_15)))
(let ((?x1635 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1416 (+ ?x1635 ?x2988)))
(let ((?x78 (* (- 1.0) sum_n_12)))
(let ((?x2594 (+ (* ?x1635 p_i_t) ?x78)))
(let ((?x3370 (/ ?x2594 ?x1416)))
(let ((?x3317 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x285 (+ ?x3317 ?x2988)))
(let ((?x644 (+ (* ?x3317 p_i_t) ?x78)))
(let ((?x1336 (/ ?x644 ?x285)))
(let ((?x1464 (- ?x1336 ?x3370)))
(or (> 0.0 (* ?x1464 (- p_i_t ?x3370))) (< (* (- p_i_t ?x3370) (- p_i_t ?x3370)) (* ?x1464 ?x1464)))))))))))))))
(check-sat)
