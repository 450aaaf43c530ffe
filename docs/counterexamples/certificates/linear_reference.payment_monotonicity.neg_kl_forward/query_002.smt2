; linear_reference, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
(declare-fun zero_is_negative!2173 () Bool)
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
 (let ((?x1269 (+ b_i sum_n_15)))
 (let ((?x1513 (+ ?x1269 1.0)))
 (let (($x4092 (= 0.0 ?x1513)))
 (let ((?x1132 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x3495 (/ 1.0 ?x1132)))
 (let ((?x2435 (* 1.0 ?x3495)))
 (let ((?x2907 (* b_i p_i_t)))
 (let ((?x2094 (+ ?x2907 sum_n_12)))
 (let ((?x197 (+ ?x2094 ?x2435)))
 (let (($x1360 (= 0.0 ?x1132)))
 (let (($x2370 (not $x1360)))
 (let (($x906 (and $x2370 (< 0.0 ?x3495))))
 (let (($x2197 (> 0.0 ?x1132)))
 (let (($x1735 (not $x2197)))
 (let (($x2714 (ite $x1360 zero_is_negative!2173 $x1735)))
 (let (($x580 (and $x1360 $x2714)))
 (let (($x1328 (or $x580 $x906)))
 (let (($x2062 (and $x1360 (not $x1328))))
 (let (($x2076 (and $x1360 $x1328)))
 (let (($x3827 (or $x2076 $x2062)))
 (let (($x1759 (not $x3827)))
 (let (($x4364 (and (and $x1759 (= 0.0 ?x197)) $x4092)))
 (let (($x1014 (and (not $x4364) (or $x3827 (and $x1759 $x4092)))))
 (not (or $x1014 $x4364))))))))))))))))))))))))))
(assert
 (let ((?x1269 (+ b_i sum_n_15)))
(let ((?x1513 (+ ?x1269 1.0)))
(let (($x4092 (= 0.0 ?x1513)))
(let ((?x1132 (+ 2.0 (+ (- 2.0) k))))
(let ((?x3495 (/ 1.0 ?x1132)))
(let ((?x2435 (* 1.0 ?x3495)))
(let ((?x2907 (* b_i p_i_t)))
(let ((?x2094 (+ ?x2907 sum_n_12)))
(let ((?x197 (+ ?x2094 ?x2435)))
(let (($x1360 (= 0.0 ?x1132)))
(let (($x2370 (not $x1360)))
(let (($x906 (and $x2370 (< 0.0 ?x3495))))
(let (($x2197 (> 0.0 ?x1132)))
(let (($x1735 (not $x2197)))
(let (($x2714 (ite $x1360 zero_is_negative!2173 $x1735)))
(let (($x580 (and $x1360 $x2714)))
(let (($x1328 (or $x580 $x906)))
(let (($x2062 (and $x1360 (not $x1328))))
(let (($x2076 (and $x1360 $x1328)))
(let (($x3827 (or $x2076 $x2062)))
(let (($x1759 (not $x3827)))
(let (($x4364 (and (and $x1759 (= 0.0 ?x197)) $x4092)))
(let (($x1014 (and (not $x4364) (or $x3827 (and $x1759 $x4092)))))
(let (($x892 (not (or $x1014 $x4364))))
(not (and $x2370 $x1759 $x1759 $x892)))))))))))))))))))))))))))
(check-sat)
