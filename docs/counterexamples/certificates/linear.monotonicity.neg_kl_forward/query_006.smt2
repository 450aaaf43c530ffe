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
 (let ((?x73 (+ b_i sum_n_15)))
 (let (($x155 (= 0.0 ?x73)))
 (let (($x55 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x155)))
 (let (($x178 (not $x55)))
 (let (($x75 (and $x178 $x155)))
 (not (or $x75 $x55))))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
 (let (($x155 (= 0.0 ?x73)))
 (let (($x55 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x155)))
 (let (($x178 (not $x55)))
 (let (($x75 (and $x178 $x155)))
 (let (($x40 (not (or $x75 $x55))))
 (let (($x159 (not $x40)))
 (not $x159)))))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
 (let ((?x132 (* b_i p_i_t)))
 (let ((?x44 (+ ?x132 sum_n_12)))
 (let ((?x169 (/ ?x44 ?x73)))
 (let (($x180 (< ?x169 0.0)))
 (not $x180)))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
(let ((?x172 (* b_i 1.0)))
(let ((?x165 (+ ?x172 sum_n_15)))
(let ((?x191 (/ ?x165 ?x73)))
(let (($x155 (= 0.0 ?x73)))
(let (($x130 (and (= 0.0 ?x165) $x155)))
(let (($x56 (and (not $x130) $x155)))
(or (not (not (or $x56 $x130))) (and (distinct ?x191 1.0) true))))))))))
(check-sat)
