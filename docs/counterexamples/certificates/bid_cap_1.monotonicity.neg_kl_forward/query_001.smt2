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
 (let ((?x6669 (* (- 1.0) sum_n_15)))
 (let ((?x866 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1488 (+ ?x866 ?x6669)))
 (let (($x3407 (= 0.0 ?x1488)))
 (let (($x6369 (and (= 0.0 (+ (* ?x866 p_i_u) (* (- 1.0) sum_n_13))) $x3407)))
 (let (($x1165 (and (not $x6369) $x3407)))
 (let ((?x6639 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x6260 (+ ?x6639 ?x6669)))
 (let (($x728 (= 0.0 ?x6260)))
 (let (($x7009 (and (= 0.0 (+ (* ?x6639 p_i_u) (* (- 1.0) sum_n_13))) $x728)))
 (let (($x71 (and (not $x7009) $x728)))
 (let (($x2355 (and (= 0.0 (+ (* ?x866 p_i_t) (* (- 1.0) sum_n_12))) $x3407)))
 (let (($x4757 (and (not $x2355) $x3407)))
 (let (($x4280 (and (= 0.0 (+ (* ?x6639 p_i_t) (* (- 1.0) sum_n_12))) $x728)))
 (let (($x7330 (and (not $x4280) $x728)))
 (and (not (or $x7330 $x4280)) (not (or $x4757 $x2355)) (not (or $x71 $x7009)) (not (or $x1165 $x6369)))))))))))))))))))
(assert
 (let ((?x6669 (* (- 1.0) sum_n_15)))
(let ((?x6639 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x6260 (+ ?x6639 ?x6669)))
(let ((?x4522 (* (- 1.0) sum_n_12)))
(let ((?x7885 (+ (* ?x6639 p_i_t) ?x4522)))
(let ((?x2144 (/ ?x7885 ?x6260)))
(let ((?x866 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1488 (+ ?x866 ?x6669)))
(let ((?x7942 (+ (* ?x866 p_i_t) ?x4522)))
(let ((?x5471 (/ ?x7942 ?x1488)))
(let ((?x8529 (- ?x5471 ?x2144)))
(or (> 0.0 (* ?x8529 (- p_i_t ?x2144))) (< (* (- p_i_t ?x2144) (- p_i_t ?x2144)) (* ?x8529 ?x8529)))))))))))))))
(check-sat)
