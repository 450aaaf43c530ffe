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
 (let ((?x4077 (* (- 1.0) sum_n_15)))
 (let ((?x1745 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x8400 (+ ?x1745 ?x4077)))
 (let (($x1482 (= 0.0 ?x8400)))
 (let (($x8226 (and (= 0.0 (+ (* ?x1745 p_i_t) (* (- 1.0) sum_n_12))) $x1482)))
 (let (($x2060 (and (not $x8226) $x1482)))
 (let ((?x7229 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x173 (+ ?x7229 ?x4077)))
 (let (($x2732 (= 0.0 ?x173)))
 (let (($x347 (and (= 0.0 (+ (* ?x7229 p_i_t) (* (- 1.0) sum_n_12))) $x2732)))
 (let (($x8282 (and (not $x347) $x2732)))
 (and (not (or $x8282 $x347)) (not (or $x2060 $x8226)))))))))))))))
(assert
 (let ((?x4077 (* (- 1.0) sum_n_15)))
(let ((?x1745 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x8400 (+ ?x1745 ?x4077)))
(let ((?x1029 (* (- 1.0) sum_n_12)))
(let ((?x461 (+ (* ?x1745 p_i_t) ?x1029)))
(let ((?x2960 (/ ?x461 ?x8400)))
(let ((?x7229 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x173 (+ ?x7229 ?x4077)))
(let ((?x8022 (+ (* ?x7229 p_i_t) ?x1029)))
(let ((?x4342 (/ ?x8022 ?x173)))
(or (and (< ?x2960 ?x4342) (< ?x2960 p_i_t)) (and (< ?x4342 ?x2960) (< p_i_t ?x2960))))))))))))))
(check-sat)
