; bid_cap_1, every n and k: no coordinatewise violation
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
 (let ((?x1452 (* (- 1.0) sum_n_15)))
 (let ((?x140 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1677 (+ ?x140 ?x1452)))
 (let (($x837 (= 0.0 ?x1677)))
 (let (($x1913 (and (= 0.0 (+ (* ?x140 p_i_t) (* (- 1.0) sum_n_12))) $x837)))
 (let (($x1118 (and (not $x1913) $x837)))
 (let ((?x351 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1030 (+ ?x351 ?x1452)))
 (let (($x1896 (= 0.0 ?x1030)))
 (let (($x291 (and (= 0.0 (+ (* ?x351 p_i_t) (* (- 1.0) sum_n_12))) $x1896)))
 (let (($x504 (and (not $x291) $x1896)))
 (and (not (or $x504 $x291)) (not (or $x1118 $x1913)))))))))))))))
(assert
 (let ((?x1452 (* (- 1.0) sum_n_15)))
(let ((?x140 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1677 (+ ?x140 ?x1452)))
(let ((?x1510 (* (- 1.0) sum_n_12)))
(let ((?x1619 (+ (* ?x140 p_i_t) ?x1510)))
(let ((?x1543 (/ ?x1619 ?x1677)))
(let ((?x351 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1030 (+ ?x351 ?x1452)))
(let ((?x1129 (+ (* ?x351 p_i_t) ?x1510)))
(let ((?x1886 (/ ?x1129 ?x1030)))
(or (and (< ?x1543 ?x1886) (< ?x1543 p_i_t)) (and (< ?x1886 ?x1543) (< p_i_t ?x1543))))))))))))))
(check-sat)
