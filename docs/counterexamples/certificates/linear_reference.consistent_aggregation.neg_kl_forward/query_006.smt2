; linear_reference, every n and k: the outputs sum to 1 wherever q(t) is finite
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
(declare-fun abs_zero_is_negative_7 () Bool)
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
 (let ((?x50 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x58 (/ 1.0 ?x50)))
 (let ((?x69 (* 1.0 ?x58)))
 (let ((?x70 (+ (+ (* b_i p_i_t) sum_n_12) ?x69)))
 (let (($x51 (= 0.0 ?x50)))
 (let (($x57 (not $x51)))
 (let (($x60 (and $x57 (< 0.0 ?x58))))
 (let (($x61 (or (and $x51 (ite $x51 abs_zero_is_negative_1 (not (> 0.0 ?x50)))) $x60)))
 (let (($x65 (or (and $x51 $x61) (and $x51 (not $x61)))))
 (let (($x66 (not $x65)))
 (let (($x76 (and (and $x66 (= 0.0 ?x70)) $x75)))
 (not (or (and (not $x76) (or $x65 (and $x66 $x75))) $x76)))))))))))))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
 (let ((?x74 (+ ?x73 1.0)))
 (let (($x75 (= 0.0 ?x74)))
 (let ((?x50 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x58 (/ 1.0 ?x50)))
 (let ((?x69 (* 1.0 ?x58)))
 (let ((?x70 (+ (+ (* b_i p_i_t) sum_n_12) ?x69)))
 (let (($x51 (= 0.0 ?x50)))
 (let (($x57 (not $x51)))
 (let (($x60 (and $x57 (< 0.0 ?x58))))
 (let (($x61 (or (and $x51 (ite $x51 abs_zero_is_negative_1 (not (> 0.0 ?x50)))) $x60)))
 (let (($x65 (or (and $x51 $x61) (and $x51 (not $x61)))))
 (let (($x66 (not $x65)))
 (let (($x76 (and (and $x66 (= 0.0 ?x70)) $x75)))
 (let (($x82 (not (or (and (not $x76) (or $x65 (and $x66 $x75))) $x76))))
 (not (not (and $x57 $x66 $x66 $x82)))))))))))))))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
 (let ((?x74 (+ ?x73 1.0)))
 (let ((?x50 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x58 (/ 1.0 ?x50)))
 (let ((?x69 (* 1.0 ?x58)))
 (let ((?x70 (+ (+ (* b_i p_i_t) sum_n_12) ?x69)))
 (not (< (/ ?x70 ?x74) 0.0)))))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
(let ((?x74 (+ ?x73 1.0)))
(let ((?x50 (+ 2.0 (+ (- 2.0) k))))
(let ((?x58 (/ 1.0 ?x50)))
(let ((?x69 (* 1.0 ?x58)))
(let ((?x122 (+ (+ (* b_i 1.0) sum_n_15) (* ?x69 ?x50))))
(let (($x75 (= 0.0 ?x74)))
(let (($x51 (= 0.0 ?x50)))
(let (($x57 (not $x51)))
(let (($x60 (and $x57 (< 0.0 ?x58))))
(let (($x92 (or (and $x51 (ite $x51 abs_zero_is_negative_7 (not (> 0.0 ?x50)))) $x60)))
(let (($x95 (and $x51 (not $x92))))
(let (($x93 (and $x51 $x92)))
(let (($x96 (or $x93 $x95)))
(let (($x97 (and $x96 $x51)))
(let (($x110 (or (and (or $x93 (and (not $x96) (< 0.0 ?x69))) (< 0.0 ?x50)) (and (or $x95 (and (not $x96) (> 0.0 ?x69))) (> 0.0 ?x50)))))
(let (($x98 (not $x97)))
(let (($x99 (and $x98 $x96)))
(let (($x116 (or (and $x98 (and $x99 $x110)) (and $x98 (and $x99 (not $x110))))))
(let (($x118 (not (or $x116 $x97))))
(let (($x126 (or $x97 (and (and $x118 (= 0.0 ?x122)) $x75))))
(or (not (not (or (and (not $x126) (or $x116 (and $x118 $x75))) $x126))) (and (distinct (/ ?x122 ?x74) 1.0) true))))))))))))))))))))))))
(check-sat)
