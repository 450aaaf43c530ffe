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
(declare-fun zero_is_negative!1572 () Bool)
(declare-fun zero_is_negative!1566 () Bool)
(declare-fun zero_is_negative!1571 () Bool)
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
 (>= x_raised b_i))
(assert
 (let ((?x216 (+ x_raised sum_n_15)))
 (let ((?x353 (+ ?x216 1.0)))
 (let (($x591 (= 0.0 ?x353)))
 (let ((?x314 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x408 (/ 1.0 ?x314)))
 (let ((?x138 (* 1.0 ?x408)))
 (let ((?x777 (+ (+ (* x_raised p_i_u) sum_n_13) ?x138)))
 (let (($x303 (and (not (= 0.0 ?x314)) (< 0.0 ?x408))))
 (let (($x470 (= 0.0 ?x314)))
 (let (($x739 (or (and $x470 (ite $x470 zero_is_negative!1572 (not (> 0.0 ?x314)))) $x303)))
 (let (($x56 (and $x470 (not $x739))))
 (let (($x86 (and $x470 $x739)))
 (let (($x276 (or $x86 $x56)))
 (let (($x625 (not $x276)))
 (let (($x767 (and (and $x625 (= 0.0 ?x777)) $x591)))
 (let (($x491 (and (not $x767) (or $x276 (and $x625 $x591)))))
 (let ((?x141 (+ b_i sum_n_15)))
 (let ((?x151 (+ ?x141 1.0)))
 (let (($x81 (= 0.0 ?x151)))
 (let (($x34 (or (and $x470 (ite $x470 zero_is_negative!1566 (not (> 0.0 ?x314)))) $x303)))
 (let (($x101 (and $x470 (not $x34))))
 (let (($x434 (and $x470 $x34)))
 (let (($x388 (or $x434 $x101)))
 (let (($x128 (not $x388)))
 (let (($x80 (and (and $x128 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x138))) $x81)))
 (let (($x281 (and (not $x80) (or $x388 (and $x128 $x81)))))
 (let (($x294 (or (and $x470 (ite $x470 zero_is_negative!1571 (not (> 0.0 ?x314)))) $x303)))
 (let (($x672 (and $x470 (not $x294))))
 (let (($x235 (and $x470 $x294)))
 (let (($x214 (or $x235 $x672)))
 (let (($x377 (not $x214)))
 (let (($x130 (and (and $x377 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x138))) $x591)))
 (let (($x215 (and (not $x130) (or $x214 (and $x377 $x591)))))
 (let (($x686 (or (and $x470 (ite $x470 zero_is_negative!1565 (not (> 0.0 ?x314)))) $x303)))
 (let (($x65 (and $x470 (not $x686))))
 (let (($x769 (and $x470 $x686)))
 (let (($x227 (or $x769 $x65)))
 (let (($x559 (not $x227)))
 (let (($x226 (and (and $x559 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x138))) $x81)))
 (let (($x185 (and (not $x226) (or $x227 (and $x559 $x81)))))
 (and (not (or $x185 $x226)) (not (or $x215 $x130)) (not (or $x281 $x80)) (not (or $x491 $x767))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x141 (+ b_i sum_n_15)))
(let ((?x151 (+ ?x141 1.0)))
(let ((?x314 (+ 2.0 (+ (- 2.0) k))))
(let ((?x408 (/ 1.0 ?x314)))
(let ((?x138 (* 1.0 ?x408)))
(let ((?x468 (+ (+ (* b_i p_i_t) sum_n_12) ?x138)))
(let ((?x88 (/ ?x468 ?x151)))
(let ((?x216 (+ x_raised sum_n_15)))
(let ((?x353 (+ ?x216 1.0)))
(let ((?x203 (+ (+ (* x_raised p_i_t) sum_n_12) ?x138)))
(let ((?x347 (/ ?x203 ?x353)))
(let ((?x91 (- ?x347 ?x88)))
(or (> 0.0 (* ?x91 (- p_i_t ?x88))) (< (* (- p_i_t ?x88) (- p_i_t ?x88)) (* ?x91 ?x91))))))))))))))))
(check-sat)
