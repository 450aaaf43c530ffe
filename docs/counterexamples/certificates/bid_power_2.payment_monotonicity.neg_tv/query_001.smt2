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
 (let ((?x383 (* x_raised x_raised)))
 (let ((?x429 (+ ?x383 sum_n_15)))
 (let (($x169 (= 0.0 ?x429)))
 (let (($x618 (and (= 0.0 (+ (* ?x383 p_i_t) sum_n_12)) $x169)))
 (let (($x67 (and (not $x618) $x169)))
 (let ((?x444 (* b_i b_i)))
 (let ((?x738 (+ ?x444 sum_n_15)))
 (let (($x731 (= 0.0 ?x738)))
 (let (($x79 (and (= 0.0 (+ (* ?x444 p_i_t) sum_n_12)) $x731)))
 (let (($x719 (and (not $x79) $x731)))
 (and (not (or $x719 $x79)) (not (or $x67 $x618))))))))))))))
(assert
 (let ((?x383 (* x_raised x_raised)))
(let ((?x429 (+ ?x383 sum_n_15)))
(let ((?x286 (+ (* ?x383 p_i_t) sum_n_12)))
(let ((?x671 (/ ?x286 ?x429)))
(let ((?x444 (* b_i b_i)))
(let ((?x738 (+ ?x444 sum_n_15)))
(let ((?x208 (+ (* ?x444 p_i_t) sum_n_12)))
(let ((?x232 (/ ?x208 ?x738)))
(or (and (< ?x671 ?x232) (< ?x671 p_i_t)) (and (< ?x232 ?x671) (< p_i_t ?x671))))))))))))
(check-sat)
