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
(declare-fun zero_is_negative!2097 () Bool)
(declare-fun zero_is_negative!2091 () Bool)
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
 (let ((?x3744 (+ x_raised sum_n_15)))
 (let ((?x1862 (+ ?x3744 1.0)))
 (let (($x1328 (= 0.0 ?x1862)))
 (let ((?x4334 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x4181 (/ 1.0 ?x4334)))
 (let ((?x361 (* 1.0 ?x4181)))
 (let ((?x3500 (+ (+ (* x_raised p_i_t) sum_n_12) ?x361)))
 (let (($x2104 (and (not (= 0.0 ?x4334)) (< 0.0 ?x4181))))
 (let (($x3454 (= 0.0 ?x4334)))
 (let (($x3484 (or (and $x3454 (ite $x3454 zero_is_negative!2097 (not (> 0.0 ?x4334)))) $x2104)))
 (let (($x33 (and $x3454 (not $x3484))))
 (let (($x4404 (and $x3454 $x3484)))
 (let (($x2370 (or $x4404 $x33)))
 (let (($x1702 (not $x2370)))
 (let (($x3495 (and (and $x1702 (= 0.0 ?x3500)) $x1328)))
 (let (($x3098 (and (not $x3495) (or $x2370 (and $x1702 $x1328)))))
 (let ((?x1214 (+ b_i sum_n_15)))
 (let ((?x78 (+ ?x1214 1.0)))
 (let (($x2094 (= 0.0 ?x78)))
 (let (($x856 (or (and $x3454 (ite $x3454 zero_is_negative!2091 (not (> 0.0 ?x4334)))) $x2104)))
 (let (($x916 (and $x3454 (not $x856))))
 (let (($x2435 (and $x3454 $x856)))
 (let (($x1125 (or $x2435 $x916)))
 (let (($x1729 (not $x1125)))
 (let (($x2801 (and (and $x1729 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x361))) $x2094)))
 (let (($x1269 (and (not $x2801) (or $x1125 (and $x1729 $x2094)))))
 (and (not (or $x1269 $x2801)) (not (or $x3098 $x3495))))))))))))))))))))))))))))))
(assert
 (let ((?x3744 (+ x_raised sum_n_15)))
(let ((?x1862 (+ ?x3744 1.0)))
(let ((?x4334 (+ 2.0 (+ (- 2.0) k))))
(let ((?x4181 (/ 1.0 ?x4334)))
(let ((?x361 (* 1.0 ?x4181)))
(let ((?x3500 (+ (+ (* x_raised p_i_t) sum_n_12) ?x361)))
(let ((?x2622 (/ ?x3500 ?x1862)))
(let ((?x1214 (+ b_i sum_n_15)))
(let ((?x78 (+ ?x1214 1.0)))
(let ((?x1276 (+ (+ (* b_i p_i_t) sum_n_12) ?x361)))
(let ((?x554 (/ ?x1276 ?x78)))
(or (and (< ?x2622 ?x554) (< ?x2622 p_i_t)) (and (< ?x554 ?x2622) (< p_i_t ?x2622)))))))))))))))
(check-sat)
