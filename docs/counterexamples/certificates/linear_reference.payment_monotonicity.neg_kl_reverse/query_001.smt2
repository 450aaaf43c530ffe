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
(declare-fun zero_is_negative!2078 () Bool)
(declare-fun zero_is_negative!2072 () Bool)
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
 (let ((?x2621 (+ x_raised sum_n_15)))
 (let ((?x935 (+ ?x2621 1.0)))
 (let (($x1637 (= 0.0 ?x935)))
 (let ((?x36 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x152 (/ 1.0 ?x36)))
 (let ((?x2699 (* 1.0 ?x152)))
 (let ((?x1434 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2699)))
 (let (($x841 (and (not (= 0.0 ?x36)) (< 0.0 ?x152))))
 (let (($x2658 (= 0.0 ?x36)))
 (let (($x2639 (or (and $x2658 (ite $x2658 zero_is_negative!2078 (not (> 0.0 ?x36)))) $x841)))
 (let (($x145 (and $x2658 (not $x2639))))
 (let (($x1238 (and $x2658 $x2639)))
 (let (($x1632 (or $x1238 $x145)))
 (let (($x2922 (not $x1632)))
 (let (($x1427 (and (and $x2922 (= 0.0 ?x1434)) $x1637)))
 (let (($x490 (and (not $x1427) (or $x1632 (and $x2922 $x1637)))))
 (let ((?x2963 (+ b_i sum_n_15)))
 (let ((?x2765 (+ ?x2963 1.0)))
 (let (($x54 (= 0.0 ?x2765)))
 (let (($x886 (or (and $x2658 (ite $x2658 zero_is_negative!2072 (not (> 0.0 ?x36)))) $x841)))
 (let (($x2926 (and $x2658 (not $x886))))
 (let (($x2869 (and $x2658 $x886)))
 (let (($x1038 (or $x2869 $x2926)))
 (let (($x242 (not $x1038)))
 (let (($x274 (and (and $x242 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x2699))) $x54)))
 (let (($x2620 (and (not $x274) (or $x1038 (and $x242 $x54)))))
 (and (not (or $x2620 $x274)) (not (or $x490 $x1427))))))))))))))))))))))))))))))
(assert
 (let ((?x2621 (+ x_raised sum_n_15)))
(let ((?x935 (+ ?x2621 1.0)))
(let ((?x36 (+ 2.0 (+ (- 2.0) k))))
(let ((?x152 (/ 1.0 ?x36)))
(let ((?x2699 (* 1.0 ?x152)))
(let ((?x1434 (+ (+ (* x_raised p_i_t) sum_n_12) ?x2699)))
(let ((?x737 (/ ?x1434 ?x935)))
(let ((?x2963 (+ b_i sum_n_15)))
(let ((?x2765 (+ ?x2963 1.0)))
(let ((?x1232 (+ (+ (* b_i p_i_t) sum_n_12) ?x2699)))
(let ((?x53 (/ ?x1232 ?x2765)))
(or (and (< ?x737 ?x53) (< ?x737 p_i_t)) (and (< ?x53 ?x737) (< p_i_t ?x737)))))))))))))))
(check-sat)
