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
(declare-fun zero_is_negative!1766 () Bool)
(declare-fun zero_is_negative!1760 () Bool)
(declare-fun zero_is_negative!1765 () Bool)
(declare-fun zero_is_negative!1759 () Bool)
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
 (let ((?x244 (+ x_raised sum_n_15)))
 (let ((?x777 (+ ?x244 1.0)))
 (let (($x294 (= 0.0 ?x777)))
 (let ((?x163 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x252 (/ 1.0 ?x163)))
 (let ((?x436 (* 1.0 ?x252)))
 (let ((?x258 (+ (+ (* x_raised p_i_u) sum_n_13) ?x436)))
 (let (($x408 (and (not (= 0.0 ?x163)) (< 0.0 ?x252))))
 (let (($x186 (= 0.0 ?x163)))
 (let (($x657 (or (and $x186 (ite $x186 zero_is_negative!1766 (not (> 0.0 ?x163)))) $x408)))
 (let (($x73 (and $x186 (not $x657))))
 (let (($x396 (and $x186 $x657)))
 (let (($x644 (or $x396 $x73)))
 (let (($x169 (not $x644)))
 (let (($x214 (and (and $x169 (= 0.0 ?x258)) $x294)))
 (let (($x307 (and (not $x214) (or $x644 (and $x169 $x294)))))
 (let ((?x383 (+ b_i sum_n_15)))
 (let ((?x37 (+ ?x383 1.0)))
 (let (($x55 (= 0.0 ?x37)))
 (let (($x200 (or (and $x186 (ite $x186 zero_is_negative!1760 (not (> 0.0 ?x163)))) $x408)))
 (let (($x314 (and $x186 (not $x200))))
 (let (($x91 (and $x186 $x200)))
 (let (($x454 (or $x91 $x314)))
 (let (($x425 (not $x454)))
 (let (($x81 (and (and $x425 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x436))) $x55)))
 (let (($x101 (and (not $x81) (or $x454 (and $x425 $x55)))))
 (let (($x38 (or (and $x186 (ite $x186 zero_is_negative!1765 (not (> 0.0 ?x163)))) $x408)))
 (let (($x666 (and $x186 (not $x38))))
 (let (($x201 (and $x186 $x38)))
 (let (($x672 (or $x201 $x666)))
 (let (($x625 (not $x672)))
 (let (($x509 (and (and $x625 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x436))) $x294)))
 (let (($x461 (and (not $x509) (or $x672 (and $x625 $x294)))))
 (let (($x388 (or (and $x186 (ite $x186 zero_is_negative!1759 (not (> 0.0 ?x163)))) $x408)))
 (let (($x65 (and $x186 (not $x388))))
 (let (($x92 (and $x186 $x388)))
 (let (($x788 (or $x92 $x65)))
 (let (($x717 (not $x788)))
 (let (($x119 (and (and $x717 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x436))) $x55)))
 (let (($x582 (and (not $x119) (or $x788 (and $x717 $x55)))))
 (and (not (or $x582 $x119)) (not (or $x461 $x509)) (not (or $x101 $x81)) (not (or $x307 $x214))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x383 (+ b_i sum_n_15)))
(let ((?x37 (+ ?x383 1.0)))
(let ((?x163 (+ 2.0 (+ (- 2.0) k))))
(let ((?x252 (/ 1.0 ?x163)))
(let ((?x436 (* 1.0 ?x252)))
(let ((?x639 (+ (+ (* b_i p_i_u) sum_n_13) ?x436)))
(let ((?x636 (/ ?x639 ?x37)))
(let ((?x244 (+ x_raised sum_n_15)))
(let ((?x777 (+ ?x244 1.0)))
(let ((?x258 (+ (+ (* x_raised p_i_u) sum_n_13) ?x436)))
(let ((?x145 (/ ?x258 ?x777)))
(let ((?x362 (- ?x145 ?x636)))
(or (> 0.0 (* ?x362 (- p_i_u ?x636))) (< (* (- p_i_u ?x636) (- p_i_u ?x636)) (* ?x362 ?x362))))))))))))))))
(check-sat)
