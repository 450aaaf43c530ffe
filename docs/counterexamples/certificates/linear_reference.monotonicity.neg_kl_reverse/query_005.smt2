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
(declare-fun zero_is_negative!1897 () Bool)
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
 (let ((?x2494 (+ b_i sum_n_15)))
 (let ((?x4482 (+ ?x2494 1.0)))
 (let (($x1223 (= 0.0 ?x4482)))
 (let ((?x3438 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x2380 (/ 1.0 ?x3438)))
 (let ((?x3938 (* 1.0 ?x2380)))
 (let ((?x4254 (* b_i p_i_t)))
 (let ((?x2094 (+ ?x4254 sum_n_12)))
 (let ((?x309 (+ ?x2094 ?x3938)))
 (let (($x518 (= 0.0 ?x3438)))
 (let (($x1304 (not $x518)))
 (let (($x1132 (and $x1304 (< 0.0 ?x2380))))
 (let (($x2479 (> 0.0 ?x3438)))
 (let (($x2719 (not $x2479)))
 (let (($x473 (ite $x518 zero_is_negative!1897 $x2719)))
 (let (($x892 (and $x518 $x473)))
 (let (($x3856 (or $x892 $x1132)))
 (let (($x2740 (and $x518 (not $x3856))))
 (let (($x358 (and $x518 $x3856)))
 (let (($x3002 (or $x358 $x2740)))
 (let (($x3687 (not $x3002)))
 (let (($x2325 (and (and $x3687 (= 0.0 ?x309)) $x1223)))
 (let (($x2513 (and (not $x2325) (or $x3002 (and $x3687 $x1223)))))
 (not (or $x2513 $x2325))))))))))))))))))))))))))
(assert
 (let ((?x2494 (+ b_i sum_n_15)))
 (let ((?x4482 (+ ?x2494 1.0)))
 (let (($x1223 (= 0.0 ?x4482)))
 (let ((?x3438 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x2380 (/ 1.0 ?x3438)))
 (let ((?x3938 (* 1.0 ?x2380)))
 (let ((?x4254 (* b_i p_i_t)))
 (let ((?x2094 (+ ?x4254 sum_n_12)))
 (let ((?x309 (+ ?x2094 ?x3938)))
 (let (($x518 (= 0.0 ?x3438)))
 (let (($x1304 (not $x518)))
 (let (($x1132 (and $x1304 (< 0.0 ?x2380))))
 (let (($x2479 (> 0.0 ?x3438)))
 (let (($x2719 (not $x2479)))
 (let (($x473 (ite $x518 zero_is_negative!1897 $x2719)))
 (let (($x892 (and $x518 $x473)))
 (let (($x3856 (or $x892 $x1132)))
 (let (($x2740 (and $x518 (not $x3856))))
 (let (($x358 (and $x518 $x3856)))
 (let (($x3002 (or $x358 $x2740)))
 (let (($x3687 (not $x3002)))
 (let (($x2325 (and (and $x3687 (= 0.0 ?x309)) $x1223)))
 (let (($x2513 (and (not $x2325) (or $x3002 (and $x3687 $x1223)))))
 (let (($x2791 (not (or $x2513 $x2325))))
 (let (($x4305 (not (and $x1304 $x3687 $x3687 $x2791))))
 (not $x4305)))))))))))))))))))))))))))
(assert
 (let ((?x2494 (+ b_i sum_n_15)))
(let ((?x4482 (+ ?x2494 1.0)))
(let ((?x3438 (+ 2.0 (+ (- 2.0) k))))
(let ((?x2380 (/ 1.0 ?x3438)))
(let ((?x3938 (* 1.0 ?x2380)))
(let ((?x4254 (* b_i p_i_t)))
(let ((?x2094 (+ ?x4254 sum_n_12)))
(let ((?x309 (+ ?x2094 ?x3938)))
(let ((?x104 (/ ?x309 ?x4482)))
(< ?x104 0.0)))))))))))
(check-sat)
