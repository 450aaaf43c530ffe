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
 (let ((?x2712 (* x_raised x_raised)))
 (let ((?x1112 (+ ?x2712 sum_n_15)))
 (let (($x2488 (= 0.0 ?x1112)))
 (let (($x3193 (and (= 0.0 (+ (* ?x2712 p_i_u) sum_n_13)) $x2488)))
 (let (($x2972 (and (not $x3193) $x2488)))
 (let ((?x1887 (* b_i b_i)))
 (let ((?x2648 (+ ?x1887 sum_n_15)))
 (let (($x3191 (= 0.0 ?x2648)))
 (let (($x2902 (and (= 0.0 (+ (* ?x1887 p_i_u) sum_n_13)) $x3191)))
 (let (($x352 (and (not $x2902) $x3191)))
 (let (($x451 (and (= 0.0 (+ (* ?x2712 p_i_t) sum_n_12)) $x2488)))
 (let (($x3211 (and (not $x451) $x2488)))
 (let (($x922 (and (= 0.0 (+ (* ?x1887 p_i_t) sum_n_12)) $x3191)))
 (let (($x3568 (and (not $x922) $x3191)))
 (and (not (or $x3568 $x922)) (not (or $x3211 $x451)) (not (or $x352 $x2902)) (not (or $x2972 $x3193))))))))))))))))))
(assert
 (let ((?x1887 (* b_i b_i)))
(let ((?x2648 (+ ?x1887 sum_n_15)))
(let ((?x3032 (+ (* ?x1887 p_i_u) sum_n_13)))
(let ((?x2697 (/ ?x3032 ?x2648)))
(let ((?x2712 (* x_raised x_raised)))
(let ((?x1112 (+ ?x2712 sum_n_15)))
(let ((?x1920 (+ (* ?x2712 p_i_u) sum_n_13)))
(let ((?x1865 (/ ?x1920 ?x1112)))
(let ((?x956 (- ?x1865 ?x2697)))
(or (> 0.0 (* ?x956 (- p_i_u ?x2697))) (< (* (- p_i_u ?x2697) (- p_i_u ?x2697)) (* ?x956 ?x956)))))))))))))
(check-sat)
