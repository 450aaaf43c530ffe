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
(declare-fun zero_is_negative!1476 () Bool)
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
 (let ((?x650 (+ b_i sum_n_15)))
 (let ((?x1461 (+ ?x650 1.0)))
 (let (($x1038 (= 0.0 ?x1461)))
 (let ((?x1332 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x490 (/ 1.0 ?x1332)))
 (let ((?x2229 (* 1.0 ?x490)))
 (let ((?x1632 (* b_i p_i_t)))
 (let ((?x1488 (+ ?x1632 sum_n_12)))
 (let ((?x2944 (+ ?x1488 ?x2229)))
 (let (($x2846 (= 0.0 ?x1332)))
 (let (($x259 (not $x2846)))
 (let (($x1486 (and $x259 (< 0.0 ?x490))))
 (let (($x295 (> 0.0 ?x1332)))
 (let (($x36 (not $x295)))
 (let (($x1035 (ite $x2846 zero_is_negative!1476 $x36)))
 (let (($x1330 (and $x2846 $x1035)))
 (let (($x169 (or $x1330 $x1486)))
 (let (($x2518 (and $x2846 (not $x169))))
 (let (($x1512 (and $x2846 $x169)))
 (let (($x1792 (or $x1512 $x2518)))
 (let (($x1915 (not $x1792)))
 (let (($x400 (and (and $x1915 (= 0.0 ?x2944)) $x1038)))
 (let (($x2784 (and (not $x400) (or $x1792 (and $x1915 $x1038)))))
 (not (or $x2784 $x400))))))))))))))))))))))))))
(assert
 (let ((?x650 (+ b_i sum_n_15)))
 (let ((?x1461 (+ ?x650 1.0)))
 (let (($x1038 (= 0.0 ?x1461)))
 (let ((?x1332 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x490 (/ 1.0 ?x1332)))
 (let ((?x2229 (* 1.0 ?x490)))
 (let ((?x1632 (* b_i p_i_t)))
 (let ((?x1488 (+ ?x1632 sum_n_12)))
 (let ((?x2944 (+ ?x1488 ?x2229)))
 (let (($x2846 (= 0.0 ?x1332)))
 (let (($x259 (not $x2846)))
 (let (($x1486 (and $x259 (< 0.0 ?x490))))
 (let (($x295 (> 0.0 ?x1332)))
 (let (($x36 (not $x295)))
 (let (($x1035 (ite $x2846 zero_is_negative!1476 $x36)))
 (let (($x1330 (and $x2846 $x1035)))
 (let (($x169 (or $x1330 $x1486)))
 (let (($x2518 (and $x2846 (not $x169))))
 (let (($x1512 (and $x2846 $x169)))
 (let (($x1792 (or $x1512 $x2518)))
 (let (($x1915 (not $x1792)))
 (let (($x400 (and (and $x1915 (= 0.0 ?x2944)) $x1038)))
 (let (($x2784 (and (not $x400) (or $x1792 (and $x1915 $x1038)))))
 (let (($x148 (not (or $x2784 $x400))))
 (let (($x376 (not (and $x259 $x1915 $x1915 $x148))))
 (not $x376)))))))))))))))))))))))))))
(assert
 (let ((?x650 (+ b_i sum_n_15)))
(let ((?x1461 (+ ?x650 1.0)))
(let ((?x1332 (+ 2.0 (+ (- 2.0) k))))
(let ((?x490 (/ 1.0 ?x1332)))
(let ((?x2229 (* 1.0 ?x490)))
(let ((?x1632 (* b_i p_i_t)))
(let ((?x1488 (+ ?x1632 sum_n_12)))
(let ((?x2944 (+ ?x1488 ?x2229)))
(let ((?x2969 (/ ?x2944 ?x1461)))
(< ?x2969 0.0)))))))))))
(check-sat)
