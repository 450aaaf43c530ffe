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
(declare-fun zero_is_negative!2126 () Bool)
(declare-fun zero_is_negative!2120 () Bool)
(declare-fun zero_is_negative!2125 () Bool)
(declare-fun zero_is_negative!2119 () Bool)
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
 (let ((?x109 (+ x_raised sum_n_15)))
 (let ((?x86 (+ ?x109 1.0)))
 (let (($x540 (= 0.0 ?x86)))
 (let ((?x316 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x296 (/ 1.0 ?x316)))
 (let ((?x112 (* 1.0 ?x296)))
 (let ((?x99 (+ (+ (* x_raised p_i_u) sum_n_13) ?x112)))
 (let (($x787 (and (not (= 0.0 ?x316)) (< 0.0 ?x296))))
 (let (($x441 (= 0.0 ?x316)))
 (let (($x240 (or (and $x441 (ite $x441 zero_is_negative!2126 (not (> 0.0 ?x316)))) $x787)))
 (let (($x204 (and $x441 (not $x240))))
 (let (($x595 (and $x441 $x240)))
 (let (($x43 (or $x595 $x204)))
 (let (($x443 (not $x43)))
 (let (($x125 (and (and $x443 (= 0.0 ?x99)) $x540)))
 (let (($x132 (and (not $x125) (or $x43 (and $x443 $x540)))))
 (let ((?x52 (+ b_i sum_n_15)))
 (let ((?x74 (+ ?x52 1.0)))
 (let (($x73 (= 0.0 ?x74)))
 (let (($x380 (or (and $x441 (ite $x441 zero_is_negative!2120 (not (> 0.0 ?x316)))) $x787)))
 (let (($x459 (and $x441 (not $x380))))
 (let (($x378 (and $x441 $x380)))
 (let (($x307 (or $x378 $x459)))
 (let (($x195 (not $x307)))
 (let (($x268 (and (and $x195 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x112))) $x73)))
 (let (($x42 (and (not $x268) (or $x307 (and $x195 $x73)))))
 (let (($x526 (or (and $x441 (ite $x441 zero_is_negative!2125 (not (> 0.0 ?x316)))) $x787)))
 (let (($x564 (and $x441 (not $x526))))
 (let (($x772 (and $x441 $x526)))
 (let (($x776 (or $x772 $x564)))
 (let (($x158 (not $x776)))
 (let (($x530 (and (and $x158 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x112))) $x540)))
 (let (($x101 (and (not $x530) (or $x776 (and $x158 $x540)))))
 (let (($x472 (or (and $x441 (ite $x441 zero_is_negative!2119 (not (> 0.0 ?x316)))) $x787)))
 (let (($x474 (and $x441 (not $x472))))
 (let (($x325 (and $x441 $x472)))
 (let (($x232 (or $x325 $x474)))
 (let (($x169 (not $x232)))
 (let (($x624 (and (and $x169 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x112))) $x73)))
 (let (($x206 (and (not $x624) (or $x232 (and $x169 $x73)))))
 (and (not (or $x206 $x624)) (not (or $x101 $x530)) (not (or $x42 $x268)) (not (or $x132 $x125))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x52 (+ b_i sum_n_15)))
(let ((?x74 (+ ?x52 1.0)))
(let ((?x316 (+ 2.0 (+ (- 2.0) k))))
(let ((?x296 (/ 1.0 ?x316)))
(let ((?x112 (* 1.0 ?x296)))
(let ((?x287 (+ (+ (* b_i p_i_t) sum_n_12) ?x112)))
(let ((?x364 (/ ?x287 ?x74)))
(let ((?x109 (+ x_raised sum_n_15)))
(let ((?x86 (+ ?x109 1.0)))
(let ((?x135 (+ (+ (* x_raised p_i_t) sum_n_12) ?x112)))
(let ((?x559 (/ ?x135 ?x86)))
(let ((?x76 (- ?x559 ?x364)))
(or (> 0.0 (* ?x76 (- p_i_t ?x364))) (< (* (- p_i_t ?x364) (- p_i_t ?x364)) (* ?x76 ?x76))))))))))))))))
(check-sat)
