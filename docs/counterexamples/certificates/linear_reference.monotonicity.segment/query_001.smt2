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
(declare-fun zero_is_negative!938 () Bool)
(declare-fun zero_is_negative!932 () Bool)
(declare-fun zero_is_negative!937 () Bool)
(declare-fun zero_is_negative!931 () Bool)
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
 (let ((?x389 (+ x_raised sum_n_15)))
 (let ((?x107 (+ ?x389 1.0)))
 (let (($x451 (= 0.0 ?x107)))
 (let ((?x34 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x461 (/ 1.0 ?x34)))
 (let ((?x177 (* 1.0 ?x461)))
 (let ((?x234 (+ (+ (* x_raised p_i_u) sum_n_13) ?x177)))
 (let (($x244 (and (not (= 0.0 ?x34)) (< 0.0 ?x461))))
 (let (($x132 (= 0.0 ?x34)))
 (let (($x407 (or (and $x132 (ite $x132 zero_is_negative!938 (not (> 0.0 ?x34)))) $x244)))
 (let (($x149 (and $x132 (not $x407))))
 (let (($x171 (and $x132 $x407)))
 (let (($x397 (or $x171 $x149)))
 (let (($x90 (not $x397)))
 (let (($x316 (and (and $x90 (= 0.0 ?x234)) $x451)))
 (let (($x329 (and (not $x316) (or $x397 (and $x90 $x451)))))
 (let ((?x331 (+ b_i sum_n_15)))
 (let ((?x277 (+ ?x331 1.0)))
 (let (($x59 (= 0.0 ?x277)))
 (let (($x459 (or (and $x132 (ite $x132 zero_is_negative!932 (not (> 0.0 ?x34)))) $x244)))
 (let (($x388 (and $x132 (not $x459))))
 (let (($x220 (and $x132 $x459)))
 (let (($x255 (or $x220 $x388)))
 (let (($x79 (not $x255)))
 (let (($x208 (and (and $x79 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x177))) $x59)))
 (let (($x468 (and (not $x208) (or $x255 (and $x79 $x59)))))
 (let (($x195 (or (and $x132 (ite $x132 zero_is_negative!937 (not (> 0.0 ?x34)))) $x244)))
 (let (($x318 (and $x132 (not $x195))))
 (let (($x317 (and $x132 $x195)))
 (let (($x428 (or $x317 $x318)))
 (let (($x224 (not $x428)))
 (let (($x263 (and (and $x224 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x177))) $x451)))
 (let (($x83 (and (not $x263) (or $x428 (and $x224 $x451)))))
 (let (($x155 (or (and $x132 (ite $x132 zero_is_negative!931 (not (> 0.0 ?x34)))) $x244)))
 (let (($x437 (and $x132 (not $x155))))
 (let (($x398 (and $x132 $x155)))
 (let (($x438 (or $x398 $x437)))
 (let (($x189 (not $x438)))
 (let (($x362 (and (and $x189 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x177))) $x59)))
 (let (($x339 (and (not $x362) (or $x438 (and $x189 $x59)))))
 (and (not (or $x339 $x362)) (not (or $x83 $x263)) (not (or $x468 $x208)) (not (or $x329 $x316))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x331 (+ b_i sum_n_15)))
(let ((?x277 (+ ?x331 1.0)))
(let ((?x34 (+ 2.0 (+ (- 2.0) k))))
(let ((?x461 (/ 1.0 ?x34)))
(let ((?x177 (* 1.0 ?x461)))
(let ((?x86 (+ (+ (* b_i p_i_t) sum_n_12) ?x177)))
(let ((?x229 (/ ?x86 ?x277)))
(let ((?x389 (+ x_raised sum_n_15)))
(let ((?x107 (+ ?x389 1.0)))
(let ((?x232 (+ (+ (* x_raised p_i_t) sum_n_12) ?x177)))
(let ((?x240 (/ ?x232 ?x107)))
(let ((?x174 (- ?x240 ?x229)))
(or (> 0.0 (* ?x174 (- p_i_t ?x229))) (< (* (- p_i_t ?x229) (- p_i_t ?x229)) (* ?x174 ?x174))))))))))))))))
(check-sat)
