; linear, every n and k: the outputs sum to 1 wherever q(t) is finite
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
 (let ((?x107 (+ b_i sum_n_15)))
 (let (($x56 (= 0.0 ?x107)))
 (let (($x91 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x56)))
 (let (($x177 (not $x91)))
 (let (($x224 (and $x177 $x56)))
 (not (or $x224 $x91))))))))
(assert
 (let ((?x107 (+ b_i sum_n_15)))
 (let (($x56 (= 0.0 ?x107)))
 (let (($x91 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x56)))
 (let (($x177 (not $x91)))
 (let (($x224 (and $x177 $x56)))
 (let (($x312 (not (or $x224 $x91))))
 (let (($x226 (not $x312)))
 (not $x226)))))))))
(assert
 (let ((?x107 (+ b_i sum_n_15)))
 (let ((?x89 (* b_i p_i_t)))
 (let ((?x161 (+ ?x89 sum_n_12)))
 (let ((?x111 (/ ?x161 ?x107)))
 (let (($x104 (< ?x111 0.0)))
 (not $x104)))))))
(assert
 (let ((?x107 (+ b_i sum_n_15)))
(let ((?x140 (* b_i 1.0)))
(let ((?x38 (+ ?x140 sum_n_15)))
(let ((?x99 (/ ?x38 ?x107)))
(let (($x56 (= 0.0 ?x107)))
(let (($x220 (and (= 0.0 ?x38) $x56)))
(let (($x52 (and (not $x220) $x56)))
(or (not (not (or $x52 $x220))) (and (distinct ?x99 1.0) true))))))))))
(check-sat)
