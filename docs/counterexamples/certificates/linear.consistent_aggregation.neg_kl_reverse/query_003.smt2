; linear, every n and k: no segment violation
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
 (let ((?x246 (+ x_raised sum_n_15)))
 (let (($x172 (= 0.0 ?x246)))
 (let (($x206 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x172)))
 (let (($x193 (and (not $x206) $x172)))
 (let ((?x55 (+ b_i sum_n_15)))
 (let (($x473 (= 0.0 ?x55)))
 (let (($x214 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x473)))
 (let (($x40 (and (not $x214) $x473)))
 (let (($x161 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x172)))
 (let (($x277 (and (not $x161) $x172)))
 (let (($x32 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x473)))
 (let (($x119 (and (not $x32) $x473)))
 (and (not (or $x119 $x32)) (not (or $x277 $x161)) (not (or $x40 $x214)) (not (or $x193 $x206))))))))))))))))
(assert
 (let ((?x55 (+ b_i sum_n_15)))
(let ((?x301 (* b_i p_i_u)))
(let ((?x156 (+ ?x301 sum_n_13)))
(let ((?x181 (/ ?x156 ?x55)))
(let ((?x421 (- p_i_u ?x181)))
(let ((?x427 (* b_i p_i_t)))
(let ((?x233 (+ ?x427 sum_n_12)))
(let ((?x127 (/ ?x233 ?x55)))
(let ((?x246 (+ x_raised sum_n_15)))
(let ((?x152 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x186 (/ ?x152 ?x246)))
(let ((?x155 (- ?x186 ?x127)))
(let ((?x470 (* ?x155 ?x421)))
(let ((?x189 (- p_i_t ?x127)))
(let ((?x91 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x426 (/ ?x91 ?x246)))
(let ((?x278 (- ?x426 ?x181)))
(let ((?x374 (* ?x278 ?x189)))
(or (< ?x470 ?x374) (< ?x374 ?x470)))))))))))))))))))))
(check-sat)
