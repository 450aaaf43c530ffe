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
 (let ((?x428 (* x_raised x_raised)))
 (let ((?x764 (+ ?x428 sum_n_15)))
 (let (($x125 (= 0.0 ?x764)))
 (let (($x735 (and (= 0.0 (+ (* ?x428 p_i_u) sum_n_13)) $x125)))
 (let (($x506 (and (not $x735) $x125)))
 (let ((?x481 (* b_i b_i)))
 (let ((?x820 (+ ?x481 sum_n_15)))
 (let (($x605 (= 0.0 ?x820)))
 (let (($x352 (and (= 0.0 (+ (* ?x481 p_i_u) sum_n_13)) $x605)))
 (let (($x140 (and (not $x352) $x605)))
 (let (($x822 (and (= 0.0 (+ (* ?x428 p_i_t) sum_n_12)) $x125)))
 (let (($x443 (and (not $x822) $x125)))
 (let (($x67 (and (= 0.0 (+ (* ?x481 p_i_t) sum_n_12)) $x605)))
 (let (($x139 (and (not $x67) $x605)))
 (and (not (or $x139 $x67)) (not (or $x443 $x822)) (not (or $x140 $x352)) (not (or $x506 $x735))))))))))))))))))
(assert
 (let ((?x481 (* b_i b_i)))
(let ((?x820 (+ ?x481 sum_n_15)))
(let ((?x471 (+ (* ?x481 p_i_u) sum_n_13)))
(let ((?x680 (/ ?x471 ?x820)))
(let ((?x428 (* x_raised x_raised)))
(let ((?x764 (+ ?x428 sum_n_15)))
(let ((?x227 (+ (* ?x428 p_i_u) sum_n_13)))
(let ((?x706 (/ ?x227 ?x764)))
(let ((?x301 (- ?x706 ?x680)))
(or (> 0.0 (* ?x301 (- p_i_u ?x680))) (< (* (- p_i_u ?x680) (- p_i_u ?x680)) (* ?x301 ?x301)))))))))))))
(check-sat)
