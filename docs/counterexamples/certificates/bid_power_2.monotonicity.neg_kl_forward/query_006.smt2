; bid_power_2, every n and k: the outputs sum to 1 wherever q(t) is finite
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
 (let ((?x7521 (* b_i b_i)))
 (let ((?x3396 (+ ?x7521 sum_n_15)))
 (let (($x222 (= 0.0 ?x3396)))
 (let (($x2902 (and (= 0.0 (+ (* ?x7521 p_i_t) sum_n_12)) $x222)))
 (let (($x4296 (and (not $x2902) $x222)))
 (not (or $x4296 $x2902))))))))
(assert
 (let ((?x7521 (* b_i b_i)))
 (let ((?x3396 (+ ?x7521 sum_n_15)))
 (let (($x222 (= 0.0 ?x3396)))
 (let (($x2902 (and (= 0.0 (+ (* ?x7521 p_i_t) sum_n_12)) $x222)))
 (let (($x4296 (and (not $x2902) $x222)))
 (let (($x1143 (not (or $x4296 $x2902))))
 (let (($x3524 (not $x1143)))
 (not $x3524)))))))))
(assert
 (let ((?x7521 (* b_i b_i)))
 (let ((?x3396 (+ ?x7521 sum_n_15)))
 (let ((?x3784 (* ?x7521 p_i_t)))
 (let ((?x7886 (+ ?x3784 sum_n_12)))
 (let ((?x6158 (/ ?x7886 ?x3396)))
 (let (($x3259 (< ?x6158 0.0)))
 (not $x3259))))))))
(assert
 (let ((?x7521 (* b_i b_i)))
(let ((?x3396 (+ ?x7521 sum_n_15)))
(let ((?x3467 (* ?x7521 1.0)))
(let ((?x4250 (+ ?x3467 sum_n_15)))
(let ((?x5543 (/ ?x4250 ?x3396)))
(let (($x222 (= 0.0 ?x3396)))
(let (($x5695 (and (= 0.0 ?x4250) $x222)))
(let (($x8280 (and (not $x5695) $x222)))
(or (not (not (or $x8280 $x5695))) (and (distinct ?x5543 1.0) true)))))))))))
(check-sat)
