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
 (let ((?x418 (* x_raised x_raised)))
 (let ((?x470 (+ ?x418 sum_n_15)))
 (let (($x102 (= 0.0 ?x470)))
 (let (($x81 (and (= 0.0 (+ (* ?x418 p_i_u) sum_n_13)) $x102)))
 (let (($x580 (and (not $x81) $x102)))
 (let ((?x437 (* b_i b_i)))
 (let ((?x249 (+ ?x437 sum_n_15)))
 (let (($x410 (= 0.0 ?x249)))
 (let (($x756 (and (= 0.0 (+ (* ?x437 p_i_u) sum_n_13)) $x410)))
 (let (($x125 (and (not $x756) $x410)))
 (let (($x121 (and (= 0.0 (+ (* ?x418 p_i_t) sum_n_12)) $x102)))
 (let (($x565 (and (not $x121) $x102)))
 (let (($x138 (and (= 0.0 (+ (* ?x437 p_i_t) sum_n_12)) $x410)))
 (let (($x654 (and (not $x138) $x410)))
 (and (not (or $x654 $x138)) (not (or $x565 $x121)) (not (or $x125 $x756)) (not (or $x580 $x81))))))))))))))))))
(assert
 (let ((?x437 (* b_i b_i)))
(let ((?x249 (+ ?x437 sum_n_15)))
(let ((?x127 (+ (* ?x437 p_i_u) sum_n_13)))
(let ((?x769 (/ ?x127 ?x249)))
(let ((?x418 (* x_raised x_raised)))
(let ((?x470 (+ ?x418 sum_n_15)))
(let ((?x581 (+ (* ?x418 p_i_u) sum_n_13)))
(let ((?x334 (/ ?x581 ?x470)))
(let ((?x283 (- ?x334 ?x769)))
(or (> 0.0 (* ?x283 (- p_i_u ?x769))) (< (* (- p_i_u ?x769) (- p_i_u ?x769)) (* ?x283 ?x283)))))))))))))
(check-sat)
