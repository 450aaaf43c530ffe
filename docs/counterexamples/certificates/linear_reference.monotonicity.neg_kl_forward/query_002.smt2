; linear_reference, every n and k: no segment violation
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
(declare-fun x_raised () Real)
(declare-fun zero_is_negative!1844 () Bool)
(declare-fun zero_is_negative!1838 () Bool)
(declare-fun zero_is_negative!1843 () Bool)
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
 (>= x_raised b_i))
(assert
 (let ((?x1188 (+ x_raised sum_n_15)))
 (let ((?x167 (+ ?x1188 1.0)))
 (let (($x608 (= 0.0 ?x167)))
 (let ((?x2095 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x4086 (/ 1.0 ?x2095)))
 (let ((?x993 (* 1.0 ?x4086)))
 (let ((?x3821 (+ (+ (* x_raised p_i_u) sum_n_13) ?x993)))
 (let (($x4323 (and (not (= 0.0 ?x2095)) (< 0.0 ?x4086))))
 (let (($x1863 (= 0.0 ?x2095)))
 (let (($x2763 (or (and $x1863 (ite $x1863 zero_is_negative!1844 (not (> 0.0 ?x2095)))) $x4323)))
 (let (($x961 (and $x1863 (not $x2763))))
 (let (($x1382 (and $x1863 $x2763)))
 (let (($x1628 (or $x1382 $x961)))
 (let (($x3606 (not $x1628)))
 (let (($x4334 (and (and $x3606 (= 0.0 ?x3821)) $x608)))
 (let (($x988 (and (not $x4334) (or $x1628 (and $x3606 $x608)))))
 (let ((?x2007 (+ b_i sum_n_15)))
 (let ((?x633 (+ ?x2007 1.0)))
 (let (($x4177 (= 0.0 ?x633)))
 (let (($x392 (or (and $x1863 (ite $x1863 zero_is_negative!1838 (not (> 0.0 ?x2095)))) $x4323)))
 (let (($x2067 (and $x1863 (not $x392))))
 (let (($x1452 (and $x1863 $x392)))
 (let (($x3768 (or $x1452 $x2067)))
 (let (($x2938 (not $x3768)))
 (let (($x1550 (and (and $x2938 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x993))) $x4177)))
 (let (($x1845 (and (not $x1550) (or $x3768 (and $x2938 $x4177)))))
 (let (($x2069 (or (and $x1863 (ite $x1863 zero_is_negative!1843 (not (> 0.0 ?x2095)))) $x4323)))
 (let (($x1629 (and $x1863 (not $x2069))))
 (let (($x3724 (and $x1863 $x2069)))
 (let (($x70 (or $x3724 $x1629)))
 (let (($x2587 (not $x70)))
 (let (($x2455 (and (and $x2587 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x993))) $x608)))
 (let (($x2418 (and (not $x2455) (or $x70 (and $x2587 $x608)))))
 (let (($x570 (or (and $x1863 (ite $x1863 zero_is_negative!1837 (not (> 0.0 ?x2095)))) $x4323)))
 (let (($x818 (and $x1863 (not $x570))))
 (let (($x2574 (and $x1863 $x570)))
 (let (($x828 (or $x2574 $x818)))
 (let (($x3891 (not $x828)))
 (let (($x2097 (and (and $x3891 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x993))) $x4177)))
 (let (($x94 (and (not $x2097) (or $x828 (and $x3891 $x4177)))))
 (and (not (or $x94 $x2097)) (not (or $x2418 $x2455)) (not (or $x1845 $x1550)) (not (or $x988 $x4334))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x2007 (+ b_i sum_n_15)))
(let ((?x633 (+ ?x2007 1.0)))
(let ((?x2095 (+ 2.0 (+ (- 2.0) k))))
(let ((?x4086 (/ 1.0 ?x2095)))
(let ((?x993 (* 1.0 ?x4086)))
(let ((?x700 (+ (+ (* b_i p_i_u) sum_n_13) ?x993)))
(let ((?x3976 (/ ?x700 ?x633)))
(let ((?x1188 (+ x_raised sum_n_15)))
(let ((?x167 (+ ?x1188 1.0)))
(let ((?x3821 (+ (+ (* x_raised p_i_u) sum_n_13) ?x993)))
(let ((?x4013 (/ ?x3821 ?x167)))
(let ((?x3294 (- ?x4013 ?x3976)))
(or (> 0.0 (* ?x3294 (- p_i_u ?x3976))) (< (* (- p_i_u ?x3976) (- p_i_u ?x3976)) (* ?x3294 ?x3294))))))))))))))))
(check-sat)
