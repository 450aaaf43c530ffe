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
 (let ((?x4212 (* (- 1.0) sum_n_15)))
 (let ((?x6833 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1101 (+ ?x6833 ?x4212)))
 (let (($x6199 (= 0.0 ?x1101)))
 (let (($x7885 (and (= 0.0 (+ (* ?x6833 p_i_t) (* (- 1.0) sum_n_12))) $x6199)))
 (let (($x5504 (and (not $x7885) $x6199)))
 (let ((?x6281 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x3551 (+ ?x6281 ?x4212)))
 (let (($x1012 (= 0.0 ?x3551)))
 (let (($x8475 (and (= 0.0 (+ (* ?x6281 p_i_t) (* (- 1.0) sum_n_12))) $x1012)))
 (let (($x6942 (and (not $x8475) $x1012)))
 (and (not (or $x6942 $x8475)) (not (or $x5504 $x7885)))))))))))))))
(assert
 (let ((?x4212 (* (- 1.0) sum_n_15)))
(let ((?x6833 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1101 (+ ?x6833 ?x4212)))
(let ((?x1177 (* (- 1.0) sum_n_12)))
(let ((?x3483 (+ (* ?x6833 p_i_t) ?x1177)))
(let ((?x177 (/ ?x3483 ?x1101)))
(let ((?x6281 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x3551 (+ ?x6281 ?x4212)))
(let ((?x5190 (+ (* ?x6281 p_i_t) ?x1177)))
(let ((?x350 (/ ?x5190 ?x3551)))
(or (and (< ?x177 ?x350) (< ?x177 p_i_t)) (and (< ?x350 ?x177) (< p_i_t ?x177))))))))))))))
(check-sat)
