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
 (let ((?x2855 (* (- 1.0) sum_n_15)))
 (let ((?x1884 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x387 (+ ?x1884 ?x2855)))
 (let (($x5335 (= 0.0 ?x387)))
 (let (($x3935 (and (= 0.0 (+ (* ?x1884 p_i_u) (* (- 1.0) sum_n_13))) $x5335)))
 (let (($x7719 (and (not $x3935) $x5335)))
 (let ((?x53 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x6283 (+ ?x53 ?x2855)))
 (let (($x3306 (= 0.0 ?x6283)))
 (let (($x711 (and (= 0.0 (+ (* ?x53 p_i_u) (* (- 1.0) sum_n_13))) $x3306)))
 (let (($x6930 (and (not $x711) $x3306)))
 (let (($x1246 (and (= 0.0 (+ (* ?x1884 p_i_t) (* (- 1.0) sum_n_12))) $x5335)))
 (let (($x3202 (and (not $x1246) $x5335)))
 (let (($x7546 (and (= 0.0 (+ (* ?x53 p_i_t) (* (- 1.0) sum_n_12))) $x3306)))
 (let (($x1482 (and (not $x7546) $x3306)))
 (and (not (or $x1482 $x7546)) (not (or $x3202 $x1246)) (not (or $x6930 $x711)) (not (or $x7719 $x3935)))))))))))))))))))
(assert
 (let ((?x2855 (* (- 1.0) sum_n_15)))
(let ((?x53 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x6283 (+ ?x53 ?x2855)))
(let ((?x862 (* (- 1.0) sum_n_13)))
(let ((?x1308 (+ (* ?x53 p_i_u) ?x862)))
(let ((?x6942 (/ ?x1308 ?x6283)))
(let ((?x1884 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x387 (+ ?x1884 ?x2855)))
(let ((?x4044 (+ (* ?x1884 p_i_u) ?x862)))
(let ((?x6866 (/ ?x4044 ?x387)))
(let ((?x4577 (- ?x6866 ?x6942)))
(or (> 0.0 (* ?x4577 (- p_i_u ?x6942))) (< (* (- p_i_u ?x6942) (- p_i_u ?x6942)) (* ?x4577 ?x4577)))))))))))))))
(check-sat)
