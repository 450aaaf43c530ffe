; linear_reference, every n and k: no coordinatewise violation
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
(declare-fun abs_zero_is_negative_7 () Bool)
(declare-fun abs_zero_is_negative_1 () Bool)
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
 (>= sum_n_12 0.0))
(assert
 (>= sum_n_13 0.0))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_15 sum_n_12))
(assert
 (>= sum_n_15 sum_n_13))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x99 (+ x_raised sum_n_15)))
 (let ((?x100 (+ ?x99 1.0)))
 (let (($x101 (= 0.0 ?x100)))
 (let ((?x52 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x60 (/ 1.0 ?x52)))
 (let ((?x71 (* 1.0 ?x60)))
 (let ((?x96 (+ (+ (* x_raised p_i_t) sum_n_12) ?x71)))
 (let (($x62 (and (not (= 0.0 ?x52)) (< 0.0 ?x60))))
 (let (($x53 (= 0.0 ?x52)))
 (let (($x88 (or (and $x53 (ite $x53 abs_zero_is_negative_7 (not (> 0.0 ?x52)))) $x62)))
 (let (($x92 (or (and $x53 $x88) (and $x53 (not $x88)))))
 (let (($x93 (not $x92)))
 (let (($x102 (and (and $x93 (= 0.0 ?x96)) $x101)))
 (let ((?x75 (+ b_i sum_n_15)))
 (let ((?x76 (+ ?x75 1.0)))
 (let (($x77 (= 0.0 ?x76)))
 (let (($x63 (or (and $x53 (ite $x53 abs_zero_is_negative_1 (not (> 0.0 ?x52)))) $x62)))
 (let (($x67 (or (and $x53 $x63) (and $x53 (not $x63)))))
 (let (($x68 (not $x67)))
 (let (($x78 (and (and $x68 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x71))) $x77)))
 (and (not (or (and (not $x78) (or $x67 (and $x68 $x77))) $x78)) (not (or (and (not $x102) (or $x92 (and $x93 $x101))) $x102))))))))))))))))))))))))
(assert
 (let ((?x99 (+ x_raised sum_n_15)))
(let ((?x100 (+ ?x99 1.0)))
(let ((?x52 (+ 2.0 (+ (- 2.0) k))))
(let ((?x60 (/ 1.0 ?x52)))
(let ((?x71 (* 1.0 ?x60)))
(let ((?x96 (+ (+ (* x_raised p_i_t) sum_n_12) ?x71)))
(let ((?x110 (/ ?x96 ?x100)))
(let ((?x75 (+ b_i sum_n_15)))
(let ((?x76 (+ ?x75 1.0)))
(let ((?x72 (+ (+ (* b_i p_i_t) sum_n_12) ?x71)))
(let ((?x111 (/ ?x72 ?x76)))
(or (and (< ?x110 ?x111) (< ?x110 p_i_t)) (and (< ?x111 ?x110) (< p_i_t ?x110)))))))))))))))
(check-sat)
