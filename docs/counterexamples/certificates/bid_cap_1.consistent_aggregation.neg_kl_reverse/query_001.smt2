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
 (let ((?x4260 (* (- 1.0) sum_n_15)))
 (let ((?x4463 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x6334 (+ ?x4463 ?x4260)))
 (let (($x120 (= 0.0 ?x6334)))
 (let (($x4875 (and (= 0.0 (+ (* ?x4463 p_i_u) (* (- 1.0) sum_n_13))) $x120)))
 (let (($x2155 (and (not $x4875) $x120)))
 (let ((?x8558 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x5363 (+ ?x8558 ?x4260)))
 (let (($x5200 (= 0.0 ?x5363)))
 (let (($x1514 (and (= 0.0 (+ (* ?x8558 p_i_u) (* (- 1.0) sum_n_13))) $x5200)))
 (let (($x7281 (and (not $x1514) $x5200)))
 (let (($x8159 (and (= 0.0 (+ (* ?x4463 p_i_t) (* (- 1.0) sum_n_12))) $x120)))
 (let (($x7117 (and (not $x8159) $x120)))
 (let (($x6916 (and (= 0.0 (+ (* ?x8558 p_i_t) (* (- 1.0) sum_n_12))) $x5200)))
 (let (($x4044 (and (not $x6916) $x5200)))
 (and (not (or $x4044 $x6916)) (not (or $x7117 $x8159)) (not (or $x7281 $x1514)) (not (or $x2155 $x4875)))))))))))))))))))
(assert
 (let ((?x4260 (* (- 1.0) sum_n_15)))
(let ((?x8558 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x5363 (+ ?x8558 ?x4260)))
(let ((?x6092 (* (- 1.0) sum_n_12)))
(let ((?x7890 (+ (* ?x8558 p_i_t) ?x6092)))
(let ((?x4412 (/ ?x7890 ?x5363)))
(let ((?x4463 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x6334 (+ ?x4463 ?x4260)))
(let ((?x2050 (+ (* ?x4463 p_i_t) ?x6092)))
(let ((?x8425 (/ ?x2050 ?x6334)))
(let ((?x3921 (- ?x8425 ?x4412)))
(or (> 0.0 (* ?x3921 (- p_i_t ?x4412))) (< (* (- p_i_t ?x4412) (- p_i_t ?x4412)) (* ?x3921 ?x3921)))))))))))))))
(check-sat)
