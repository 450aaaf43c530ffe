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
(declare-fun zero_is_negative!1972 () Bool)
(declare-fun zero_is_negative!1966 () Bool)
(declare-fun zero_is_negative!1971 () Bool)
(declare-fun zero_is_negative!1965 () Bool)
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
 (let ((?x2533 (+ x_raised sum_n_15)))
 (let ((?x1496 (+ ?x2533 1.0)))
 (let (($x300 (= 0.0 ?x1496)))
 (let ((?x2740 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x4620 (/ 1.0 ?x2740)))
 (let ((?x2062 (* 1.0 ?x4620)))
 (let ((?x1324 (+ (+ (* x_raised p_i_u) sum_n_13) ?x2062)))
 (let (($x4334 (and (not (= 0.0 ?x2740)) (< 0.0 ?x4620))))
 (let (($x4132 (= 0.0 ?x2740)))
 (let (($x4110 (or (and $x4132 (ite $x4132 zero_is_negative!1972 (not (> 0.0 ?x2740)))) $x4334)))
 (let (($x4181 (and $x4132 (not $x4110))))
 (let (($x4183 (and $x4132 $x4110)))
 (let (($x3072 (or $x4183 $x4181)))
 (let (($x2561 (not $x3072)))
 (let (($x4546 (and (and $x2561 (= 0.0 ?x1324)) $x300)))
 (let (($x1212 (and (not $x4546) (or $x3072 (and $x2561 $x300)))))
 (let ((?x1438 (+ b_i sum_n_15)))
 (let ((?x4604 (+ ?x1438 1.0)))
 (let (($x2735 (= 0.0 ?x4604)))
 (let (($x2649 (or (and $x4132 (ite $x4132 zero_is_negative!1966 (not (> 0.0 ?x2740)))) $x4334)))
 (let (($x2055 (and $x4132 (not $x2649))))
 (let (($x2692 (and $x4132 $x2649)))
 (let (($x4254 (or $x2692 $x2055)))
 (let (($x1125 (not $x4254)))
 (let (($x4586 (and (and $x1125 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x2062))) $x2735)))
 (let (($x2513 (and (not $x4586) (or $x4254 (and $x1125 $x2735)))))
 (let (($x1314 (or (and $x4132 (ite $x4132 zero_is_negative!1971 (not (> 0.0 ?x2740)))) $x4334)))
 (let (($x361 (and $x4132 (not $x1314))))
 (let (($x3936 (and $x4132 $x1314)))
 (let (($x4393 (or $x3936 $x361)))
 (let (($x2104 (not $x4393)))
 (let (($x909 (and (and $x2104 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2062))) $x300)))
 (let (($x3410 (and (not $x909) (or $x4393 (and $x2104 $x300)))))
 (let (($x782 (or (and $x4132 (ite $x4132 zero_is_negative!1965 (not (> 0.0 ?x2740)))) $x4334)))
 (let (($x1432 (and $x4132 (not $x782))))
 (let (($x1759 (and $x4132 $x782)))
 (let (($x2325 (or $x1759 $x1432)))
 (let (($x4496 (not $x2325)))
 (let (($x1014 (and (and $x4496 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x2062))) $x2735)))
 (let (($x2094 (and (not $x1014) (or $x2325 (and $x4496 $x2735)))))
 (and (not (or $x2094 $x1014)) (not (or $x3410 $x909)) (not (or $x2513 $x4586)) (not (or $x1212 $x4546))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x1438 (+ b_i sum_n_15)))
(let ((?x4604 (+ ?x1438 1.0)))
(let ((?x2740 (+ 2.0 (+ (- 2.0) k))))
(let ((?x4620 (/ 1.0 ?x2740)))
(let ((?x2062 (* 1.0 ?x4620)))
(let ((?x104 (+ (+ (* b_i p_i_u) sum_n_13) ?x2062)))
(let ((?x308 (/ ?x104 ?x4604)))
(let ((?x2533 (+ x_raised sum_n_15)))
(let ((?x1496 (+ ?x2533 1.0)))
(let ((?x1324 (+ (+ (* x_raised p_i_u) sum_n_13) ?x2062)))
(let ((?x580 (/ ?x1324 ?x1496)))
(let ((?x2864 (- ?x580 ?x308)))
(or (> 0.0 (* ?x2864 (- p_i_u ?x308))) (< (* (- p_i_u ?x308) (- p_i_u ?x308)) (* ?x2864 ?x2864))))))))))))))))
(check-sat)
