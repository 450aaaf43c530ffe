; linear_reference, every n and k: no output entry is +inf or -inf
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
(declare-fun zero_is_negative!2241 () Bool)
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
 (let ((?x3648 (+ b_i sum_n_15)))
(let ((?x4392 (+ ?x3648 1.0)))
(let (($x5 (= 0.0 ?x4392)))
(let (($x1916 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x2076 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x3333 (+ 2.0 (+ (- 2.0) k))))
(let (($x1978 (= 0.0 ?x3333)))
(let (($x1313 (or (and $x1978 (ite $x1978 zero_is_negative!2241 $x2076)) $x1916)))
(let (($x4181 (and $x1978 (not $x1313))))
(let (($x1952 (and $x1978 $x1313)))
(let (($x1526 (or $x1952 $x4181)))
(let (($x361 (not $x1526)))
(let ((?x554 (/ 1.0 ?x3333)))
(let ((?x892 (* 1.0 ?x554)))
(let ((?x2380 (+ (+ (* b_i p_i_t) sum_n_12) ?x892)))
(let (($x3930 (and (and $x361 (= 0.0 ?x2380)) $x5)))
(and (not $x3930) (or $x1526 (and $x361 $x5))))))))))))))))))))
(check-sat)
