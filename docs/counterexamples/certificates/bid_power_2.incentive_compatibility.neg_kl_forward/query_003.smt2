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
 (let ((?x395 (* x_raised x_raised)))
 (let ((?x416 (+ ?x395 sum_n_15)))
 (let (($x160 (= 0.0 ?x416)))
 (let (($x227 (and (= 0.0 (+ (* ?x395 p_i_u) sum_n_13)) $x160)))
 (let (($x727 (and (not $x227) $x160)))
 (let ((?x144 (* b_i b_i)))
 (let ((?x822 (+ ?x144 sum_n_15)))
 (let (($x592 (= 0.0 ?x822)))
 (let (($x383 (and (= 0.0 (+ (* ?x144 p_i_u) sum_n_13)) $x592)))
 (let (($x461 (and (not $x383) $x592)))
 (let (($x121 (and (= 0.0 (+ (* ?x395 p_i_t) sum_n_12)) $x160)))
 (let (($x444 (and (not $x121) $x160)))
 (let (($x83 (and (= 0.0 (+ (* ?x144 p_i_t) sum_n_12)) $x592)))
 (let (($x280 (and (not $x83) $x592)))
 (and (not (or $x280 $x83)) (not (or $x444 $x121)) (not (or $x461 $x383)) (not (or $x727 $x227))))))))))))))))))
(assert
 (let ((?x144 (* b_i b_i)))
(let ((?x822 (+ ?x144 sum_n_15)))
(let ((?x85 (+ (* ?x144 p_i_u) sum_n_13)))
(let ((?x31 (/ ?x85 ?x822)))
(let ((?x35 (- p_i_u ?x31)))
(let ((?x138 (+ (* ?x144 p_i_t) sum_n_12)))
(let ((?x206 (/ ?x138 ?x822)))
(let ((?x395 (* x_raised x_raised)))
(let ((?x416 (+ ?x395 sum_n_15)))
(let ((?x709 (+ (* ?x395 p_i_t) sum_n_12)))
(let ((?x490 (/ ?x709 ?x416)))
(let ((?x465 (- ?x490 ?x206)))
(let ((?x480 (* ?x465 ?x35)))
(let ((?x274 (- p_i_t ?x206)))
(let ((?x277 (+ (* ?x395 p_i_u) sum_n_13)))
(let ((?x526 (/ ?x277 ?x416)))
(let ((?x99 (- ?x526 ?x31)))
(let ((?x767 (* ?x99 ?x274)))
(or (< ?x480 ?x767) (< ?x767 ?x480)))))))))))))))))))))
(check-sat)
