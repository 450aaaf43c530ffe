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
(declare-fun zero_is_negative!1565 () Bool)
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
 (let ((?x141 (+ b_i sum_n_15)))
(let ((?x151 (+ ?x141 1.0)))
(let (($x81 (= 0.0 ?x151)))
(let (($x303 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x339 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x314 (+ 2.0 (+ (- 2.0) k))))
(let (($x470 (= 0.0 ?x314)))
(let (($x686 (or (and $x470 (ite $x470 zero_is_negative!1565 $x339)) $x303)))
(let (($x65 (and $x470 (not $x686))))
(let (($x769 (and $x470 $x686)))
(let (($x227 (or $x769 $x65)))
(let (($x559 (not $x227)))
(let ((?x408 (/ 1.0 ?x314)))
(let ((?x138 (* 1.0 ?x408)))
(let ((?x468 (+ (+ (* b_i p_i_t) sum_n_12) ?x138)))
(let (($x226 (and (and $x559 (= 0.0 ?x468)) $x81)))
(and (not $x226) (or $x227 (and $x559 $x81))))))))))))))))))))
(check-sat)
