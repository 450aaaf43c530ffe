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
(declare-fun zero_is_negative!1400 () Bool)
(declare-fun zero_is_negative!1394 () Bool)
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
 (let ((?x2627 (+ x_raised sum_n_15)))
 (let ((?x535 (+ ?x2627 1.0)))
 (let (($x27 (= 0.0 ?x535)))
 (let ((?x2307 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x927 (/ 1.0 ?x2307)))
 (let ((?x886 (* 1.0 ?x927)))
 (let ((?x354 (+ (+ (* x_raised p_i_t) sum_n_12) ?x886)))
 (let (($x1461 (and (not (= 0.0 ?x2307)) (< 0.0 ?x927))))
 (let (($x875 (= 0.0 ?x2307)))
 (let (($x1795 (or (and $x875 (ite $x875 zero_is_negative!1400 (not (> 0.0 ?x2307)))) $x1461)))
 (let (($x2229 (and $x875 (not $x1795))))
 (let (($x889 (and $x875 $x1795)))
 (let (($x2518 (or $x889 $x2229)))
 (let (($x129 (not $x2518)))
 (let (($x2233 (and (and $x129 (= 0.0 ?x354)) $x27)))
 (let (($x1427 (and (not $x2233) (or $x2518 (and $x129 $x27)))))
 (let ((?x1167 (+ b_i sum_n_15)))
 (let ((?x302 (+ ?x1167 1.0)))
 (let (($x1521 (= 0.0 ?x302)))
 (let (($x1354 (or (and $x875 (ite $x875 zero_is_negative!1394 (not (> 0.0 ?x2307)))) $x1461)))
 (let (($x292 (and $x875 (not $x1354))))
 (let (($x169 (and $x875 $x1354)))
 (let (($x2960 (or $x169 $x292)))
 (let (($x606 (not $x2960)))
 (let (($x86 (and (and $x606 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x886))) $x1521)))
 (let (($x175 (and (not $x86) (or $x2960 (and $x606 $x1521)))))
 (and (not (or $x175 $x86)) (not (or $x1427 $x2233))))))))))))))))))))))))))))))
(assert
 (let ((?x2627 (+ x_raised sum_n_15)))
(let ((?x535 (+ ?x2627 1.0)))
(let ((?x2307 (+ 2.0 (+ (- 2.0) k))))
(let ((?x927 (/ 1.0 ?x2307)))
(let ((?x886 (* 1.0 ?x927)))
(let ((?x354 (+ (+ (* x_raised p_i_t) sum_n_12) ?x886)))
(let ((?x2912 (/ ?x354 ?x535)))
(let ((?x1167 (+ b_i sum_n_15)))
(let ((?x302 (+ ?x1167 1.0)))
(let ((?x414 (+ (+ (* b_i p_i_t) sum_n_12) ?x886)))
(let ((?x2793 (/ ?x414 ?x302)))
(or (and (< ?x2912 ?x2793) (< ?x2912 p_i_t)) (and (< ?x2793 ?x2912) (< p_i_t ?x2912)))))))))))))))
(check-sat)
