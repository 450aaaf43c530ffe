; linear_reference, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
(declare-fun zero_is_negative!1885 () Bool)
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
 (let ((?x353 (+ b_i sum_n_15)))
 (let ((?x454 (+ ?x353 1.0)))
 (let (($x509 (= 0.0 ?x454)))
 (let ((?x362 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x329 (/ 1.0 ?x362)))
 (let ((?x66 (* 1.0 ?x329)))
 (let ((?x125 (* b_i p_i_t)))
 (let ((?x420 (+ ?x125 sum_n_12)))
 (let ((?x294 (+ ?x420 ?x66)))
 (let (($x666 (= 0.0 ?x362)))
 (let (($x672 (not $x666)))
 (let (($x466 (and $x672 (< 0.0 ?x329))))
 (let (($x416 (> 0.0 ?x362)))
 (let (($x215 (not $x416)))
 (let (($x736 (ite $x666 zero_is_negative!1885 $x215)))
 (let (($x38 (and $x666 $x736)))
 (let (($x92 (or $x38 $x466)))
 (let (($x170 (and $x666 (not $x92))))
 (let (($x397 (and $x666 $x92)))
 (let (($x183 (or $x397 $x170)))
 (let (($x201 (not $x183)))
 (let (($x55 (and (and $x201 (= 0.0 ?x294)) $x509)))
 (let (($x73 (and (not $x55) (or $x183 (and $x201 $x509)))))
 (not (or $x73 $x55))))))))))))))))))))))))))
(assert
 (let ((?x353 (+ b_i sum_n_15)))
(let ((?x454 (+ ?x353 1.0)))
(let (($x509 (= 0.0 ?x454)))
(let ((?x362 (+ 2.0 (+ (- 2.0) k))))
(let ((?x329 (/ 1.0 ?x362)))
(let ((?x66 (* 1.0 ?x329)))
(let ((?x125 (* b_i p_i_t)))
(let ((?x420 (+ ?x125 sum_n_12)))
(let ((?x294 (+ ?x420 ?x66)))
(let (($x666 (= 0.0 ?x362)))
(let (($x672 (not $x666)))
(let (($x466 (and $x672 (< 0.0 ?x329))))
(let (($x416 (> 0.0 ?x362)))
(let (($x215 (not $x416)))
(let (($x736 (ite $x666 zero_is_negative!1885 $x215)))
(let (($x38 (and $x666 $x736)))
(let (($x92 (or $x38 $x466)))
(let (($x170 (and $x666 (not $x92))))
(let (($x397 (and $x666 $x92)))
(let (($x183 (or $x397 $x170)))
(let (($x201 (not $x183)))
(let (($x55 (and (and $x201 (= 0.0 ?x294)) $x509)))
(let (($x73 (and (not $x55) (or $x183 (and $x201 $x509)))))
(let (($x430 (not (or $x73 $x55))))
(not (and $x672 $x201 $x201 $x430)))))))))))))))))))))))))))
(check-sat)
