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
 (let ((?x165 (+ b_i sum_n_15)))
 (let (($x170 (= 0.0 ?x165)))
 (let (($x361 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x170)))
 (let (($x241 (not $x361)))
 (let (($x368 (and $x241 $x170)))
 (not (or $x368 $x361))))))))
(assert
 (let ((?x165 (+ b_i sum_n_15)))
 (let (($x170 (= 0.0 ?x165)))
 (let (($x361 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x170)))
 (let (($x241 (not $x361)))
 (let (($x368 (and $x241 $x170)))
 (let (($x301 (not (or $x368 $x361))))
 (let (($x73 (not $x301)))
 (not $x73)))))))))
(assert
 (let ((?x165 (+ b_i sum_n_15)))
 (let ((?x128 (* b_i p_i_t)))
 (let ((?x257 (+ ?x128 sum_n_12)))
 (let ((?x113 (/ ?x257 ?x165)))
 (let (($x176 (< ?x113 0.0)))
 (not $x176)))))))
(assert
 (let ((?x165 (+ b_i sum_n_15)))
(let ((?x83 (* b_i 1.0)))
(let ((?x72 (+ ?x83 sum_n_15)))
(let ((?x461 (/ ?x72 ?x165)))
(let (($x170 (= 0.0 ?x165)))
(let (($x32 (and (= 0.0 ?x72) $x170)))
(let (($x308 (and (not $x32) $x170)))
(or (not (not (or $x308 $x32))) (and (distinct ?x461 1.0) true))))))))))
(check-sat)
