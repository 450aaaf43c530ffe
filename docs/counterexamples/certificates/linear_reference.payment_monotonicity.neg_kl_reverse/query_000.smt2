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
(declare-fun zero_is_negative!2365 () Bool)
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
 (let ((?x2119 (+ b_i sum_n_15)))
(let ((?x683 (+ ?x2119 1.0)))
(let (($x570 (= 0.0 ?x683)))
(let (($x3234 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x115 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x1970 (+ 2.0 (+ (- 2.0) k))))
(let (($x3614 (= 0.0 ?x1970)))
(let (($x4218 (or (and $x3614 (ite $x3614 zero_is_negative!2365 $x115)) $x3234)))
(let (($x2798 (and $x3614 (not $x4218))))
(let (($x418 (and $x3614 $x4218)))
(let (($x4066 (or $x418 $x2798)))
(let (($x1188 (not $x4066)))
(let ((?x828 (/ 1.0 ?x1970)))
(let ((?x4013 (* 1.0 ?x828)))
(let ((?x1845 (+ (+ (* b_i p_i_t) sum_n_12) ?x4013)))
(let (($x4304 (and (and $x1188 (= 0.0 ?x1845)) $x570)))
(and (not $x4304) (or $x4066 (and $x1188 $x570))))))))))))))))))))
(check-sat)
