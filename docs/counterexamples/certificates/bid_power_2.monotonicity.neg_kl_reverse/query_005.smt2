; bid_power_2, every n and k: q(t) >= 0 wherever q(t) is finite
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
 (let ((?x8177 (* b_i b_i)))
 (let ((?x4887 (+ ?x8177 sum_n_15)))
 (let (($x2374 (= 0.0 ?x4887)))
 (let (($x7904 (and (= 0.0 (+ (* ?x8177 p_i_t) sum_n_12)) $x2374)))
 (let (($x114 (and (not $x7904) $x2374)))
 (not (or $x114 $x7904))))))))
(assert
 (let ((?x8177 (* b_i b_i)))
 (let ((?x4887 (+ ?x8177 sum_n_15)))
 (let (($x2374 (= 0.0 ?x4887)))
 (let (($x7904 (and (= 0.0 (+ (* ?x8177 p_i_t) sum_n_12)) $x2374)))
 (let (($x114 (and (not $x7904) $x2374)))
 (let (($x6053 (not (or $x114 $x7904))))
 (let (($x1774 (not $x6053)))
 (not $x1774)))))))))
(assert
 (let ((?x8177 (* b_i b_i)))
(let ((?x4887 (+ ?x8177 sum_n_15)))
(let ((?x7448 (* ?x8177 p_i_t)))
(let ((?x3542 (+ ?x7448 sum_n_12)))
(let ((?x7299 (/ ?x3542 ?x4887)))
(< ?x7299 0.0)))))))
(check-sat)
