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
(declare-fun zero_is_negative!2924 () Bool)
(declare-fun zero_is_negative!2918 () Bool)
(declare-fun zero_is_negative!2923 () Bool)
(declare-fun zero_is_negative!2917 () Bool)
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
 (let ((?x130 (+ x_raised sum_n_15)))
 (let ((?x1678 (+ ?x130 1.0)))
 (let (($x3662 (= 0.0 ?x1678)))
 (let ((?x3394 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x239 (/ 1.0 ?x3394)))
 (let ((?x1225 (* 1.0 ?x239)))
 (let ((?x633 (+ (+ (* x_raised p_i_u) sum_n_13) ?x1225)))
 (let (($x1895 (and (not (= 0.0 ?x3394)) (< 0.0 ?x239))))
 (let (($x350 (= 0.0 ?x3394)))
 (let (($x3614 (or (and $x350 (ite $x350 zero_is_negative!2924 (not (> 0.0 ?x3394)))) $x1895)))
 (let (($x4570 (and $x350 (not $x3614))))
 (let (($x300 (and $x350 $x3614)))
 (let (($x1056 (or $x300 $x4570)))
 (let (($x1569 (not $x1056)))
 (let (($x3506 (and (and $x1569 (= 0.0 ?x633)) $x3662)))
 (let (($x946 (and (not $x3506) (or $x1056 (and $x1569 $x3662)))))
 (let ((?x3768 (+ b_i sum_n_15)))
 (let ((?x4414 (+ ?x3768 1.0)))
 (let (($x341 (= 0.0 ?x4414)))
 (let (($x1866 (or (and $x350 (ite $x350 zero_is_negative!2918 (not (> 0.0 ?x3394)))) $x1895)))
 (let (($x1484 (and $x350 (not $x1866))))
 (let (($x3324 (and $x350 $x1866)))
 (let (($x1160 (or $x3324 $x1484)))
 (let (($x683 (not $x1160)))
 (let (($x1527 (and (and $x683 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x1225))) $x341)))
 (let (($x1382 (and (not $x1527) (or $x1160 (and $x683 $x341)))))
 (let (($x2902 (or (and $x350 (ite $x350 zero_is_negative!2923 (not (> 0.0 ?x3394)))) $x1895)))
 (let (($x14 (and $x350 (not $x2902))))
 (let (($x3598 (and $x350 $x2902)))
 (let (($x1850 (or $x3598 $x14)))
 (let (($x1623 (not $x1850)))
 (let (($x2906 (and (and $x1623 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1225))) $x3662)))
 (let (($x3306 (and (not $x2906) (or $x1850 (and $x1623 $x3662)))))
 (let (($x4291 (or (and $x350 (ite $x350 zero_is_negative!2917 (not (> 0.0 ?x3394)))) $x1895)))
 (let (($x2455 (and $x350 (not $x4291))))
 (let (($x956 (and $x350 $x4291)))
 (let (($x486 (or $x956 $x2455)))
 (let (($x3377 (not $x486)))
 (let (($x524 (and (and $x3377 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x1225))) $x341)))
 (let (($x1095 (and (not $x524) (or $x486 (and $x3377 $x341)))))
 (and (not (or $x1095 $x524)) (not (or $x3306 $x2906)) (not (or $x1382 $x1527)) (not (or $x946 $x3506))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x3768 (+ b_i sum_n_15)))
(let ((?x4414 (+ ?x3768 1.0)))
(let ((?x3394 (+ 2.0 (+ (- 2.0) k))))
(let ((?x239 (/ 1.0 ?x3394)))
(let ((?x1225 (* 1.0 ?x239)))
(let ((?x2165 (+ (+ (* b_i p_i_u) sum_n_13) ?x1225)))
(let ((?x2672 (/ ?x2165 ?x4414)))
(let ((?x130 (+ x_raised sum_n_15)))
(let ((?x1678 (+ ?x130 1.0)))
(let ((?x633 (+ (+ (* x_raised p_i_u) sum_n_13) ?x1225)))
(let ((?x3002 (/ ?x633 ?x1678)))
(let ((?x265 (- ?x3002 ?x2672)))
(or (> 0.0 (* ?x265 (- p_i_u ?x2672))) (< (* (- p_i_u ?x2672) (- p_i_u ?x2672)) (* ?x265 ?x265))))))))))))))))
(check-sat)
