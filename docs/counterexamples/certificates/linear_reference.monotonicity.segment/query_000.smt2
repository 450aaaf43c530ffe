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
(declare-fun zero_is_negative!1342 () Bool)
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
 (let ((?x1143 (+ b_i sum_n_15)))
(let ((?x1525 (+ ?x1143 1.0)))
(let (($x136 (= 0.0 ?x1525)))
(let (($x1662 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x2734 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x1672 (+ 2.0 (+ (- 2.0) k))))
(let (($x827 (= 0.0 ?x1672)))
(let (($x1640 (or (and $x827 (ite $x827 zero_is_negative!1342 $x2734)) $x1662)))
(let (($x2661 (and $x827 (not $x1640))))
(let (($x267 (and $x827 $x1640)))
(let (($x2659 (or $x267 $x2661)))
(let (($x845 (not $x2659)))
(let ((?x1028 (/ 1.0 ?x1672)))
(let ((?x2673 (* 1.0 ?x1028)))
(let ((?x1434 (+ (+ (* b_i p_i_t) sum_n_12) ?x2673)))
(let (($x2851 (and (and $x845 (= 0.0 ?x1434)) $x136)))
(and (not $x2851) (or $x2659 (and $x845 $x136))))))))))))))))))))
(check-sat)
