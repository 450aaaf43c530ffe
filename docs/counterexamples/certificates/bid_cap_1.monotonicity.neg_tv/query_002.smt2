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
 (let ((?x7818 (* (- 1.0) sum_n_15)))
 (let ((?x319 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x6833 (+ ?x319 ?x7818)))
 (let (($x5878 (= 0.0 ?x6833)))
 (let (($x4216 (and (= 0.0 (+ (* ?x319 p_i_u) (* (- 1.0) sum_n_13))) $x5878)))
 (let (($x2840 (and (not $x4216) $x5878)))
 (let ((?x1177 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x8071 (+ ?x1177 ?x7818)))
 (let (($x4542 (= 0.0 ?x8071)))
 (let (($x2016 (and (= 0.0 (+ (* ?x1177 p_i_u) (* (- 1.0) sum_n_13))) $x4542)))
 (let (($x6159 (and (not $x2016) $x4542)))
 (let (($x6831 (and (= 0.0 (+ (* ?x319 p_i_t) (* (- 1.0) sum_n_12))) $x5878)))
 (let (($x5708 (and (not $x6831) $x5878)))
 (let (($x3108 (and (= 0.0 (+ (* ?x1177 p_i_t) (* (- 1.0) sum_n_12))) $x4542)))
 (let (($x2690 (and (not $x3108) $x4542)))
 (and (not (or $x2690 $x3108)) (not (or $x5708 $x6831)) (not (or $x6159 $x2016)) (not (or $x2840 $x4216)))))))))))))))))))
(assert
 (let ((?x7818 (* (- 1.0) sum_n_15)))
(let ((?x1177 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x8071 (+ ?x1177 ?x7818)))
(let ((?x1781 (* (- 1.0) sum_n_13)))
(let ((?x4596 (+ (* ?x1177 p_i_u) ?x1781)))
(let ((?x6269 (/ ?x4596 ?x8071)))
(let ((?x319 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x6833 (+ ?x319 ?x7818)))
(let ((?x1265 (+ (* ?x319 p_i_u) ?x1781)))
(let ((?x981 (/ ?x1265 ?x6833)))
(let ((?x485 (- ?x981 ?x6269)))
(or (> 0.0 (* ?x485 (- p_i_u ?x6269))) (< (* (- p_i_u ?x6269) (- p_i_u ?x6269)) (* ?x485 ?x485)))))))))))))))
(check-sat)
