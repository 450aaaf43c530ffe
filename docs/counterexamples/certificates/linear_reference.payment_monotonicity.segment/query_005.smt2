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
(declare-fun zero_is_negative!1928 () Bool)
(declare-fun zero_is_negative!1922 () Bool)
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
 (let ((?x259 (+ x_raised sum_n_15)))
 (let ((?x2670 (+ ?x259 1.0)))
 (let (($x595 (= 0.0 ?x2670)))
 (let ((?x1176 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x27 (/ 1.0 ?x1176)))
 (let ((?x889 (* 1.0 ?x27)))
 (let ((?x2532 (+ (+ (* x_raised p_i_t) sum_n_12) ?x889)))
 (let (($x269 (and (not (= 0.0 ?x1176)) (< 0.0 ?x27))))
 (let (($x2649 (= 0.0 ?x1176)))
 (let (($x372 (or (and $x2649 (ite $x2649 zero_is_negative!1928 (not (> 0.0 ?x1176)))) $x269)))
 (let (($x2578 (and $x2649 (not $x372))))
 (let (($x1203 (and $x2649 $x372)))
 (let (($x1673 (or $x1203 $x2578)))
 (let (($x454 (not $x1673)))
 (let (($x1518 (and (and $x454 (= 0.0 ?x2532)) $x595)))
 (let (($x2697 (and (not $x1518) (or $x1673 (and $x454 $x595)))))
 (let ((?x2880 (+ b_i sum_n_15)))
 (let ((?x918 (+ ?x2880 1.0)))
 (let (($x2543 (= 0.0 ?x918)))
 (let (($x2846 (or (and $x2649 (ite $x2649 zero_is_negative!1922 (not (> 0.0 ?x1176)))) $x269)))
 (let (($x2947 (and $x2649 (not $x2846))))
 (let (($x472 (and $x2649 $x2846)))
 (let (($x666 (or $x472 $x2947)))
 (let (($x45 (not $x666)))
 (let (($x1022 (and (and $x45 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x889))) $x2543)))
 (let (($x242 (and (not $x1022) (or $x666 (and $x45 $x2543)))))
 (and (not (or $x242 $x1022)) (not (or $x2697 $x1518))))))))))))))))))))))))))))))
(assert
 (let ((?x259 (+ x_raised sum_n_15)))
(let ((?x2670 (+ ?x259 1.0)))
(let ((?x1176 (+ 2.0 (+ (- 2.0) k))))
(let ((?x27 (/ 1.0 ?x1176)))
(let ((?x889 (* 1.0 ?x27)))
(let ((?x2532 (+ (+ (* x_raised p_i_t) sum_n_12) ?x889)))
(let ((?x148 (/ ?x2532 ?x2670)))
(let ((?x2880 (+ b_i sum_n_15)))
(let ((?x918 (+ ?x2880 1.0)))
(let ((?x2721 (+ (+ (* b_i p_i_t) sum_n_12) ?x889)))
(let ((?x36 (/ ?x2721 ?x918)))
(or (and (< ?x148 ?x36) (< ?x148 p_i_t)) (and (< ?x36 ?x148) (< p_i_t ?x148)))))))))))))))
(check-sat)
