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
 (let ((?x5688 (* (- 1.0) sum_n_15)))
 (let ((?x7612 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1029 (+ ?x7612 ?x5688)))
 (let (($x4559 (= 0.0 ?x1029)))
 (let (($x1877 (and (= 0.0 (+ (* ?x7612 p_i_t) (* (- 1.0) sum_n_12))) $x4559)))
 (let (($x3608 (and (not $x1877) $x4559)))
 (let ((?x2732 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x208 (+ ?x2732 ?x5688)))
 (let (($x3524 (= 0.0 ?x208)))
 (let (($x1605 (and (= 0.0 (+ (* ?x2732 p_i_t) (* (- 1.0) sum_n_12))) $x3524)))
 (let (($x2422 (and (not $x1605) $x3524)))
 (and (not (or $x2422 $x1605)) (not (or $x3608 $x1877)))))))))))))))
(assert
 (let ((?x5688 (* (- 1.0) sum_n_15)))
(let ((?x7612 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1029 (+ ?x7612 ?x5688)))
(let ((?x8128 (* (- 1.0) sum_n_12)))
(let ((?x1448 (+ (* ?x7612 p_i_t) ?x8128)))
(let ((?x1328 (/ ?x1448 ?x1029)))
(let ((?x2732 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x208 (+ ?x2732 ?x5688)))
(let ((?x3306 (+ (* ?x2732 p_i_t) ?x8128)))
(let ((?x4244 (/ ?x3306 ?x208)))
(or (and (< ?x1328 ?x4244) (< ?x1328 p_i_t)) (and (< ?x4244 ?x1328) (< p_i_t ?x1328))))))))))))))
(check-sat)
