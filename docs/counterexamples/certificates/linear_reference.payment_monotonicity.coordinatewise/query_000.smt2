; linear_reference, every n and k: no output entry is +inf or -inf
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
 (let ((?x1720 (+ b_i sum_n_15)))
(let ((?x2867 (+ ?x1720 1.0)))
(let (($x2870 (= 0.0 ?x2867)))
(let (($x1348 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x2734 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x267 (+ 2.0 (+ (- 2.0) k))))
(let (($x1311 (= 0.0 ?x267)))
(let (($x1640 (or (and $x1311 (ite $x1311 zero_is_negative!1662 $x2734)) $x1348)))
(let (($x45 (and $x1311 (not $x1640))))
(let (($x1006 (and $x1311 $x1640)))
(let (($x1724 (or $x1006 $x45)))
(let (($x845 (not $x1724)))
(let ((?x730 (/ 1.0 ?x267)))
(let ((?x2883 (* 1.0 ?x730)))
(let ((?x1002 (+ (+ (* b_i p_i_t) sum_n_12) ?x2883)))
(let (($x2792 (and (and $x845 (= 0.0 ?x1002)) $x2870)))
(and (not $x2792) (or $x1724 (and $x845 $x2870))))))))))))))))))))
(check-sat)
