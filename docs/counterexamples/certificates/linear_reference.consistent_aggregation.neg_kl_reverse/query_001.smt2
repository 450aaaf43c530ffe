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
(declare-fun zero_is_negative!2177 () Bool)
(declare-fun zero_is_negative!2171 () Bool)
(declare-fun zero_is_negative!2176 () Bool)
(declare-fun zero_is_negative!2170 () Bool)
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
 (let ((?x509 (+ x_raised sum_n_15)))
 (let ((?x531 (+ ?x509 1.0)))
 (let (($x1454 (= 0.0 ?x531)))
 (let ((?x1392 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1276 (/ 1.0 ?x1392)))
 (let ((?x110 (* 1.0 ?x1276)))
 (let ((?x359 (+ (+ (* x_raised p_i_u) sum_n_13) ?x110)))
 (let (($x291 (and (not (= 0.0 ?x1392)) (< 0.0 ?x1276))))
 (let (($x1056 (= 0.0 ?x1392)))
 (let (($x1006 (or (and $x1056 (ite $x1056 zero_is_negative!2177 (not (> 0.0 ?x1392)))) $x291)))
 (let (($x2798 (and $x1056 (not $x1006))))
 (let (($x900 (and $x1056 $x1006)))
 (let (($x2721 (or $x900 $x2798)))
 (let (($x2733 (not $x2721)))
 (let (($x2822 (and (and $x2733 (= 0.0 ?x359)) $x1454)))
 (let (($x295 (and (not $x2822) (or $x2721 (and $x2733 $x1454)))))
 (let ((?x1371 (+ b_i sum_n_15)))
 (let ((?x1236 (+ ?x1371 1.0)))
 (let (($x732 (= 0.0 ?x1236)))
 (let (($x2820 (or (and $x1056 (ite $x1056 zero_is_negative!2171 (not (> 0.0 ?x1392)))) $x291)))
 (let (($x1141 (and $x1056 (not $x2820))))
 (let (($x3044 (and $x1056 $x2820)))
 (let (($x2902 (or $x3044 $x1141)))
 (let (($x2560 (not $x2902)))
 (let (($x992 (and (and $x2560 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x110))) $x732)))
 (let (($x826 (and (not $x992) (or $x2902 (and $x2560 $x732)))))
 (let (($x415 (or (and $x1056 (ite $x1056 zero_is_negative!2176 (not (> 0.0 ?x1392)))) $x291)))
 (let (($x238 (and $x1056 (not $x415))))
 (let (($x1498 (and $x1056 $x415)))
 (let (($x1284 (or $x1498 $x238)))
 (let (($x916 (not $x1284)))
 (let (($x976 (and (and $x916 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x110))) $x1454)))
 (let (($x2490 (and (not $x976) (or $x1284 (and $x916 $x1454)))))
 (let (($x1082 (or (and $x1056 (ite $x1056 zero_is_negative!2170 (not (> 0.0 ?x1392)))) $x291)))
 (let (($x2569 (and $x1056 (not $x1082))))
 (let (($x1468 (and $x1056 $x1082)))
 (let (($x1046 (or $x1468 $x2569)))
 (let (($x1338 (not $x1046)))
 (let (($x1135 (and (and $x1338 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x110))) $x732)))
 (let (($x2951 (and (not $x1135) (or $x1046 (and $x1338 $x732)))))
 (and (not (or $x2951 $x1135)) (not (or $x2490 $x976)) (not (or $x826 $x992)) (not (or $x295 $x2822))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1371 (+ b_i sum_n_15)))
(let ((?x1236 (+ ?x1371 1.0)))
(let ((?x1392 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1276 (/ 1.0 ?x1392)))
(let ((?x110 (* 1.0 ?x1276)))
(let ((?x1671 (+ (+ (* b_i p_i_t) sum_n_12) ?x110)))
(let ((?x1528 (/ ?x1671 ?x1236)))
(let ((?x509 (+ x_raised sum_n_15)))
(let ((?x531 (+ ?x509 1.0)))
(let ((?x298 (+ (+ (* x_raised p_i_t) sum_n_12) ?x110)))
(let ((?x86 (/ ?x298 ?x531)))
(let ((?x2922 (- ?x86 ?x1528)))
(or (> 0.0 (* ?x2922 (- p_i_t ?x1528))) (< (* (- p_i_t ?x1528) (- p_i_t ?x1528)) (* ?x2922 ?x2922))))))))))))))))
(check-sat)
