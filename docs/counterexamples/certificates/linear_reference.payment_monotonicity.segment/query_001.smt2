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
(declare-fun zero_is_negative!1492 () Bool)
(declare-fun zero_is_negative!1486 () Bool)
(declare-fun zero_is_negative!1491 () Bool)
(declare-fun zero_is_negative!1485 () Bool)
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
 (let ((?x419 (+ x_raised sum_n_15)))
 (let ((?x277 (+ ?x419 1.0)))
 (let (($x121 (= 0.0 ?x277)))
 (let ((?x206 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x211 (/ 1.0 ?x206)))
 (let ((?x194 (* 1.0 ?x211)))
 (let ((?x192 (+ (+ (* x_raised p_i_u) sum_n_13) ?x194)))
 (let (($x456 (and (not (= 0.0 ?x206)) (< 0.0 ?x211))))
 (let (($x374 (= 0.0 ?x206)))
 (let (($x454 (or (and $x374 (ite $x374 zero_is_negative!1492 (not (> 0.0 ?x206)))) $x456)))
 (let (($x67 (and $x374 (not $x454))))
 (let (($x242 (and $x374 $x454)))
 (let (($x468 (or $x242 $x67)))
 (let (($x145 (not $x468)))
 (let (($x498 (and (and $x145 (= 0.0 ?x192)) $x121)))
 (let (($x448 (and (not $x498) (or $x468 (and $x145 $x121)))))
 (let ((?x260 (+ b_i sum_n_15)))
 (let ((?x82 (+ ?x260 1.0)))
 (let (($x355 (= 0.0 ?x82)))
 (let (($x297 (or (and $x374 (ite $x374 zero_is_negative!1486 (not (> 0.0 ?x206)))) $x456)))
 (let (($x31 (and $x374 (not $x297))))
 (let (($x290 (and $x374 $x297)))
 (let (($x54 (or $x290 $x31)))
 (let (($x394 (not $x54)))
 (let (($x443 (and (and $x394 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x194))) $x355)))
 (let (($x85 (and (not $x443) (or $x54 (and $x394 $x355)))))
 (let (($x439 (or (and $x374 (ite $x374 zero_is_negative!1491 (not (> 0.0 ?x206)))) $x456)))
 (let (($x187 (and $x374 (not $x439))))
 (let (($x41 (and $x374 $x439)))
 (let (($x214 (or $x41 $x187)))
 (let (($x110 (not $x214)))
 (let (($x215 (and (and $x110 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x194))) $x121)))
 (let (($x393 (and (not $x215) (or $x214 (and $x110 $x121)))))
 (let (($x181 (or (and $x374 (ite $x374 zero_is_negative!1485 (not (> 0.0 ?x206)))) $x456)))
 (let (($x202 (and $x374 (not $x181))))
 (let (($x116 (and $x374 $x181)))
 (let (($x519 (or $x116 $x202)))
 (let (($x172 (not $x519)))
 (let (($x470 (and (and $x172 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x194))) $x355)))
 (let (($x210 (and (not $x470) (or $x519 (and $x172 $x355)))))
 (and (not (or $x210 $x470)) (not (or $x393 $x215)) (not (or $x85 $x443)) (not (or $x448 $x498))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x260 (+ b_i sum_n_15)))
(let ((?x82 (+ ?x260 1.0)))
(let ((?x206 (+ 2.0 (+ (- 2.0) k))))
(let ((?x211 (/ 1.0 ?x206)))
(let ((?x194 (* 1.0 ?x211)))
(let ((?x66 (+ (+ (* b_i p_i_t) sum_n_12) ?x194)))
(let ((?x43 (/ ?x66 ?x82)))
(let ((?x419 (+ x_raised sum_n_15)))
(let ((?x277 (+ ?x419 1.0)))
(let ((?x404 (+ (+ (* x_raised p_i_t) sum_n_12) ?x194)))
(let ((?x226 (/ ?x404 ?x277)))
(let ((?x186 (- ?x226 ?x43)))
(or (> 0.0 (* ?x186 (- p_i_t ?x43))) (< (* (- p_i_t ?x43) (- p_i_t ?x43)) (* ?x186 ?x186))))))))))))))))
(check-sat)
