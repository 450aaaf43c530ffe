; linear_reference, every n and k: no segment violation
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
(declare-fun zero_is_negative!2412 () Bool)
(declare-fun zero_is_negative!2406 () Bool)
(declare-fun zero_is_negative!2411 () Bool)
(declare-fun zero_is_negative!2405 () Bool)
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
 (let ((?x2754 (+ x_raised sum_n_15)))
 (let ((?x2178 (+ ?x2754 1.0)))
 (let (($x973 (= 0.0 ?x2178)))
 (let ((?x3206 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1276 (/ 1.0 ?x3206)))
 (let ((?x4393 (* 1.0 ?x1276)))
 (let ((?x2875 (+ (+ (* x_raised p_i_u) sum_n_13) ?x4393)))
 (let (($x715 (and (not (= 0.0 ?x3206)) (< 0.0 ?x1276))))
 (let (($x1959 (= 0.0 ?x3206)))
 (let (($x2928 (or (and $x1959 (ite $x1959 zero_is_negative!2412 (not (> 0.0 ?x3206)))) $x715)))
 (let (($x1544 (and $x1959 (not $x2928))))
 (let (($x1405 (and $x1959 $x2928)))
 (let (($x571 (or $x1405 $x1544)))
 (let (($x3688 (not $x571)))
 (let (($x2833 (and (and $x3688 (= 0.0 ?x2875)) $x973)))
 (let (($x1572 (and (not $x2833) (or $x571 (and $x3688 $x973)))))
 (let ((?x909 (+ b_i sum_n_15)))
 (let ((?x4682 (+ ?x909 1.0)))
 (let (($x3208 (= 0.0 ?x4682)))
 (let (($x4459 (or (and $x1959 (ite $x1959 zero_is_negative!2406 (not (> 0.0 ?x3206)))) $x715)))
 (let (($x729 (and $x1959 (not $x4459))))
 (let (($x906 (and $x1959 $x4459)))
 (let (($x1546 (or $x906 $x729)))
 (let (($x737 (not $x1546)))
 (let (($x1446 (and (and $x737 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x4393))) $x3208)))
 (let (($x2561 (and (not $x1446) (or $x1546 (and $x737 $x3208)))))
 (let (($x518 (or (and $x1959 (ite $x1959 zero_is_negative!2411 (not (> 0.0 ?x3206)))) $x715)))
 (let (($x4608 (and $x1959 (not $x518))))
 (let (($x1522 (and $x1959 $x518)))
 (let (($x2947 (or $x1522 $x4608)))
 (let (($x559 (not $x2947)))
 (let (($x1126 (and (and $x559 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x4393))) $x973)))
 (let (($x3146 (and (not $x1126) (or $x2947 (and $x559 $x973)))))
 (let (($x1735 (or (and $x1959 (ite $x1959 zero_is_negative!2405 (not (> 0.0 ?x3206)))) $x715)))
 (let (($x2692 (and $x1959 (not $x1735))))
 (let (($x1809 (and $x1959 $x1735)))
 (let (($x2714 (or $x1809 $x2692)))
 (let (($x1214 (not $x2714)))
 (let (($x1418 (and (and $x1214 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x4393))) $x3208)))
 (let (($x1082 (and (not $x1418) (or $x2714 (and $x1214 $x3208)))))
 (and (not (or $x1082 $x1418)) (not (or $x3146 $x1126)) (not (or $x2561 $x1446)) (not (or $x1572 $x2833))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x909 (+ b_i sum_n_15)))
(let ((?x4682 (+ ?x909 1.0)))
(let ((?x3206 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1276 (/ 1.0 ?x3206)))
(let ((?x4393 (* 1.0 ?x1276)))
(let ((?x1512 (+ (+ (* b_i p_i_t) sum_n_12) ?x4393)))
(let ((?x4289 (/ ?x1512 ?x4682)))
(let ((?x2754 (+ x_raised sum_n_15)))
(let ((?x2178 (+ ?x2754 1.0)))
(let ((?x3169 (+ (+ (* x_raised p_i_t) sum_n_12) ?x4393)))
(let ((?x11 (/ ?x3169 ?x2178)))
(let ((?x2801 (- ?x11 ?x4289)))
(or (> 0.0 (* ?x2801 (- p_i_t ?x4289))) (< (* (- p_i_t ?x4289) (- p_i_t ?x4289)) (* ?x2801 ?x2801))))))))))))))))
(check-sat)
