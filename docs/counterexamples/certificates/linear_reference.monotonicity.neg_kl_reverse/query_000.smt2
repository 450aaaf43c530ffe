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
(declare-fun zero_is_negative!1536 () Bool)
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
 (let ((?x1646 (+ b_i sum_n_15)))
(let ((?x827 (+ ?x1646 1.0)))
(let (($x505 (= 0.0 ?x827)))
(let (($x807 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x1662 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x1002 (+ 2.0 (+ (- 2.0) k))))
(let (($x2533 (= 0.0 ?x1002)))
(let (($x380 (or (and $x2533 (ite $x2533 zero_is_negative!1536 $x1662)) $x807)))
(let (($x2267 (and $x2533 (not $x380))))
(let (($x1640 (and $x2533 $x380)))
(let (($x2481 (or $x1640 $x2267)))
(let (($x1392 (not $x2481)))
(let ((?x1444 (/ 1.0 ?x1002)))
(let ((?x197 (* 1.0 ?x1444)))
(let ((?x790 (+ (+ (* b_i p_i_t) sum_n_12) ?x197)))
(let (($x1719 (and (and $x1392 (= 0.0 ?x790)) $x505)))
(and (not $x1719) (or $x2481 (and $x1392 $x505))))))))))))))))))))
(check-sat)
