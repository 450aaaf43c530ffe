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
 (let ((?x2727 (* (- 1.0) sum_n_15)))
 (let ((?x880 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x2992 (+ ?x880 ?x2727)))
 (let (($x1629 (= 0.0 ?x2992)))
 (let (($x811 (and (= 0.0 (+ (* ?x880 p_i_t) (* (- 1.0) sum_n_12))) $x1629)))
 (let (($x1505 (and (not $x811) $x1629)))
 (let ((?x2370 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x409 (+ ?x2370 ?x2727)))
 (let (($x722 (= 0.0 ?x409)))
 (let (($x2376 (and (= 0.0 (+ (* ?x2370 p_i_t) (* (- 1.0) sum_n_12))) $x722)))
 (let (($x3312 (and (not $x2376) $x722)))
 (and (not (or $x3312 $x2376)) (not (or $x1505 $x811)))))))))))))))
(assert
 (let ((?x2727 (* (- 1.0) sum_n_15)))
(let ((?x880 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x2992 (+ ?x880 ?x2727)))
(let ((?x1458 (* (- 1.0) sum_n_12)))
(let ((?x196 (+ (* ?x880 p_i_t) ?x1458)))
(let ((?x2495 (/ ?x196 ?x2992)))
(let ((?x2370 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x409 (+ ?x2370 ?x2727)))
(let ((?x2770 (+ (* ?x2370 p_i_t) ?x1458)))
(let ((?x1850 (/ ?x2770 ?x409)))
(or (and (< ?x2495 ?x1850) (< ?x2495 p_i_t)) (and (< ?x1850 ?x2495) (< p_i_t ?x2495))))))))))))))
(check-sat)
