; linear_reference, every n and k: no output entry is +inf or -inf
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
(declare-fun zero_is_negative!1544 () Bool)
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
 (let ((?x914 (+ b_i sum_n_15)))
(let ((?x864 (+ ?x914 1.0)))
(let (($x1461 (= 0.0 ?x864)))
(let (($x273 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x2843 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x2793 (+ 2.0 (+ (- 2.0) k))))
(let (($x1915 (= 0.0 ?x2793)))
(let (($x2947 (or (and $x1915 (ite $x1915 zero_is_negative!1544 $x2843)) $x273)))
(let (($x1333 (and $x1915 (not $x2947))))
(let (($x148 (and $x1915 $x2947)))
(let (($x2912 (or $x148 $x1333)))
(let (($x86 (not $x2912)))
(let ((?x2969 (/ 1.0 ?x2793)))
(let ((?x1035 (* 1.0 ?x2969)))
(let ((?x1068 (+ (+ (* b_i p_i_t) sum_n_12) ?x1035)))
(let (($x1912 (and (and $x86 (= 0.0 ?x1068)) $x1461)))
(and (not $x1912) (or $x2912 (and $x86 $x1461))))))))))))))))))))
(check-sat)
