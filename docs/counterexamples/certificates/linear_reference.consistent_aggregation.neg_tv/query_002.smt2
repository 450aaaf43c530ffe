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
(declare-fun zero_is_negative!2437 () Bool)
(declare-fun zero_is_negative!2431 () Bool)
(declare-fun zero_is_negative!2436 () Bool)
(declare-fun zero_is_negative!2430 () Bool)
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
 (let ((?x2817 (+ x_raised sum_n_15)))
 (let ((?x1332 (+ ?x2817 1.0)))
 (let (($x1093 (= 0.0 ?x1332)))
 (let ((?x2827 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x873 (/ 1.0 ?x2827)))
 (let ((?x2813 (* 1.0 ?x873)))
 (let ((?x331 (+ (+ (* x_raised p_i_u) sum_n_13) ?x2813)))
 (let (($x356 (and (not (= 0.0 ?x2827)) (< 0.0 ?x873))))
 (let (($x2734 (= 0.0 ?x2827)))
 (let (($x2891 (or (and $x2734 (ite $x2734 zero_is_negative!2437 (not (> 0.0 ?x2827)))) $x356)))
 (let (($x1244 (and $x2734 (not $x2891))))
 (let (($x1446 (and $x2734 $x2891)))
 (let (($x1176 (or $x1446 $x1244)))
 (let (($x411 (not $x1176)))
 (let (($x795 (and (and $x411 (= 0.0 ?x331)) $x1093)))
 (let (($x266 (and (not $x795) (or $x1176 (and $x411 $x1093)))))
 (let ((?x1512 (+ b_i sum_n_15)))
 (let ((?x826 (+ ?x1512 1.0)))
 (let (($x473 (= 0.0 ?x826)))
 (let (($x2543 (or (and $x2734 (ite $x2734 zero_is_negative!2431 (not (> 0.0 ?x2827)))) $x356)))
 (let (($x2628 (and $x2734 (not $x2543))))
 (let (($x518 (and $x2734 $x2543)))
 (let (($x2469 (or $x518 $x2628)))
 (let (($x2793 (not $x2469)))
 (let (($x2926 (and (and $x2793 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x2813))) $x473)))
 (let (($x1427 (and (not $x2926) (or $x2469 (and $x2793 $x473)))))
 (let (($x2786 (or (and $x2734 (ite $x2734 zero_is_negative!2436 (not (> 0.0 ?x2827)))) $x356)))
 (let (($x454 (and $x2734 (not $x2786))))
 (let (($x1633 (and $x2734 $x2786)))
 (let (($x889 (or $x1633 $x454)))
 (let (($x1220 (not $x889)))
 (let (($x1502 (and (and $x1220 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2813))) $x1093)))
 (let (($x2608 (and (not $x1502) (or $x889 (and $x1220 $x1093)))))
 (let (($x251 (or (and $x2734 (ite $x2734 zero_is_negative!2430 (not (> 0.0 ?x2827)))) $x356)))
 (let (($x1674 (and $x2734 (not $x251))))
 (let (($x1685 (and $x2734 $x251)))
 (let (($x2683 (or $x1685 $x1674)))
 (let (($x1534 (not $x2683)))
 (let (($x368 (and (and $x1534 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x2813))) $x473)))
 (let (($x1172 (and (not $x368) (or $x2683 (and $x1534 $x473)))))
 (and (not (or $x1172 $x368)) (not (or $x2608 $x1502)) (not (or $x1427 $x2926)) (not (or $x266 $x795))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1512 (+ b_i sum_n_15)))
(let ((?x826 (+ ?x1512 1.0)))
(let ((?x2827 (+ 2.0 (+ (- 2.0) k))))
(let ((?x873 (/ 1.0 ?x2827)))
(let ((?x2813 (* 1.0 ?x873)))
(let ((?x2570 (+ (+ (* b_i p_i_u) sum_n_13) ?x2813)))
(let ((?x274 (/ ?x2570 ?x826)))
(let ((?x2817 (+ x_raised sum_n_15)))
(let ((?x1332 (+ ?x2817 1.0)))
(let ((?x331 (+ (+ (* x_raised p_i_u) sum_n_13) ?x2813)))
(let ((?x2578 (/ ?x331 ?x1332)))
(let ((?x2639 (- ?x2578 ?x274)))
(or (> 0.0 (* ?x2639 (- p_i_u ?x274))) (< (* (- p_i_u ?x274) (- p_i_u ?x274)) (* ?x2639 ?x2639))))))))))))))))
(check-sat)
