; linear_reference, every n and k: q(t) >= 0 wherever q(t) is finite
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
 (let ((?x73 (+ b_i sum_n_15)))
 (let ((?x74 (+ ?x73 1.0)))
 (let (($x75 (= 0.0 ?x74)))
 (let ((?x70 (+ (+ (* b_i p_i_t) sum_n_12) (* 1.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
 (let ((?x50 (+ 2.0 (+ (- 2.0) k))))
 (let (($x51 (= 0.0 ?x50)))
 (let (($x57 (not $x51)))
 (let (($x61 (or (and $x51 (ite $x51 abs_zero_is_negative_1 (not (> 0.0 ?x50)))) (and $x57 (< 0.0 (/ 1.0 ?x50))))))
 (let (($x65 (or (and $x51 $x61) (and $x51 (not $x61)))))
 (let (($x66 (not $x65)))
 (let (($x76 (and (and $x66 (= 0.0 ?x70)) $x75)))
 (not (or (and (not $x76) (or $x65 (and $x66 $x75))) $x76))))))))))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
 (let ((?x74 (+ ?x73 1.0)))
 (let (($x75 (= 0.0 ?x74)))
 (let ((?x70 (+ (+ (* b_i p_i_t) sum_n_12) (* 1.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
 (let ((?x50 (+ 2.0 (+ (- 2.0) k))))
 (let (($x51 (= 0.0 ?x50)))
 (let (($x57 (not $x51)))
 (let (($x61 (or (and $x51 (ite $x51 abs_zero_is_negative_1 (not (> 0.0 ?x50)))) (and $x57 (< 0.0 (/ 1.0 ?x50))))))
 (let (($x65 (or (and $x51 $x61) (and $x51 (not $x61)))))
 (let (($x66 (not $x65)))
 (let (($x76 (and (and $x66 (= 0.0 ?x70)) $x75)))
 (let (($x82 (not (or (and (not $x76) (or $x65 (and $x66 $x75))) $x76))))
 (not (not (and $x57 $x66 $x66 $x82))))))))))))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
(let ((?x74 (+ ?x73 1.0)))
(let ((?x70 (+ (+ (* b_i p_i_t) sum_n_12) (* 1.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(< (/ ?x70 ?x74) 0.0)))))
(check-sat)
