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
 (let ((?x3325 (* (- 1.0) sum_n_15)))
 (let ((?x1343 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1308 (+ ?x1343 ?x3325)))
 (let (($x3755 (= 0.0 ?x1308)))
 (let (($x3212 (and (= 0.0 (+ (* ?x1343 p_i_t) (* (- 1.0) sum_n_12))) $x3755)))
 (let (($x8152 (and (not $x3212) $x3755)))
 (let ((?x5815 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x2689 (+ ?x5815 ?x3325)))
 (let (($x88 (= 0.0 ?x2689)))
 (let (($x1029 (and (= 0.0 (+ (* ?x5815 p_i_t) (* (- 1.0) sum_n_12))) $x88)))
 (let (($x3306 (and (not $x1029) $x88)))
 (and (not (or $x3306 $x1029)) (not (or $x8152 $x3212)))))))))))))))
(assert
 (let ((?x3325 (* (- 1.0) sum_n_15)))
(let ((?x1343 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1308 (+ ?x1343 ?x3325)))
(let ((?x7281 (* (- 1.0) sum_n_12)))
(let ((?x6942 (+ (* ?x1343 p_i_t) ?x7281)))
(let ((?x2516 (/ ?x6942 ?x1308)))
(let ((?x5815 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x2689 (+ ?x5815 ?x3325)))
(let ((?x52 (+ (* ?x5815 p_i_t) ?x7281)))
(let ((?x3608 (/ ?x52 ?x2689)))
(or (and (< ?x2516 ?x3608) (< ?x2516 p_i_t)) (and (< ?x3608 ?x2516) (< p_i_t ?x2516))))))))))))))
(check-sat)
