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
 (let ((?x74 (+ b_i sum_n_15)))
 (let (($x175 (= 0.0 ?x74)))
 (let (($x91 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x175)))
 (let (($x130 (not $x91)))
 (let (($x128 (and $x130 $x175)))
 (not (or $x128 $x91))))))))
(assert
 (let ((?x74 (+ b_i sum_n_15)))
 (let (($x175 (= 0.0 ?x74)))
 (let (($x91 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x175)))
 (let (($x130 (not $x91)))
 (let (($x128 (and $x130 $x175)))
 (let (($x76 (not (or $x128 $x91))))
 (let (($x104 (not $x76)))
 (not $x104)))))))))
(assert
 (let ((?x74 (+ b_i sum_n_15)))
 (let ((?x124 (* b_i p_i_t)))
 (let ((?x207 (+ ?x124 sum_n_12)))
 (let ((?x109 (/ ?x207 ?x74)))
 (let (($x119 (< ?x109 0.0)))
 (not $x119)))))))
(assert
 (let ((?x74 (+ b_i sum_n_15)))
(let ((?x191 (* b_i 1.0)))
(let ((?x63 (+ ?x191 sum_n_15)))
(let ((?x100 (/ ?x63 ?x74)))
(let (($x175 (= 0.0 ?x74)))
(let (($x68 (and (= 0.0 ?x63) $x175)))
(let (($x172 (and (not $x68) $x175)))
(or (not (not (or $x172 $x68))) (and (distinct ?x100 1.0) true))))))))))
(check-sat)
