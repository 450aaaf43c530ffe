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
 (let ((?x1296 (* (- 1.0) sum_n_15)))
 (let ((?x2496 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x2362 (+ ?x2496 ?x1296)))
 (let (($x1379 (= 0.0 ?x2362)))
 (let (($x1789 (and (= 0.0 (+ (* ?x2496 p_i_u) (* (- 1.0) sum_n_13))) $x1379)))
 (let (($x3465 (and (not $x1789) $x1379)))
 (let ((?x3231 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1023 (+ ?x3231 ?x1296)))
 (let (($x1906 (= 0.0 ?x1023)))
 (let (($x1442 (and (= 0.0 (+ (* ?x3231 p_i_u) (* (- 1.0) sum_n_13))) $x1906)))
 (let (($x727 (and (not $x1442) $x1906)))
 (let (($x2060 (and (= 0.0 (+ (* ?x2496 p_i_t) (* (- 1.0) sum_n_12))) $x1379)))
 (let (($x1340 (and (not $x2060) $x1379)))
 (let (($x2790 (and (= 0.0 (+ (* ?x3231 p_i_t) (* (- 1.0) sum_n_12))) $x1906)))
 (let (($x862 (and (not $x2790) $x1906)))
 (and (not (or $x862 $x2790)) (not (or $x1340 $x2060)) (not (or $x727 $x1442)) (not (or $x3465 $x1789)))))))))))))))))))
(assert
 (let ((?x1296 (* (- 1.0) sum_n_15)))
(let ((?x3231 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1023 (+ ?x3231 ?x1296)))
(let ((?x2005 (* (- 1.0) sum_n_13)))
(let ((?x3209 (+ (* ?x3231 p_i_u) ?x2005)))
(let ((?x493 (/ ?x3209 ?x1023)))
(let ((?x1629 (- p_i_u ?x493)))
(let ((?x1368 (* (- 1.0) sum_n_12)))
(let ((?x1452 (+ (* ?x3231 p_i_t) ?x1368)))
(let ((?x2791 (/ ?x1452 ?x1023)))
(let ((?x2496 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x2362 (+ ?x2496 ?x1296)))
(let ((?x208 (+ (* ?x2496 p_i_t) ?x1368)))
(let ((?x1207 (/ ?x208 ?x2362)))
(let ((?x3497 (- ?x1207 ?x2791)))
(let ((?x1957 (* ?x3497 ?x1629)))
(let ((?x2467 (- p_i_t ?x2791)))
(let ((?x844 (+ (* ?x2496 p_i_u) ?x2005)))
(let ((?x3495 (/ ?x844 ?x2362)))
(let ((?x1760 (- ?x3495 ?x493)))
(let ((?x951 (* ?x1760 ?x2467)))
(or (< ?x1957 ?x951) (< ?x951 ?x1957))))))))))))))))))))))))
(check-sat)
