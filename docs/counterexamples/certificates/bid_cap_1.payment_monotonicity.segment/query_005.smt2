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
 (let ((?x102 (* (- 1.0) sum_n_15)))
 (let ((?x1698 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x598 (+ ?x1698 ?x102)))
 (let (($x562 (= 0.0 ?x598)))
 (let (($x1598 (and (= 0.0 (+ (* ?x1698 p_i_t) (* (- 1.0) sum_n_12))) $x562)))
 (let (($x1276 (and (not $x1598) $x562)))
 (let ((?x490 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x215 (+ ?x490 ?x102)))
 (let (($x1030 (= 0.0 ?x215)))
 (let (($x701 (and (= 0.0 (+ (* ?x490 p_i_t) (* (- 1.0) sum_n_12))) $x1030)))
 (let (($x1185 (and (not $x701) $x1030)))
 (and (not (or $x1185 $x701)) (not (or $x1276 $x1598)))))))))))))))
(assert
 (let ((?x102 (* (- 1.0) sum_n_15)))
(let ((?x1698 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x598 (+ ?x1698 ?x102)))
(let ((?x294 (* (- 1.0) sum_n_12)))
(let ((?x1106 (+ (* ?x1698 p_i_t) ?x294)))
(let ((?x1436 (/ ?x1106 ?x598)))
(let ((?x490 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x215 (+ ?x490 ?x102)))
(let ((?x461 (+ (* ?x490 p_i_t) ?x294)))
(let ((?x1245 (/ ?x461 ?x215)))
(or (and (< ?x1436 ?x1245) (< ?x1436 p_i_t)) (and (< ?x1245 ?x1436) (< p_i_t ?x1436))))))))))))))
(check-sat)
