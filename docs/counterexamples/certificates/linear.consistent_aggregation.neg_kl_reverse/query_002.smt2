; linear, every n and k: no segment violation
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
 (let ((?x32 (+ x_raised sum_n_15)))
 (let (($x389 (= 0.0 ?x32)))
 (let (($x350 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x389)))
 (let (($x164 (and (not $x350) $x389)))
 (let ((?x86 (+ b_i sum_n_15)))
 (let (($x97 (= 0.0 ?x86)))
 (let (($x245 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x97)))
 (let (($x326 (and (not $x245) $x97)))
 (let (($x84 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x389)))
 (let (($x100 (and (not $x84) $x389)))
 (let (($x392 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x97)))
 (let (($x138 (and (not $x392) $x97)))
 (and (not (or $x138 $x392)) (not (or $x100 $x84)) (not (or $x326 $x245)) (not (or $x164 $x350))))))))))))))))
(assert
 (let ((?x86 (+ b_i sum_n_15)))
(let ((?x107 (* b_i p_i_u)))
(let ((?x103 (+ ?x107 sum_n_13)))
(let ((?x119 (/ ?x103 ?x86)))
(let ((?x32 (+ x_raised sum_n_15)))
(let ((?x417 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x385 (/ ?x417 ?x32)))
(let ((?x152 (- ?x385 ?x119)))
(or (> 0.0 (* ?x152 (- p_i_u ?x119))) (< (* (- p_i_u ?x119) (- p_i_u ?x119)) (* ?x152 ?x152))))))))))))
(check-sat)
