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
 (let ((?x2051 (* x_raised x_raised)))
 (let ((?x3638 (+ ?x2051 sum_n_15)))
 (let (($x3190 (= 0.0 ?x3638)))
 (let (($x2020 (and (= 0.0 (+ (* ?x2051 p_i_u) sum_n_13)) $x3190)))
 (let (($x3281 (and (not $x2020) $x3190)))
 (let ((?x1150 (* b_i b_i)))
 (let ((?x3243 (+ ?x1150 sum_n_15)))
 (let (($x3543 (= 0.0 ?x3243)))
 (let (($x104 (and (= 0.0 (+ (* ?x1150 p_i_u) sum_n_13)) $x3543)))
 (let (($x2789 (and (not $x104) $x3543)))
 (let (($x3291 (and (= 0.0 (+ (* ?x2051 p_i_t) sum_n_12)) $x3190)))
 (let (($x1845 (and (not $x3291) $x3190)))
 (let (($x3289 (and (= 0.0 (+ (* ?x1150 p_i_t) sum_n_12)) $x3543)))
 (let (($x2061 (and (not $x3289) $x3543)))
 (and (not (or $x2061 $x3289)) (not (or $x1845 $x3291)) (not (or $x2789 $x104)) (not (or $x3281 $x2020))))))))))))))))))
(assert
 (let ((?x1150 (* b_i b_i)))
(let ((?x3243 (+ ?x1150 sum_n_15)))
(let ((?x24 (+ (* ?x1150 p_i_u) sum_n_13)))
(let ((?x3405 (/ ?x24 ?x3243)))
(let ((?x3547 (- p_i_u ?x3405)))
(let ((?x830 (+ (* ?x1150 p_i_t) sum_n_12)))
(let ((?x2533 (/ ?x830 ?x3243)))
(let ((?x2051 (* x_raised x_raised)))
(let ((?x3638 (+ ?x2051 sum_n_15)))
(let ((?x2725 (+ (* ?x2051 p_i_t) sum_n_12)))
(let ((?x1570 (/ ?x2725 ?x3638)))
(let ((?x1206 (- ?x1570 ?x2533)))
(let ((?x2235 (* ?x1206 ?x3547)))
(let ((?x2439 (- p_i_t ?x2533)))
(let ((?x3264 (+ (* ?x2051 p_i_u) sum_n_13)))
(let ((?x3476 (/ ?x3264 ?x3638)))
(let ((?x2884 (- ?x3476 ?x3405)))
(let ((?x2486 (* ?x2884 ?x2439)))
(or (< ?x2235 ?x2486) (< ?x2486 ?x2235)))))))))))))))))))))
(check-sat)
