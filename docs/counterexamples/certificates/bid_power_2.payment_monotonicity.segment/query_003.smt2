; bid_power_2, every n and k: no segment violation
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
 (let ((?x657 (* x_raised x_raised)))
 (let ((?x377 (+ ?x657 sum_n_15)))
 (let (($x488 (= 0.0 ?x377)))
 (let (($x425 (and (= 0.0 (+ (* ?x657 p_i_u) sum_n_13)) $x488)))
 (let (($x267 (and (not $x425) $x488)))
 (let ((?x197 (* b_i b_i)))
 (let ((?x38 (+ ?x197 sum_n_15)))
 (let (($x289 (= 0.0 ?x38)))
 (let (($x130 (and (= 0.0 (+ (* ?x197 p_i_u) sum_n_13)) $x289)))
 (let (($x363 (and (not $x130) $x289)))
 (let (($x121 (and (= 0.0 (+ (* ?x657 p_i_t) sum_n_12)) $x488)))
 (let (($x672 (and (not $x121) $x488)))
 (let (($x138 (and (= 0.0 (+ (* ?x197 p_i_t) sum_n_12)) $x289)))
 (let (($x560 (and (not $x138) $x289)))
 (and (not (or $x560 $x138)) (not (or $x672 $x121)) (not (or $x363 $x130)) (not (or $x267 $x425))))))))))))))))))
(assert
 (let ((?x197 (* b_i b_i)))
(let ((?x38 (+ ?x197 sum_n_15)))
(let ((?x125 (+ (* ?x197 p_i_u) sum_n_13)))
(let ((?x473 (/ ?x125 ?x38)))
(let ((?x767 (- p_i_u ?x473)))
(let ((?x66 (+ (* ?x197 p_i_t) sum_n_12)))
(let ((?x772 (/ ?x66 ?x38)))
(let ((?x657 (* x_raised x_raised)))
(let ((?x377 (+ ?x657 sum_n_15)))
(let ((?x144 (+ (* ?x657 p_i_t) sum_n_12)))
(let ((?x105 (/ ?x144 ?x377)))
(let ((?x141 (- ?x105 ?x772)))
(let ((?x91 (* ?x141 ?x767)))
(let ((?x305 (- p_i_t ?x772)))
(let ((?x320 (+ (* ?x657 p_i_u) sum_n_13)))
(let ((?x777 (/ ?x320 ?x377)))
(let ((?x145 (- ?x777 ?x473)))
(let ((?x673 (* ?x145 ?x305)))
(or (< ?x91 ?x673) (< ?x673 ?x91)))))))))))))))))))))
(check-sat)
