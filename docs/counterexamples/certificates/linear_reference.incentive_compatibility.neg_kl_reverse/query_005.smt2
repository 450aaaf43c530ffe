; linear_reference, every n and k: q(t) >= 0 wherever q(t) is finite
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
(declare-fun zero_is_negative!2849 () Bool)
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
 (let ((?x232 (+ b_i sum_n_15)))
 (let ((?x277 (+ ?x232 1.0)))
 (let (($x2094 (= 0.0 ?x277)))
 (let ((?x1573 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x3925 (/ 1.0 ?x1573)))
 (let ((?x3249 (* 1.0 ?x3925)))
 (let ((?x4646 (* b_i p_i_t)))
 (let ((?x3694 (+ ?x4646 sum_n_12)))
 (let ((?x4177 (+ ?x3694 ?x3249)))
 (let (($x2679 (= 0.0 ?x1573)))
 (let (($x2339 (not $x2679)))
 (let (($x126 (and $x2339 (< 0.0 ?x3925))))
 (let (($x2516 (> 0.0 ?x1573)))
 (let (($x4627 (not $x2516)))
 (let (($x239 (ite $x2679 zero_is_negative!2849 $x4627)))
 (let (($x2763 (and $x2679 $x239)))
 (let (($x3004 (or $x2763 $x126)))
 (let (($x3821 (and $x2679 (not $x3004))))
 (let (($x4590 (and $x2679 $x3004)))
 (let (($x2961 (or $x4590 $x3821)))
 (let (($x350 (not $x2961)))
 (let (($x2493 (and (and $x350 (= 0.0 ?x4177)) $x2094)))
 (let (($x956 (and (not $x2493) (or $x2961 (and $x350 $x2094)))))
 (not (or $x956 $x2493))))))))))))))))))))))))))
(assert
 (let ((?x232 (+ b_i sum_n_15)))
 (let ((?x277 (+ ?x232 1.0)))
 (let (($x2094 (= 0.0 ?x277)))
 (let ((?x1573 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x3925 (/ 1.0 ?x1573)))
 (let ((?x3249 (* 1.0 ?x3925)))
 (let ((?x4646 (* b_i p_i_t)))
 (let ((?x3694 (+ ?x4646 sum_n_12)))
 (let ((?x4177 (+ ?x3694 ?x3249)))
 (let (($x2679 (= 0.0 ?x1573)))
 (let (($x2339 (not $x2679)))
 (let (($x126 (and $x2339 (< 0.0 ?x3925))))
 (let (($x2516 (> 0.0 ?x1573)))
 (let (($x4627 (not $x2516)))
 (let (($x239 (ite $x2679 zero_is_negative!2849 $x4627)))
 (let (($x2763 (and $x2679 $x239)))
 (let (($x3004 (or $x2763 $x126)))
 (let (($x3821 (and $x2679 (not $x3004))))
 (let (($x4590 (and $x2679 $x3004)))
 (let (($x2961 (or $x4590 $x3821)))
 (let (($x350 (not $x2961)))
 (let (($x2493 (and (and $x350 (= 0.0 ?x4177)) $x2094)))
 (let (($x956 (and (not $x2493) (or $x2961 (and $x350 $x2094)))))
 (let (($x1175 (not (or $x956 $x2493))))
 (let (($x4094 (not (and $x2339 $x350 $x350 $x1175))))
 (not $x4094)))))))))))))))))))))))))))
(assert
 (let ((?x232 (+ b_i sum_n_15)))
(let ((?x277 (+ ?x232 1.0)))
(let ((?x1573 (+ 2.0 (+ (- 2.0) k))))
(let ((?x3925 (/ 1.0 ?x1573)))
(let ((?x3249 (* 1.0 ?x3925)))
(let ((?x4646 (* b_i p_i_t)))
(let ((?x3694 (+ ?x4646 sum_n_12)))
(let ((?x4177 (+ ?x3694 ?x3249)))
(let ((?x1108 (/ ?x4177 ?x277)))
(< ?x1108 0.0)))))))))))
(check-sat)
