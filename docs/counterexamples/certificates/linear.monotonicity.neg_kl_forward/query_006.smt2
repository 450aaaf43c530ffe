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
 (let (($x55 (= 0.0 ?x73)))
 (let (($x101 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x55)))
 (let (($x75 (not $x101)))
 (let (($x144 (and $x75 $x55)))
 (not (or $x144 $x101))))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
 (let (($x55 (= 0.0 ?x73)))
 (let (($x101 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x55)))
 (let (($x75 (not $x101)))
 (let (($x144 (and $x75 $x55)))
 (let (($x161 (not (or $x144 $x101))))
 (let (($x95 (not $x161)))
 (not $x95)))))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
 (let ((?x53 (* b_i p_i_t)))
 (let ((?x44 (+ ?x53 sum_n_12)))
 (let ((?x103 (/ ?x44 ?x73)))
 (let (($x85 (< ?x103 0.0)))
 (not $x85)))))))
(assert
 (let ((?x73 (+ b_i sum_n_15)))
(let ((?x88 (* b_i 1.0)))
(let ((?x108 (+ ?x88 sum_n_15)))
(let ((?x146 (/ ?x108 ?x73)))
(let (($x55 (= 0.0 ?x73)))
(let (($x138 (and (= 0.0 ?x108) $x55)))
(let (($x190 (and (not $x138) $x55)))
(or (not (not (or $x190 $x138))) (and (distinct ?x146 1.0) true))))))))))
(check-sat)
