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
 (let ((?x1047 (* (- 1.0) sum_n_15)))
 (let ((?x227 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1351 (+ ?x227 ?x1047)))
 (let (($x1649 (= 0.0 ?x1351)))
 (let (($x461 (and (= 0.0 (+ (* ?x227 p_i_u) (* (- 1.0) sum_n_13))) $x1649)))
 (let (($x1225 (and (not $x461) $x1649)))
 (let ((?x259 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1188 (+ ?x259 ?x1047)))
 (let (($x1907 (= 0.0 ?x1188)))
 (let (($x968 (and (= 0.0 (+ (* ?x259 p_i_u) (* (- 1.0) sum_n_13))) $x1907)))
 (let (($x465 (and (not $x968) $x1907)))
 (let (($x899 (and (= 0.0 (+ (* ?x227 p_i_t) (* (- 1.0) sum_n_12))) $x1649)))
 (let (($x1533 (and (not $x899) $x1649)))
 (let (($x511 (and (= 0.0 (+ (* ?x259 p_i_t) (* (- 1.0) sum_n_12))) $x1907)))
 (let (($x1598 (and (not $x511) $x1907)))
 (and (not (or $x1598 $x511)) (not (or $x1533 $x899)) (not (or $x465 $x968)) (not (or $x1225 $x461)))))))))))))))))))
(assert
 (let ((?x1047 (* (- 1.0) sum_n_15)))
(let ((?x259 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1188 (+ ?x259 ?x1047)))
(let ((?x1189 (* (- 1.0) sum_n_13)))
(let ((?x185 (+ (* ?x259 p_i_u) ?x1189)))
(let ((?x912 (/ ?x185 ?x1188)))
(let ((?x227 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1351 (+ ?x227 ?x1047)))
(let ((?x457 (+ (* ?x227 p_i_u) ?x1189)))
(let ((?x571 (/ ?x457 ?x1351)))
(let ((?x1571 (- ?x571 ?x912)))
(or (> 0.0 (* ?x1571 (- p_i_u ?x912))) (< (* (- p_i_u ?x912) (- p_i_u ?x912)) (* ?x1571 ?x1571)))))))))))))))
(check-sat)
