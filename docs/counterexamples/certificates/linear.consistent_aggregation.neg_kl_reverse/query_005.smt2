; linear, every n and k: q(t) >= 0 wherever q(t) is finite
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
 (let ((?x109 (+ b_i sum_n_15)))
 (let (($x124 (= 0.0 ?x109)))
 (let (($x117 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x124)))
 (let (($x44 (not $x117)))
 (let (($x122 (and $x44 $x124)))
 (not (or $x122 $x117))))))))
(assert
 (let ((?x109 (+ b_i sum_n_15)))
 (let (($x124 (= 0.0 ?x109)))
 (let (($x117 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x124)))
 (let (($x44 (not $x117)))
 (let (($x122 (and $x44 $x124)))
 (let (($x107 (not (or $x122 $x117))))
 (let (($x128 (not $x107)))
 (not $x128)))))))))
(assert
 (let ((?x109 (+ b_i sum_n_15)))
(let ((?x342 (* b_i p_i_t)))
(let ((?x279 (+ ?x342 sum_n_12)))
(let ((?x110 (/ ?x279 ?x109)))
(< ?x110 0.0))))))
(check-sat)
