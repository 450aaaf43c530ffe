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
 (let ((?x2793 (* (- 1.0) sum_n_15)))
 (let ((?x2845 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x762 (+ ?x2845 ?x2793)))
 (let (($x582 (= 0.0 ?x762)))
 (let (($x830 (and (= 0.0 (+ (* ?x2845 p_i_t) (* (- 1.0) sum_n_12))) $x582)))
 (let (($x3357 (and (not $x830) $x582)))
 (let ((?x190 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1464 (+ ?x190 ?x2793)))
 (let (($x1090 (= 0.0 ?x1464)))
 (let (($x1368 (and (= 0.0 (+ (* ?x190 p_i_t) (* (- 1.0) sum_n_12))) $x1090)))
 (let (($x3410 (and (not $x1368) $x1090)))
 (and (not (or $x3410 $x1368)) (not (or $x3357 $x830)))))))))))))))
(assert
 (let ((?x2793 (* (- 1.0) sum_n_15)))
(let ((?x2845 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x762 (+ ?x2845 ?x2793)))
(let ((?x2376 (* (- 1.0) sum_n_12)))
(let ((?x1355 (+ (* ?x2845 p_i_t) ?x2376)))
(let ((?x3176 (/ ?x1355 ?x762)))
(let ((?x190 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1464 (+ ?x190 ?x2793)))
(let ((?x2327 (+ (* ?x190 p_i_t) ?x2376)))
(let ((?x2821 (/ ?x2327 ?x1464)))
(or (and (< ?x3176 ?x2821) (< ?x3176 p_i_t)) (and (< ?x2821 ?x3176) (< p_i_t ?x3176))))))))))))))
(check-sat)
