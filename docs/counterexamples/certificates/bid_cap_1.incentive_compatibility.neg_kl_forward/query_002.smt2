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
 (let ((?x77 (* (- 1.0) sum_n_15)))
 (let ((?x3765 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x5106 (+ ?x3765 ?x77)))
 (let (($x348 (= 0.0 ?x5106)))
 (let (($x52 (and (= 0.0 (+ (* ?x3765 p_i_u) (* (- 1.0) sum_n_13))) $x348)))
 (let (($x2287 (and (not $x52) $x348)))
 (let ((?x120 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x595 (+ ?x120 ?x77)))
 (let (($x7014 (= 0.0 ?x595)))
 (let (($x8105 (and (= 0.0 (+ (* ?x120 p_i_u) (* (- 1.0) sum_n_13))) $x7014)))
 (let (($x3174 (and (not $x8105) $x7014)))
 (let (($x7281 (and (= 0.0 (+ (* ?x3765 p_i_t) (* (- 1.0) sum_n_12))) $x348)))
 (let (($x4326 (and (not $x7281) $x348)))
 (let (($x1975 (and (= 0.0 (+ (* ?x120 p_i_t) (* (- 1.0) sum_n_12))) $x7014)))
 (let (($x7890 (and (not $x1975) $x7014)))
 (and (not (or $x7890 $x1975)) (not (or $x4326 $x7281)) (not (or $x3174 $x8105)) (not (or $x2287 $x52)))))))))))))))))))
(assert
 (let ((?x77 (* (- 1.0) sum_n_15)))
(let ((?x120 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x595 (+ ?x120 ?x77)))
(let ((?x8064 (* (- 1.0) sum_n_13)))
(let ((?x8215 (+ (* ?x120 p_i_u) ?x8064)))
(let ((?x3501 (/ ?x8215 ?x595)))
(let ((?x3765 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x5106 (+ ?x3765 ?x77)))
(let ((?x7117 (+ (* ?x3765 p_i_u) ?x8064)))
(let ((?x7371 (/ ?x7117 ?x5106)))
(let ((?x3467 (- ?x7371 ?x3501)))
(or (> 0.0 (* ?x3467 (- p_i_u ?x3501))) (< (* (- p_i_u ?x3501) (- p_i_u ?x3501)) (* ?x3467 ?x3467)))))))))))))))
(check-sat)
