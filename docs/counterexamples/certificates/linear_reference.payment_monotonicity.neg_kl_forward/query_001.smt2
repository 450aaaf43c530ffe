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
(declare-fun zero_is_negative!2247 () Bool)
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
 (>= x_raised b_i))
(assert
 (let ((?x717 (+ x_raised sum_n_15)))
 (let ((?x571 (+ ?x717 1.0)))
 (let (($x1223 (= 0.0 ?x571)))
 (let ((?x3333 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x554 (/ 1.0 ?x3333)))
 (let ((?x892 (* 1.0 ?x554)))
 (let ((?x4339 (+ (+ (* x_raised p_i_t) sum_n_12) ?x892)))
 (let (($x1916 (and (not (= 0.0 ?x3333)) (< 0.0 ?x554))))
 (let (($x1978 (= 0.0 ?x3333)))
 (let (($x3206 (or (and $x1978 (ite $x1978 zero_is_negative!2247 (not (> 0.0 ?x3333)))) $x1916)))
 (let (($x11 (and $x1978 (not $x3206))))
 (let (($x3886 (and $x1978 $x3206)))
 (let (($x2317 (or $x3886 $x11)))
 (let (($x3443 (not $x2317)))
 (let (($x4434 (and (and $x3443 (= 0.0 ?x4339)) $x1223)))
 (let (($x2243 (and (not $x4434) (or $x2317 (and $x3443 $x1223)))))
 (let ((?x3648 (+ b_i sum_n_15)))
 (let ((?x4392 (+ ?x3648 1.0)))
 (let (($x5 (= 0.0 ?x4392)))
 (let (($x1313 (or (and $x1978 (ite $x1978 zero_is_negative!2241 (not (> 0.0 ?x3333)))) $x1916)))
 (let (($x4181 (and $x1978 (not $x1313))))
 (let (($x1952 (and $x1978 $x1313)))
 (let (($x1526 (or $x1952 $x4181)))
 (let (($x361 (not $x1526)))
 (let (($x3930 (and (and $x361 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x892))) $x5)))
 (let (($x4482 (and (not $x3930) (or $x1526 (and $x361 $x5)))))
 (and (not (or $x4482 $x3930)) (not (or $x2243 $x4434))))))))))))))))))))))))))))))
(assert
 (let ((?x717 (+ x_raised sum_n_15)))
(let ((?x571 (+ ?x717 1.0)))
(let ((?x3333 (+ 2.0 (+ (- 2.0) k))))
(let ((?x554 (/ 1.0 ?x3333)))
(let ((?x892 (* 1.0 ?x554)))
(let ((?x4339 (+ (+ (* x_raised p_i_t) sum_n_12) ?x892)))
(let ((?x3547 (/ ?x4339 ?x571)))
(let ((?x3648 (+ b_i sum_n_15)))
(let ((?x4392 (+ ?x3648 1.0)))
(let ((?x2380 (+ (+ (* b_i p_i_t) sum_n_12) ?x892)))
(let ((?x4364 (/ ?x2380 ?x4392)))
(or (and (< ?x3547 ?x4364) (< ?x3547 p_i_t)) (and (< ?x4364 ?x3547) (< p_i_t ?x3547)))))))))))))))
(check-sat)
