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
(declare-fun zero_is_negative!1900 () Bool)
(declare-fun zero_is_negative!1894 () Bool)
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
 (let ((?x1313 (+ x_raised sum_n_15)))
 (let ((?x1339 (+ ?x1313 1.0)))
 (let (($x3638 (= 0.0 ?x1339)))
 (let ((?x1662 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x238 (/ 1.0 ?x1662)))
 (let ((?x1121 (* 1.0 ?x238)))
 (let ((?x48 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1121)))
 (let (($x1028 (and (not (= 0.0 ?x1662)) (< 0.0 ?x238))))
 (let (($x1498 (= 0.0 ?x1662)))
 (let (($x2074 (or (and $x1498 (ite $x1498 zero_is_negative!1900 (not (> 0.0 ?x1662)))) $x1028)))
 (let (($x1671 (and $x1498 (not $x2074))))
 (let (($x1135 (and $x1498 $x2074)))
 (let (($x2673 (or $x1135 $x1671)))
 (let (($x2516 (not $x2673)))
 (let (($x3639 (and (and $x2516 (= 0.0 ?x48)) $x3638)))
 (let (($x1667 (and (not $x3639) (or $x2673 (and $x2516 $x3638)))))
 (let ((?x1046 (+ b_i sum_n_15)))
 (let ((?x395 (+ ?x1046 1.0)))
 (let (($x2788 (= 0.0 ?x395)))
 (let (($x2803 (or (and $x1498 (ite $x1498 zero_is_negative!1894 (not (> 0.0 ?x1662)))) $x1028)))
 (let (($x94 (and $x1498 (not $x2803))))
 (let (($x619 (and $x1498 $x2803)))
 (let (($x136 (or $x619 $x94)))
 (let (($x421 (not $x136)))
 (let (($x1177 (and (and $x421 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x1121))) $x2788)))
 (let (($x1141 (and (not $x1177) (or $x136 (and $x421 $x2788)))))
 (and (not (or $x1141 $x1177)) (not (or $x1667 $x3639))))))))))))))))))))))))))))))
(assert
 (let ((?x1313 (+ x_raised sum_n_15)))
(let ((?x1339 (+ ?x1313 1.0)))
(let ((?x1662 (+ 2.0 (+ (- 2.0) k))))
(let ((?x238 (/ 1.0 ?x1662)))
(let ((?x1121 (* 1.0 ?x238)))
(let ((?x48 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1121)))
(let ((?x28 (/ ?x48 ?x1339)))
(let ((?x1046 (+ b_i sum_n_15)))
(let ((?x395 (+ ?x1046 1.0)))
(let ((?x1536 (+ (+ (* b_i p_i_t) sum_n_12) ?x1121)))
(let ((?x1006 (/ ?x1536 ?x395)))
(or (and (< ?x28 ?x1006) (< ?x28 p_i_t)) (and (< ?x1006 ?x28) (< p_i_t ?x28)))))))))))))))
(check-sat)
