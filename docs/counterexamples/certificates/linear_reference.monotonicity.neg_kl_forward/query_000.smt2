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
(declare-fun zero_is_negative!1837 () Bool)
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
 (let ((?x2007 (+ b_i sum_n_15)))
(let ((?x633 (+ ?x2007 1.0)))
(let (($x4177 (= 0.0 ?x633)))
(let (($x4323 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x3234 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x2095 (+ 2.0 (+ (- 2.0) k))))
(let (($x1863 (= 0.0 ?x2095)))
(let (($x570 (or (and $x1863 (ite $x1863 zero_is_negative!1837 $x3234)) $x4323)))
(let (($x818 (and $x1863 (not $x570))))
(let (($x2574 (and $x1863 $x570)))
(let (($x828 (or $x2574 $x818)))
(let (($x3891 (not $x828)))
(let ((?x4086 (/ 1.0 ?x2095)))
(let ((?x993 (* 1.0 ?x4086)))
(let ((?x3601 (+ (+ (* b_i p_i_t) sum_n_12) ?x993)))
(let (($x2097 (and (and $x3891 (= 0.0 ?x3601)) $x4177)))
(and (not $x2097) (or $x828 (and $x3891 $x4177))))))))))))))))))))
(check-sat)
