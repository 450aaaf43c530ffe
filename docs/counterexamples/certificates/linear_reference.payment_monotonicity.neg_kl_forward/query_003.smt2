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
(declare-fun zero_is_negative!1744 () Bool)
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
 (let ((?x1006 (+ b_i sum_n_15)))
 (let ((?x1280 (+ ?x1006 1.0)))
 (let (($x1054 (= 0.0 ?x1280)))
 (let ((?x1897 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x106 (/ 1.0 ?x1897)))
 (let ((?x1359 (* 1.0 ?x106)))
 (let ((?x3043 (* b_i p_i_t)))
 (let ((?x1724 (+ ?x3043 sum_n_12)))
 (let ((?x544 (+ ?x1724 ?x1359)))
 (let (($x1640 (= 0.0 ?x1897)))
 (let (($x500 (not $x1640)))
 (let (($x2583 (and $x500 (< 0.0 ?x106))))
 (let (($x462 (> 0.0 ?x1897)))
 (let (($x550 (not $x462)))
 (let (($x1530 (ite $x1640 zero_is_negative!1744 $x550)))
 (let (($x2734 (and $x1640 $x1530)))
 (let (($x1135 (or $x2734 $x2583)))
 (let (($x2560 (and $x1640 (not $x1135))))
 (let (($x493 (and $x1640 $x1135)))
 (let (($x2888 (or $x493 $x2560)))
 (let (($x3041 (not $x2888)))
 (let (($x1477 (and (and $x3041 (= 0.0 ?x544)) $x1054)))
 (let (($x63 (and (not $x1477) (or $x2888 (and $x3041 $x1054)))))
 (not (or $x63 $x1477))))))))))))))))))))))))))
(assert
 (let ((?x1006 (+ b_i sum_n_15)))
 (let ((?x1280 (+ ?x1006 1.0)))
 (let (($x1054 (= 0.0 ?x1280)))
 (let ((?x1897 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x106 (/ 1.0 ?x1897)))
 (let ((?x1359 (* 1.0 ?x106)))
 (let ((?x3043 (* b_i p_i_t)))
 (let ((?x1724 (+ ?x3043 sum_n_12)))
 (let ((?x544 (+ ?x1724 ?x1359)))
 (let (($x1640 (= 0.0 ?x1897)))
 (let (($x500 (not $x1640)))
 (let (($x2583 (and $x500 (< 0.0 ?x106))))
 (let (($x462 (> 0.0 ?x1897)))
 (let (($x550 (not $x462)))
 (let (($x1530 (ite $x1640 zero_is_negative!1744 $x550)))
 (let (($x2734 (and $x1640 $x1530)))
 (let (($x1135 (or $x2734 $x2583)))
 (let (($x2560 (and $x1640 (not $x1135))))
 (let (($x493 (and $x1640 $x1135)))
 (let (($x2888 (or $x493 $x2560)))
 (let (($x3041 (not $x2888)))
 (let (($x1477 (and (and $x3041 (= 0.0 ?x544)) $x1054)))
 (let (($x63 (and (not $x1477) (or $x2888 (and $x3041 $x1054)))))
 (let (($x2481 (not (or $x63 $x1477))))
 (let (($x1454 (not (and $x500 $x3041 $x3041 $x2481))))
 (not $x1454)))))))))))))))))))))))))))
(assert
 (let ((?x1006 (+ b_i sum_n_15)))
(let ((?x1280 (+ ?x1006 1.0)))
(let ((?x1897 (+ 2.0 (+ (- 2.0) k))))
(let ((?x106 (/ 1.0 ?x1897)))
(let ((?x1359 (* 1.0 ?x106)))
(let ((?x3043 (* b_i p_i_t)))
(let ((?x1724 (+ ?x3043 sum_n_12)))
(let ((?x544 (+ ?x1724 ?x1359)))
(let ((?x1498 (/ ?x544 ?x1280)))
(< ?x1498 0.0)))))))))))
(check-sat)
