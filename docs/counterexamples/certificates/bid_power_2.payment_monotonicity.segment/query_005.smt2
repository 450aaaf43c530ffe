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
 (let ((?x979 (* x_raised x_raised)))
 (let ((?x3032 (+ ?x979 sum_n_15)))
 (let (($x2560 (= 0.0 ?x3032)))
 (let (($x2789 (and (= 0.0 (+ (* ?x979 p_i_t) sum_n_12)) $x2560)))
 (let (($x798 (and (not $x2789) $x2560)))
 (let ((?x3386 (* b_i b_i)))
 (let ((?x1154 (+ ?x3386 sum_n_15)))
 (let (($x965 (= 0.0 ?x1154)))
 (let (($x783 (and (= 0.0 (+ (* ?x3386 p_i_t) sum_n_12)) $x965)))
 (let (($x18 (and (not $x783) $x965)))
 (and (not (or $x18 $x783)) (not (or $x798 $x2789))))))))))))))
(assert
 (let ((?x979 (* x_raised x_raised)))
(let ((?x3032 (+ ?x979 sum_n_15)))
(let ((?x1839 (+ (* ?x979 p_i_t) sum_n_12)))
(let ((?x816 (/ ?x1839 ?x3032)))
(let ((?x3386 (* b_i b_i)))
(let ((?x1154 (+ ?x3386 sum_n_15)))
(let ((?x3190 (+ (* ?x3386 p_i_t) sum_n_12)))
(let ((?x3037 (/ ?x3190 ?x1154)))
(or (and (< ?x816 ?x3037) (< ?x816 p_i_t)) (and (< ?x3037 ?x816) (< p_i_t ?x816))))))))))))
(check-sat)
