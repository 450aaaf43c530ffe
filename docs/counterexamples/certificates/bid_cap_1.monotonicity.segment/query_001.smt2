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
 (let ((?x1415 (* (- 1.0) sum_n_15)))
 (let ((?x595 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x780 (+ ?x595 ?x1415)))
 (let (($x493 (= 0.0 ?x780)))
 (let (($x701 (and (= 0.0 (+ (* ?x595 p_i_u) (* (- 1.0) sum_n_13))) $x493)))
 (let (($x855 (and (not $x701) $x493)))
 (let ((?x1268 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x405 (+ ?x1268 ?x1415)))
 (let (($x1612 (= 0.0 ?x405)))
 (let (($x1062 (and (= 0.0 (+ (* ?x1268 p_i_u) (* (- 1.0) sum_n_13))) $x1612)))
 (let (($x1003 (and (not $x1062) $x1612)))
 (let (($x302 (and (= 0.0 (+ (* ?x595 p_i_t) (* (- 1.0) sum_n_12))) $x493)))
 (let (($x1017 (and (not $x302) $x493)))
 (let (($x465 (and (= 0.0 (+ (* ?x1268 p_i_t) (* (- 1.0) sum_n_12))) $x1612)))
 (let (($x480 (and (not $x465) $x1612)))
 (and (not (or $x480 $x465)) (not (or $x1017 $x302)) (not (or $x1003 $x1062)) (not (or $x855 $x701)))))))))))))))))))
(assert
 (let ((?x1415 (* (- 1.0) sum_n_15)))
(let ((?x1268 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x405 (+ ?x1268 ?x1415)))
(let ((?x1095 (* (- 1.0) sum_n_12)))
(let ((?x1887 (+ (* ?x1268 p_i_t) ?x1095)))
(let ((?x1743 (/ ?x1887 ?x405)))
(let ((?x595 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x780 (+ ?x595 ?x1415)))
(let ((?x52 (+ (* ?x595 p_i_t) ?x1095)))
(let ((?x876 (/ ?x52 ?x780)))
(let ((?x338 (- ?x876 ?x1743)))
(or (> 0.0 (* ?x338 (- p_i_t ?x1743))) (< (* (- p_i_t ?x1743) (- p_i_t ?x1743)) (* ?x338 ?x338)))))))))))))))
(check-sat)
