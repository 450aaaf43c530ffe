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
 (let ((?x2697 (* x_raised x_raised)))
 (let ((?x2754 (+ ?x2697 sum_n_15)))
 (let (($x965 (= 0.0 ?x2754)))
 (let (($x3449 (and (= 0.0 (+ (* ?x2697 p_i_u) sum_n_13)) $x965)))
 (let (($x1700 (and (not $x3449) $x965)))
 (let ((?x1202 (* b_i b_i)))
 (let ((?x2807 (+ ?x1202 sum_n_15)))
 (let (($x835 (= 0.0 ?x2807)))
 (let (($x2394 (and (= 0.0 (+ (* ?x1202 p_i_u) sum_n_13)) $x835)))
 (let (($x1750 (and (not $x2394) $x835)))
 (let (($x2789 (and (= 0.0 (+ (* ?x2697 p_i_t) sum_n_12)) $x965)))
 (let (($x3404 (and (not $x2789) $x965)))
 (let (($x2213 (and (= 0.0 (+ (* ?x1202 p_i_t) sum_n_12)) $x835)))
 (let (($x3386 (and (not $x2213) $x835)))
 (and (not (or $x3386 $x2213)) (not (or $x3404 $x2789)) (not (or $x1750 $x2394)) (not (or $x1700 $x3449))))))))))))))))))
(assert
 (let ((?x1202 (* b_i b_i)))
(let ((?x2807 (+ ?x1202 sum_n_15)))
(let ((?x2902 (+ (* ?x1202 p_i_u) sum_n_13)))
(let ((?x1865 (/ ?x2902 ?x2807)))
(let ((?x2698 (- p_i_u ?x1865)))
(let ((?x3450 (+ (* ?x1202 p_i_t) sum_n_12)))
(let ((?x528 (/ ?x3450 ?x2807)))
(let ((?x2697 (* x_raised x_raised)))
(let ((?x2754 (+ ?x2697 sum_n_15)))
(let ((?x2051 (+ (* ?x2697 p_i_t) sum_n_12)))
(let ((?x3264 (/ ?x2051 ?x2754)))
(let ((?x24 (- ?x3264 ?x528)))
(let ((?x1375 (* ?x24 ?x2698)))
(let ((?x886 (- p_i_t ?x528)))
(let ((?x1078 (+ (* ?x2697 p_i_u) sum_n_13)))
(let ((?x3515 (/ ?x1078 ?x2754)))
(let ((?x3243 (- ?x3515 ?x1865)))
(let ((?x150 (* ?x3243 ?x886)))
(or (< ?x1375 ?x150) (< ?x150 ?x1375)))))))))))))))))))))
(check-sat)
