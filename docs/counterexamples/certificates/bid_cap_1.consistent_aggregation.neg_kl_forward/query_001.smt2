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
 (let ((?x71 (* (- 1.0) sum_n_15)))
 (let ((?x8529 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x3278 (+ ?x8529 ?x71)))
 (let (($x1445 (= 0.0 ?x3278)))
 (let (($x4522 (and (= 0.0 (+ (* ?x8529 p_i_u) (* (- 1.0) sum_n_13))) $x1445)))
 (let (($x6799 (and (not $x4522) $x1445)))
 (let ((?x5510 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x8316 (+ ?x5510 ?x71)))
 (let (($x1883 (= 0.0 ?x8316)))
 (let (($x4216 (and (= 0.0 (+ (* ?x5510 p_i_u) (* (- 1.0) sum_n_13))) $x1883)))
 (let (($x3999 (and (not $x4216) $x1883)))
 (let (($x2888 (and (= 0.0 (+ (* ?x8529 p_i_t) (* (- 1.0) sum_n_12))) $x1445)))
 (let (($x699 (and (not $x2888) $x1445)))
 (let (($x3792 (and (= 0.0 (+ (* ?x5510 p_i_t) (* (- 1.0) sum_n_12))) $x1883)))
 (let (($x3862 (and (not $x3792) $x1883)))
 (and (not (or $x3862 $x3792)) (not (or $x699 $x2888)) (not (or $x3999 $x4216)) (not (or $x6799 $x4522)))))))))))))))))))
(assert
 (let ((?x71 (* (- 1.0) sum_n_15)))
(let ((?x5510 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x8316 (+ ?x5510 ?x71)))
(let ((?x6233 (* (- 1.0) sum_n_12)))
(let ((?x6740 (+ (* ?x5510 p_i_t) ?x6233)))
(let ((?x6177 (/ ?x6740 ?x8316)))
(let ((?x8529 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x3278 (+ ?x8529 ?x71)))
(let ((?x1177 (+ (* ?x8529 p_i_t) ?x6233)))
(let ((?x7047 (/ ?x1177 ?x3278)))
(let ((?x2690 (- ?x7047 ?x6177)))
(or (> 0.0 (* ?x2690 (- p_i_t ?x6177))) (< (* (- p_i_t ?x6177) (- p_i_t ?x6177)) (* ?x2690 ?x2690)))))))))))))))
(check-sat)
