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
 (let ((?x102 (* (- 1.0) sum_n_15)))
 (let ((?x1498 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x201 (+ ?x1498 ?x102)))
 (let (($x1695 (= 0.0 ?x201)))
 (let (($x1015 (and (= 0.0 (+ (* ?x1498 p_i_u) (* (- 1.0) sum_n_13))) $x1695)))
 (let (($x1870 (and (not $x1015) $x1695)))
 (let ((?x927 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x829 (+ ?x927 ?x102)))
 (let (($x1431 (= 0.0 ?x829)))
 (let (($x1753 (and (= 0.0 (+ (* ?x927 p_i_u) (* (- 1.0) sum_n_13))) $x1431)))
 (let (($x123 (and (not $x1753) $x1431)))
 (let (($x490 (and (= 0.0 (+ (* ?x1498 p_i_t) (* (- 1.0) sum_n_12))) $x1695)))
 (let (($x908 (and (not $x490) $x1695)))
 (let (($x677 (and (= 0.0 (+ (* ?x927 p_i_t) (* (- 1.0) sum_n_12))) $x1431)))
 (let (($x1379 (and (not $x677) $x1431)))
 (and (not (or $x1379 $x677)) (not (or $x908 $x490)) (not (or $x123 $x1753)) (not (or $x1870 $x1015)))))))))))))))))))
(assert
 (let ((?x102 (* (- 1.0) sum_n_15)))
(let ((?x927 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x829 (+ ?x927 ?x102)))
(let ((?x477 (* (- 1.0) sum_n_12)))
(let ((?x1626 (+ (* ?x927 p_i_t) ?x477)))
(let ((?x1259 (/ ?x1626 ?x829)))
(let ((?x1498 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x201 (+ ?x1498 ?x102)))
(let ((?x1106 (+ (* ?x1498 p_i_t) ?x477)))
(let ((?x1091 (/ ?x1106 ?x201)))
(let ((?x1023 (- ?x1091 ?x1259)))
(or (> 0.0 (* ?x1023 (- p_i_t ?x1259))) (< (* (- p_i_t ?x1259) (- p_i_t ?x1259)) (* ?x1023 ?x1023)))))))))))))))
(check-sat)
