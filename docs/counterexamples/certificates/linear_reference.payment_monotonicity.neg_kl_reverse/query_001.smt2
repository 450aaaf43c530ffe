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
(declare-fun zero_is_negative!2371 () Bool)
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
 (>= x_raised b_i))
(assert
 (let ((?x3561 (+ x_raised sum_n_15)))
 (let ((?x1682 (+ ?x3561 1.0)))
 (let (($x3549 (= 0.0 ?x1682)))
 (let ((?x1970 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x828 (/ 1.0 ?x1970)))
 (let ((?x4013 (* 1.0 ?x828)))
 (let ((?x1104 (+ (+ (* x_raised p_i_t) sum_n_12) ?x4013)))
 (let (($x3234 (and (not (= 0.0 ?x1970)) (< 0.0 ?x828))))
 (let (($x3614 (= 0.0 ?x1970)))
 (let (($x4565 (or (and $x3614 (ite $x3614 zero_is_negative!2371 (not (> 0.0 ?x1970)))) $x3234)))
 (let (($x3944 (and $x3614 (not $x4565))))
 (let (($x824 (and $x3614 $x4565)))
 (let (($x1059 (or $x824 $x3944)))
 (let (($x3821 (not $x1059)))
 (let (($x4214 (and (and $x3821 (= 0.0 ?x1104)) $x3549)))
 (let (($x3320 (and (not $x4214) (or $x1059 (and $x3821 $x3549)))))
 (let ((?x2119 (+ b_i sum_n_15)))
 (let ((?x683 (+ ?x2119 1.0)))
 (let (($x570 (= 0.0 ?x683)))
 (let (($x4218 (or (and $x3614 (ite $x3614 zero_is_negative!2365 (not (> 0.0 ?x1970)))) $x3234)))
 (let (($x2798 (and $x3614 (not $x4218))))
 (let (($x418 (and $x3614 $x4218)))
 (let (($x4066 (or $x418 $x2798)))
 (let (($x1188 (not $x4066)))
 (let (($x4304 (and (and $x1188 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x4013))) $x570)))
 (let (($x2339 (and (not $x4304) (or $x4066 (and $x1188 $x570)))))
 (and (not (or $x2339 $x4304)) (not (or $x3320 $x4214))))))))))))))))))))))))))))))
(assert
 (let ((?x3561 (+ x_raised sum_n_15)))
(let ((?x1682 (+ ?x3561 1.0)))
(let ((?x1970 (+ 2.0 (+ (- 2.0) k))))
(let ((?x828 (/ 1.0 ?x1970)))
(let ((?x4013 (* 1.0 ?x828)))
(let ((?x1104 (+ (+ (* x_raised p_i_t) sum_n_12) ?x4013)))
(let ((?x3142 (/ ?x1104 ?x1682)))
(let ((?x2119 (+ b_i sum_n_15)))
(let ((?x683 (+ ?x2119 1.0)))
(let ((?x1845 (+ (+ (* b_i p_i_t) sum_n_12) ?x4013)))
(let ((?x4446 (/ ?x1845 ?x683)))
(or (and (< ?x3142 ?x4446) (< ?x3142 p_i_t)) (and (< ?x4446 ?x3142) (< p_i_t ?x3142)))))))))))))))
(check-sat)
