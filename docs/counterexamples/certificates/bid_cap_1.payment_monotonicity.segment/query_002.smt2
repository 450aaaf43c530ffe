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
 (let ((?x1883 (* (- 1.0) sum_n_15)))
 (let ((?x2151 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x6387 (+ ?x2151 ?x1883)))
 (let (($x6518 (= 0.0 ?x6387)))
 (let (($x7885 (and (= 0.0 (+ (* ?x2151 p_i_u) (* (- 1.0) sum_n_13))) $x6518)))
 (let (($x3110 (and (not $x7885) $x6518)))
 (let ((?x6179 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x7020 (+ ?x6179 ?x1883)))
 (let (($x2759 (= 0.0 ?x7020)))
 (let (($x71 (and (= 0.0 (+ (* ?x6179 p_i_u) (* (- 1.0) sum_n_13))) $x2759)))
 (let (($x4542 (and (not $x71) $x2759)))
 (let (($x7072 (and (= 0.0 (+ (* ?x2151 p_i_t) (* (- 1.0) sum_n_12))) $x6518)))
 (let (($x1935 (and (not $x7072) $x6518)))
 (let (($x414 (and (= 0.0 (+ (* ?x6179 p_i_t) (* (- 1.0) sum_n_12))) $x2759)))
 (let (($x7682 (and (not $x414) $x2759)))
 (and (not (or $x7682 $x414)) (not (or $x1935 $x7072)) (not (or $x4542 $x71)) (not (or $x3110 $x7885)))))))))))))))))))
(assert
 (let ((?x1883 (* (- 1.0) sum_n_15)))
(let ((?x6179 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x7020 (+ ?x6179 ?x1883)))
(let ((?x7942 (* (- 1.0) sum_n_13)))
(let ((?x1630 (+ (* ?x6179 p_i_u) ?x7942)))
(let ((?x6942 (/ ?x1630 ?x7020)))
(let ((?x2151 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x6387 (+ ?x2151 ?x1883)))
(let ((?x7696 (+ (* ?x2151 p_i_u) ?x7942)))
(let ((?x7148 (/ ?x7696 ?x6387)))
(let ((?x3852 (- ?x7148 ?x6942)))
(or (> 0.0 (* ?x3852 (- p_i_u ?x6942))) (< (* (- p_i_u ?x6942) (- p_i_u ?x6942)) (* ?x3852 ?x3852)))))))))))))))
(check-sat)
