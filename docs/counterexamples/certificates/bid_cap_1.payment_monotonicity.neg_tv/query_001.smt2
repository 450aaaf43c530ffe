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
 (let ((?x949 (* (- 1.0) sum_n_15)))
 (let ((?x1062 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1628 (+ ?x1062 ?x949)))
 (let (($x90 (= 0.0 ?x1628)))
 (let (($x327 (and (= 0.0 (+ (* ?x1062 p_i_t) (* (- 1.0) sum_n_12))) $x90)))
 (let (($x1519 (and (not $x327) $x90)))
 (let ((?x1586 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x443 (+ ?x1586 ?x949)))
 (let (($x1720 (= 0.0 ?x443)))
 (let (($x1445 (and (= 0.0 (+ (* ?x1586 p_i_t) (* (- 1.0) sum_n_12))) $x1720)))
 (let (($x1500 (and (not $x1445) $x1720)))
 (and (not (or $x1500 $x1445)) (not (or $x1519 $x327)))))))))))))))
(assert
 (let ((?x949 (* (- 1.0) sum_n_15)))
(let ((?x1062 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1628 (+ ?x1062 ?x949)))
(let ((?x1612 (* (- 1.0) sum_n_12)))
(let ((?x1154 (+ (* ?x1062 p_i_t) ?x1612)))
(let ((?x835 (/ ?x1154 ?x1628)))
(let ((?x1586 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x443 (+ ?x1586 ?x949)))
(let ((?x695 (+ (* ?x1586 p_i_t) ?x1612)))
(let ((?x1575 (/ ?x695 ?x443)))
(or (and (< ?x835 ?x1575) (< ?x835 p_i_t)) (and (< ?x1575 ?x835) (< p_i_t ?x835))))))))))))))
(check-sat)
