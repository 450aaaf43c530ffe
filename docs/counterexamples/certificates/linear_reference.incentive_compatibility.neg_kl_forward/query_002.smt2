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
(declare-fun zero_is_negative!2800 () Bool)
(declare-fun zero_is_negative!2794 () Bool)
(declare-fun zero_is_negative!2799 () Bool)
(declare-fun zero_is_negative!2793 () Bool)
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
 (let ((?x1729 (+ x_raised sum_n_15)))
 (let ((?x1887 (+ ?x1729 1.0)))
 (let (($x639 (= 0.0 ?x1887)))
 (let ((?x3162 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1513 (/ 1.0 ?x3162)))
 (let ((?x729 (* 1.0 ?x1513)))
 (let ((?x1952 (+ (+ (* x_raised p_i_u) sum_n_13) ?x729)))
 (let (($x3454 (and (not (= 0.0 ?x3162)) (< 0.0 ?x1513))))
 (let (($x1276 (= 0.0 ?x3162)))
 (let (($x4132 (or (and $x1276 (ite $x1276 zero_is_negative!2800 (not (> 0.0 ?x3162)))) $x3454)))
 (let (($x4459 (and $x1276 (not $x4132))))
 (let (($x1025 (and $x1276 $x4132)))
 (let (($x3642 (or $x1025 $x4459)))
 (let (($x2628 (not $x3642)))
 (let (($x2807 (and (and $x2628 (= 0.0 ?x1952)) $x639)))
 (let (($x225 (and (not $x2807) (or $x3642 (and $x2628 $x639)))))
 (let ((?x418 (+ b_i sum_n_15)))
 (let ((?x1708 (+ ?x418 1.0)))
 (let (($x671 (= 0.0 ?x1708)))
 (let (($x3466 (or (and $x1276 (ite $x1276 zero_is_negative!2794 (not (> 0.0 ?x3162)))) $x3454)))
 (let (($x2187 (and $x1276 (not $x3466))))
 (let (($x4183 (and $x1276 $x3466)))
 (let (($x118 (or $x4183 $x2187)))
 (let (($x4493 (not $x118)))
 (let (($x3547 (and (and $x4493 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x729))) $x671)))
 (let (($x4659 (and (not $x3547) (or $x118 (and $x4493 $x671)))))
 (let (($x310 (or (and $x1276 (ite $x1276 zero_is_negative!2799 (not (> 0.0 ?x3162)))) $x3454)))
 (let (($x1702 (and $x1276 (not $x310))))
 (let (($x1833 (and $x1276 $x310)))
 (let (($x2561 (or $x1833 $x1702)))
 (let (($x909 (not $x2561)))
 (let (($x2206 (and (and $x909 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x729))) $x639)))
 (let (($x2370 (and (not $x2206) (or $x2561 (and $x909 $x639)))))
 (let (($x4254 (or (and $x1276 (ite $x1276 zero_is_negative!2793 (not (> 0.0 ?x3162)))) $x3454)))
 (let (($x4289 (and $x1276 (not $x4254))))
 (let (($x1438 (and $x1276 $x4254)))
 (let (($x908 (or $x1438 $x4289)))
 (let (($x856 (not $x908)))
 (let (($x3698 (and (and $x856 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x729))) $x671)))
 (let (($x1052 (and (not $x3698) (or $x908 (and $x856 $x671)))))
 (and (not (or $x1052 $x3698)) (not (or $x2370 $x2206)) (not (or $x4659 $x3547)) (not (or $x225 $x2807))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x418 (+ b_i sum_n_15)))
(let ((?x1708 (+ ?x418 1.0)))
(let ((?x3162 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1513 (/ 1.0 ?x3162)))
(let ((?x729 (* 1.0 ?x1513)))
(let ((?x1453 (+ (+ (* b_i p_i_u) sum_n_13) ?x729)))
(let ((?x4549 (/ ?x1453 ?x1708)))
(let ((?x1729 (+ x_raised sum_n_15)))
(let ((?x1887 (+ ?x1729 1.0)))
(let ((?x1952 (+ (+ (* x_raised p_i_u) sum_n_13) ?x729)))
(let ((?x1164 (/ ?x1952 ?x1887)))
(let ((?x2413 (- ?x1164 ?x4549)))
(or (> 0.0 (* ?x2413 (- p_i_u ?x4549))) (< (* (- p_i_u ?x4549) (- p_i_u ?x4549)) (* ?x2413 ?x2413))))))))))))))))
(check-sat)
