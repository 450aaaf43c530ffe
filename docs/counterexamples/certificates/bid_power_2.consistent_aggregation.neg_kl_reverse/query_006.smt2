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
 (let ((?x2833 (* b_i b_i)))
 (let ((?x2111 (+ ?x2833 sum_n_15)))
 (let (($x7376 (= 0.0 ?x2111)))
 (let (($x424 (and (= 0.0 (+ (* ?x2833 p_i_t) sum_n_12)) $x7376)))
 (let (($x499 (and (not $x424) $x7376)))
 (not (or $x499 $x424))))))))
(assert
 (let ((?x2833 (* b_i b_i)))
 (let ((?x2111 (+ ?x2833 sum_n_15)))
 (let (($x7376 (= 0.0 ?x2111)))
 (let (($x424 (and (= 0.0 (+ (* ?x2833 p_i_t) sum_n_12)) $x7376)))
 (let (($x499 (and (not $x424) $x7376)))
 (let (($x297 (not (or $x499 $x424))))
 (let (($x7448 (not $x297)))
 (not $x7448)))))))))
(assert
 (let ((?x2833 (* b_i b_i)))
 (let ((?x2111 (+ ?x2833 sum_n_15)))
 (let ((?x34 (* ?x2833 p_i_t)))
 (let ((?x1774 (+ ?x34 sum_n_12)))
 (let ((?x844 (/ ?x1774 ?x2111)))
 (let (($x8221 (< ?x844 0.0)))
 (not $x8221))))))))
(assert
 (let ((?x2833 (* b_i b_i)))
(let ((?x2111 (+ ?x2833 sum_n_15)))
(let ((?x8113 (* ?x2833 1.0)))
(let ((?x2923 (+ ?x8113 sum_n_15)))
(let ((?x1934 (/ ?x2923 ?x2111)))
(let (($x7376 (= 0.0 ?x2111)))
(let (($x6801 (and (= 0.0 ?x2923) $x7376)))
(let (($x3218 (and (not $x6801) $x7376)))
(or (not (not (or $x3218 $x6801))) (and (distinct ?x1934 1.0) true)))))))))))
(check-sat)
