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
(declare-fun zero_is_negative!1843 () Bool)
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
 (let ((?x595 (+ b_i sum_n_15)))
(let ((?x126 (+ ?x595 1.0)))
(let (($x352 (= 0.0 ?x126)))
(let (($x230 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x163 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x325 (+ 2.0 (+ (- 2.0) k))))
(let (($x445 (= 0.0 ?x325)))
(let (($x138 (or (and $x445 (ite $x445 zero_is_negative!1843 $x163)) $x230)))
(let (($x33 (and $x445 (not $x138))))
(let (($x420 (and $x445 $x138)))
(let (($x404 (or $x420 $x33)))
(let (($x109 (not $x404)))
(let ((?x496 (/ 1.0 ?x325)))
(let ((?x184 (* 1.0 ?x496)))
(let ((?x298 (+ (+ (* b_i p_i_t) sum_n_12) ?x184)))
(let (($x380 (and (and $x109 (= 0.0 ?x298)) $x352)))
(and (not $x380) (or $x404 (and $x109 $x352))))))))))))))))))))
(check-sat)
