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
(declare-fun zero_is_negative!1551 () Bool)
(declare-fun zero_is_negative!1545 () Bool)
(declare-fun zero_is_negative!1550 () Bool)
(declare-fun zero_is_negative!1544 () Bool)
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
 (let ((?x136 (+ x_raised sum_n_15)))
 (let ((?x2697 (+ ?x136 1.0)))
 (let (($x2963 (= 0.0 ?x2697)))
 (let ((?x2793 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x2969 (/ 1.0 ?x2793)))
 (let ((?x1035 (* 1.0 ?x2969)))
 (let ((?x1102 (+ (+ (* x_raised p_i_u) sum_n_13) ?x1035)))
 (let (($x273 (and (not (= 0.0 ?x2793)) (< 0.0 ?x2969))))
 (let (($x1915 (= 0.0 ?x2793)))
 (let (($x2649 (or (and $x1915 (ite $x1915 zero_is_negative!1551 (not (> 0.0 ?x2793)))) $x273)))
 (let (($x693 (and $x1915 (not $x2649))))
 (let (($x269 (and $x1915 $x2649)))
 (let (($x581 (or $x269 $x693)))
 (let (($x356 (not $x581)))
 (let (($x2874 (and (and $x356 (= 0.0 ?x1102)) $x2963)))
 (let (($x972 (and (not $x2874) (or $x581 (and $x356 $x2963)))))
 (let ((?x914 (+ b_i sum_n_15)))
 (let ((?x864 (+ ?x914 1.0)))
 (let (($x1461 (= 0.0 ?x864)))
 (let (($x1091 (or (and $x1915 (ite $x1915 zero_is_negative!1545 (not (> 0.0 ?x2793)))) $x273)))
 (let (($x875 (and $x1915 (not $x1091))))
 (let (($x79 (and $x1915 $x1091)))
 (let (($x258 (or $x79 $x875)))
 (let (($x515 (not $x258)))
 (let (($x1751 (and (and $x515 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x1035))) $x1461)))
 (let (($x1521 (and (not $x1751) (or $x258 (and $x515 $x1461)))))
 (let (($x2582 (or (and $x1915 (ite $x1915 zero_is_negative!1550 (not (> 0.0 ?x2793)))) $x273)))
 (let (($x357 (and $x1915 (not $x2582))))
 (let (($x751 (and $x1915 $x2582)))
 (let (($x1070 (or $x751 $x357)))
 (let (($x1203 (not $x1070)))
 (let (($x2670 (and (and $x1203 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1035))) $x2963)))
 (let (($x795 (and (not $x2670) (or $x1070 (and $x1203 $x2963)))))
 (let (($x2947 (or (and $x1915 (ite $x1915 zero_is_negative!1544 (not (> 0.0 ?x2793)))) $x273)))
 (let (($x1333 (and $x1915 (not $x2947))))
 (let (($x148 (and $x1915 $x2947)))
 (let (($x2912 (or $x148 $x1333)))
 (let (($x86 (not $x2912)))
 (let (($x1912 (and (and $x86 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x1035))) $x1461)))
 (let (($x376 (and (not $x1912) (or $x2912 (and $x86 $x1461)))))
 (and (not (or $x376 $x1912)) (not (or $x795 $x2670)) (not (or $x1521 $x1751)) (not (or $x972 $x2874))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x914 (+ b_i sum_n_15)))
(let ((?x864 (+ ?x914 1.0)))
(let ((?x2793 (+ 2.0 (+ (- 2.0) k))))
(let ((?x2969 (/ 1.0 ?x2793)))
(let ((?x1035 (* 1.0 ?x2969)))
(let ((?x1336 (+ (+ (* b_i p_i_u) sum_n_13) ?x1035)))
(let ((?x392 (/ ?x1336 ?x864)))
(let ((?x136 (+ x_raised sum_n_15)))
(let ((?x2697 (+ ?x136 1.0)))
(let ((?x1102 (+ (+ (* x_raised p_i_u) sum_n_13) ?x1035)))
(let ((?x2898 (/ ?x1102 ?x2697)))
(let ((?x2287 (- ?x2898 ?x392)))
(or (> 0.0 (* ?x2287 (- p_i_u ?x392))) (< (* (- p_i_u ?x392) (- p_i_u ?x392)) (* ?x2287 ?x2287))))))))))))))))
(check-sat)
