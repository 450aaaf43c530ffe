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
(declare-fun zero_is_negative!2236 () Bool)
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
 (let ((?x2932 (+ b_i sum_n_15)))
 (let ((?x2639 (+ ?x2932 1.0)))
 (let (($x517 (= 0.0 ?x2639)))
 (let ((?x2877 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x11 (/ 1.0 ?x2877)))
 (let ((?x2751 (* 1.0 ?x11)))
 (let ((?x2655 (* b_i p_i_t)))
 (let ((?x1686 (+ ?x2655 sum_n_12)))
 (let ((?x356 (+ ?x1686 ?x2751)))
 (let (($x1632 (= 0.0 ?x2877)))
 (let (($x1521 (not $x1632)))
 (let (($x1399 (and $x1521 (< 0.0 ?x11))))
 (let (($x295 (> 0.0 ?x2877)))
 (let (($x927 (not $x295)))
 (let (($x121 (ite $x1632 zero_is_negative!2236 $x927)))
 (let (($x2233 (and $x1632 $x121)))
 (let (($x2686 (or $x2233 $x1399)))
 (let (($x416 (and $x1632 (not $x2686))))
 (let (($x840 (and $x1632 $x2686)))
 (let (($x864 (or $x840 $x416)))
 (let (($x2818 (not $x864)))
 (let (($x1356 (and (and $x2818 (= 0.0 ?x356)) $x517)))
 (let (($x1420 (and (not $x1356) (or $x864 (and $x2818 $x517)))))
 (not (or $x1420 $x1356))))))))))))))))))))))))))
(assert
 (let ((?x2932 (+ b_i sum_n_15)))
 (let ((?x2639 (+ ?x2932 1.0)))
 (let (($x517 (= 0.0 ?x2639)))
 (let ((?x2877 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x11 (/ 1.0 ?x2877)))
 (let ((?x2751 (* 1.0 ?x11)))
 (let ((?x2655 (* b_i p_i_t)))
 (let ((?x1686 (+ ?x2655 sum_n_12)))
 (let ((?x356 (+ ?x1686 ?x2751)))
 (let (($x1632 (= 0.0 ?x2877)))
 (let (($x1521 (not $x1632)))
 (let (($x1399 (and $x1521 (< 0.0 ?x11))))
 (let (($x295 (> 0.0 ?x2877)))
 (let (($x927 (not $x295)))
 (let (($x121 (ite $x1632 zero_is_negative!2236 $x927)))
 (let (($x2233 (and $x1632 $x121)))
 (let (($x2686 (or $x2233 $x1399)))
 (let (($x416 (and $x1632 (not $x2686))))
 (let (($x840 (and $x1632 $x2686)))
 (let (($x864 (or $x840 $x416)))
 (let (($x2818 (not $x864)))
 (let (($x1356 (and (and $x2818 (= 0.0 ?x356)) $x517)))
 (let (($x1420 (and (not $x1356) (or $x864 (and $x2818 $x517)))))
 (let (($x1146 (not (or $x1420 $x1356))))
 (let (($x935 (not (and $x1521 $x2818 $x2818 $x1146))))
 (not $x935)))))))))))))))))))))))))))
(assert
 (let ((?x2932 (+ b_i sum_n_15)))
(let ((?x2639 (+ ?x2932 1.0)))
(let ((?x2877 (+ 2.0 (+ (- 2.0) k))))
(let ((?x11 (/ 1.0 ?x2877)))
(let ((?x2751 (* 1.0 ?x11)))
(let ((?x2655 (* b_i p_i_t)))
(let ((?x1686 (+ ?x2655 sum_n_12)))
(let ((?x356 (+ ?x1686 ?x2751)))
(let ((?x111 (/ ?x356 ?x2639)))
(< ?x111 0.0)))))))))))
(check-sat)
