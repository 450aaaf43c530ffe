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
(declare-fun zero_is_negative!1693 () Bool)
(declare-fun zero_is_negative!1687 () Bool)
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
 (let ((?x1490 (+ x_raised sum_n_15)))
 (let ((?x1288 (+ ?x1490 1.0)))
 (let (($x1361 (= 0.0 ?x1288)))
 (let ((?x4446 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x86 (/ 1.0 ?x4446)))
 (let ((?x1969 (* 1.0 ?x86)))
 (let ((?x633 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1969)))
 (let (($x4015 (and (not (= 0.0 ?x4446)) (< 0.0 ?x86))))
 (let (($x3768 (= 0.0 ?x4446)))
 (let (($x2405 (or (and $x3768 (ite $x3768 zero_is_negative!1693 (not (> 0.0 ?x4446)))) $x4015)))
 (let (($x972 (and $x3768 (not $x2405))))
 (let (($x3925 (and $x3768 $x2405)))
 (let (($x1801 (or $x3925 $x972)))
 (let (($x70 (not $x1801)))
 (let (($x4143 (and (and $x70 (= 0.0 ?x633)) $x1361)))
 (let (($x2165 (and (not $x4143) (or $x1801 (and $x70 $x1361)))))
 (let ((?x2779 (+ b_i sum_n_15)))
 (let ((?x2306 (+ ?x2779 1.0)))
 (let (($x80 (= 0.0 ?x2306)))
 (let (($x3553 (or (and $x3768 (ite $x3768 zero_is_negative!1687 (not (> 0.0 ?x4446)))) $x4015)))
 (let (($x1505 (and $x3768 (not $x3553))))
 (let (($x4066 (and $x3768 $x3553)))
 (let (($x4323 (or $x4066 $x1505)))
 (let (($x643 (not $x4323)))
 (let (($x3576 (and (and $x643 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x1969))) $x80)))
 (let (($x140 (and (not $x3576) (or $x4323 (and $x643 $x80)))))
 (and (not (or $x140 $x3576)) (not (or $x2165 $x4143))))))))))))))))))))))))))))))
(assert
 (let ((?x1490 (+ x_raised sum_n_15)))
(let ((?x1288 (+ ?x1490 1.0)))
(let ((?x4446 (+ 2.0 (+ (- 2.0) k))))
(let ((?x86 (/ 1.0 ?x4446)))
(let ((?x1969 (* 1.0 ?x86)))
(let ((?x633 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1969)))
(let ((?x3479 (/ ?x633 ?x1288)))
(let ((?x2779 (+ b_i sum_n_15)))
(let ((?x2306 (+ ?x2779 1.0)))
(let ((?x83 (+ (+ (* b_i p_i_t) sum_n_12) ?x1969)))
(let ((?x823 (/ ?x83 ?x2306)))
(or (and (< ?x3479 ?x823) (< ?x3479 p_i_t)) (and (< ?x823 ?x3479) (< p_i_t ?x3479)))))))))))))))
(check-sat)
