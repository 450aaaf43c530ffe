; bid_power_2, every n and k: no coordinatewise violation
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
 (let ((?x230 (* x_raised x_raised)))
 (let ((?x432 (+ ?x230 sum_n_15)))
 (let (($x527 (= 0.0 ?x432)))
 (let (($x85 (and (= 0.0 (+ (* ?x230 p_i_t) sum_n_12)) $x527)))
 (let (($x481 (and (not $x85) $x527)))
 (let ((?x738 (* b_i b_i)))
 (let ((?x451 (+ ?x738 sum_n_15)))
 (let (($x629 (= 0.0 ?x451)))
 (let (($x240 (and (= 0.0 (+ (* ?x738 p_i_t) sum_n_12)) $x629)))
 (let (($x173 (and (not $x240) $x629)))
 (and (not (or $x173 $x240)) (not (or $x481 $x85))))))))))))))
(assert
 (let ((?x230 (* x_raised x_raised)))
(let ((?x432 (+ ?x230 sum_n_15)))
(let ((?x670 (+ (* ?x230 p_i_t) sum_n_12)))
(let ((?x445 (/ ?x670 ?x432)))
(let ((?x738 (* b_i b_i)))
(let ((?x451 (+ ?x738 sum_n_15)))
(let ((?x389 (+ (* ?x738 p_i_t) sum_n_12)))
(let ((?x472 (/ ?x389 ?x451)))
(or (and (< ?x445 ?x472) (< ?x445 p_i_t)) (and (< ?x472 ?x445) (< p_i_t ?x445))))))))))))
(check-sat)
