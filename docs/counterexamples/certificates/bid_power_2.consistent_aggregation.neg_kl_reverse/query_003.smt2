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
 (let ((?x144 (* x_raised x_raised)))
 (let ((?x578 (+ ?x144 sum_n_15)))
 (let (($x363 (= 0.0 ?x578)))
 (let (($x820 (and (= 0.0 (+ (* ?x144 p_i_u) sum_n_13)) $x363)))
 (let (($x383 (and (not $x820) $x363)))
 (let ((?x572 (* b_i b_i)))
 (let ((?x227 (+ ?x572 sum_n_15)))
 (let (($x444 (= 0.0 ?x227)))
 (let (($x418 (and (= 0.0 (+ (* ?x572 p_i_u) sum_n_13)) $x444)))
 (let (($x506 (and (not $x418) $x444)))
 (let (($x669 (and (= 0.0 (+ (* ?x144 p_i_t) sum_n_12)) $x363)))
 (let (($x113 (and (not $x669) $x363)))
 (let (($x428 (and (= 0.0 (+ (* ?x572 p_i_t) sum_n_12)) $x444)))
 (let (($x352 (and (not $x428) $x444)))
 (and (not (or $x352 $x428)) (not (or $x113 $x669)) (not (or $x506 $x418)) (not (or $x383 $x820))))))))))))))))))
(assert
 (let ((?x572 (* b_i b_i)))
(let ((?x227 (+ ?x572 sum_n_15)))
(let ((?x195 (+ (* ?x572 p_i_u) sum_n_13)))
(let ((?x608 (/ ?x195 ?x227)))
(let ((?x753 (- p_i_u ?x608)))
(let ((?x85 (+ (* ?x572 p_i_t) sum_n_12)))
(let ((?x174 (/ ?x85 ?x227)))
(let ((?x144 (* x_raised x_raised)))
(let ((?x578 (+ ?x144 sum_n_15)))
(let ((?x441 (+ (* ?x144 p_i_t) sum_n_12)))
(let ((?x719 (/ ?x441 ?x578)))
(let ((?x709 (- ?x719 ?x174)))
(let ((?x340 (* ?x709 ?x753)))
(let ((?x84 (- p_i_t ?x174)))
(let ((?x544 (+ (* ?x144 p_i_u) sum_n_13)))
(let ((?x491 (/ ?x544 ?x578)))
(let ((?x469 (- ?x491 ?x608)))
(let ((?x63 (* ?x469 ?x84)))
(or (< ?x340 ?x63) (< ?x63 ?x340)))))))))))))))))))))
(check-sat)
