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
 (let ((?x77 (+ b_i sum_n_15)))
 (let (($x210 (= 0.0 ?x77)))
 (let (($x135 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x210)))
 (let (($x64 (not $x135)))
 (let (($x120 (and $x64 $x210)))
 (not (or $x120 $x135))))))))
(assert
 (let ((?x77 (+ b_i sum_n_15)))
 (let (($x210 (= 0.0 ?x77)))
 (let (($x135 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x210)))
 (let (($x64 (not $x135)))
 (let (($x120 (and $x64 $x210)))
 (let (($x207 (not (or $x120 $x135))))
 (let (($x39 (not $x207)))
 (not $x39)))))))))
(assert
 (let ((?x77 (+ b_i sum_n_15)))
 (let ((?x87 (* b_i p_i_t)))
 (let ((?x111 (+ ?x87 sum_n_12)))
 (let ((?x141 (/ ?x111 ?x77)))
 (let (($x148 (< ?x141 0.0)))
 (not $x148)))))))
(assert
 (let ((?x77 (+ b_i sum_n_15)))
(let ((?x85 (* b_i 1.0)))
(let ((?x96 (+ ?x85 sum_n_15)))
(let ((?x138 (/ ?x96 ?x77)))
(let (($x210 (= 0.0 ?x77)))
(let (($x112 (and (= 0.0 ?x96) $x210)))
(let (($x174 (and (not $x112) $x210)))
(or (not (not (or $x174 $x112))) (and (distinct ?x138 1.0) true))))))))))
(check-sat)
