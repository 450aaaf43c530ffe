; linear_reference, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
(declare-fun zero_is_negative!1769 () Bool)
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
 (let ((?x2306 (+ b_i sum_n_15)))
 (let ((?x828 (+ ?x2306 1.0)))
 (let (($x1095 (= 0.0 ?x828)))
 (let ((?x3576 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x4322 (/ 1.0 ?x3576)))
 (let ((?x809 (* 1.0 ?x4322)))
 (let ((?x3234 (* b_i p_i_t)))
 (let ((?x3561 (+ ?x3234 sum_n_12)))
 (let ((?x4201 (+ ?x3561 ?x809)))
 (let (($x3944 (= 0.0 ?x3576)))
 (let (($x972 (not $x3944)))
 (let (($x832 (and $x972 (< 0.0 ?x4322))))
 (let (($x3249 (> 0.0 ?x3576)))
 (let (($x2574 (not $x3249)))
 (let (($x4086 (ite $x3944 zero_is_negative!1769 $x2574)))
 (let (($x1310 (and $x3944 $x4086)))
 (let (($x903 (or $x1310 $x832)))
 (let (($x849 (and $x3944 (not $x903))))
 (let (($x700 (and $x3944 $x903)))
 (let (($x818 (or $x700 $x849)))
 (let (($x1845 (not $x818)))
 (let (($x4205 (and (and $x1845 (= 0.0 ?x4201)) $x1095)))
 (let (($x2130 (and (not $x4205) (or $x818 (and $x1845 $x1095)))))
 (not (or $x2130 $x4205))))))))))))))))))))))))))
(assert
 (let ((?x2306 (+ b_i sum_n_15)))
(let ((?x828 (+ ?x2306 1.0)))
(let (($x1095 (= 0.0 ?x828)))
(let ((?x3576 (+ 2.0 (+ (- 2.0) k))))
(let ((?x4322 (/ 1.0 ?x3576)))
(let ((?x809 (* 1.0 ?x4322)))
(let ((?x3234 (* b_i p_i_t)))
(let ((?x3561 (+ ?x3234 sum_n_12)))
(let ((?x4201 (+ ?x3561 ?x809)))
(let (($x3944 (= 0.0 ?x3576)))
(let (($x972 (not $x3944)))
(let (($x832 (and $x972 (< 0.0 ?x4322))))
(let (($x3249 (> 0.0 ?x3576)))
(let (($x2574 (not $x3249)))
(let (($x4086 (ite $x3944 zero_is_negative!1769 $x2574)))
(let (($x1310 (and $x3944 $x4086)))
(let (($x903 (or $x1310 $x832)))
(let (($x849 (and $x3944 (not $x903))))
(let (($x700 (and $x3944 $x903)))
(let (($x818 (or $x700 $x849)))
(let (($x1845 (not $x818)))
(let (($x4205 (and (and $x1845 (= 0.0 ?x4201)) $x1095)))
(let (($x2130 (and (not $x4205) (or $x818 (and $x1845 $x1095)))))
(let (($x2230 (not (or $x2130 $x4205))))
(not (and $x972 $x1845 $x1845 $x2230)))))))))))))))))))))))))))
(check-sat)
