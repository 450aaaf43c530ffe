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
(declare-fun zero_is_negative!1668 () Bool)
(declare-fun zero_is_negative!1662 () Bool)
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
 (let ((?x65 (+ x_raised sum_n_15)))
 (let ((?x293 (+ ?x65 1.0)))
 (let (($x1670 (= 0.0 ?x293)))
 (let ((?x267 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x730 (/ 1.0 ?x267)))
 (let ((?x2883 (* 1.0 ?x730)))
 (let ((?x397 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2883)))
 (let (($x1348 (and (not (= 0.0 ?x267)) (< 0.0 ?x730))))
 (let (($x1311 (= 0.0 ?x267)))
 (let (($x2566 (or (and $x1311 (ite $x1311 zero_is_negative!1668 (not (> 0.0 ?x267)))) $x1348)))
 (let (($x1643 (and $x1311 (not $x2566))))
 (let (($x2888 (and $x1311 $x2566)))
 (let (($x2344 (or $x2888 $x1643)))
 (let (($x286 (not $x2344)))
 (let (($x1172 (and (and $x286 (= 0.0 ?x397)) $x1670)))
 (let (($x634 (and (not $x1172) (or $x2344 (and $x286 $x1670)))))
 (let ((?x1720 (+ b_i sum_n_15)))
 (let ((?x2867 (+ ?x1720 1.0)))
 (let (($x2870 (= 0.0 ?x2867)))
 (let (($x1640 (or (and $x1311 (ite $x1311 zero_is_negative!1662 (not (> 0.0 ?x267)))) $x1348)))
 (let (($x45 (and $x1311 (not $x1640))))
 (let (($x1006 (and $x1311 $x1640)))
 (let (($x1724 (or $x1006 $x45)))
 (let (($x845 (not $x1724)))
 (let (($x2792 (and (and $x845 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x2883))) $x2870)))
 (let (($x2649 (and (not $x2792) (or $x1724 (and $x845 $x2870)))))
 (and (not (or $x2649 $x2792)) (not (or $x634 $x1172))))))))))))))))))))))))))))))
(assert
 (let ((?x65 (+ x_raised sum_n_15)))
(let ((?x293 (+ ?x65 1.0)))
(let ((?x267 (+ 2.0 (+ (- 2.0) k))))
(let ((?x730 (/ 1.0 ?x267)))
(let ((?x2883 (* 1.0 ?x730)))
(let ((?x397 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2883)))
(let ((?x535 (/ ?x397 ?x293)))
(let ((?x1720 (+ b_i sum_n_15)))
(let ((?x2867 (+ ?x1720 1.0)))
(let ((?x1002 (+ (+ (* b_i p_i_t) sum_n_12) ?x2883)))
(let ((?x2340 (/ ?x1002 ?x2867)))
(or (and (< ?x535 ?x2340) (< ?x535 p_i_t)) (and (< ?x2340 ?x535) (< p_i_t ?x535)))))))))))))))
(check-sat)
