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
 (let ((?x343 (+ x_raised sum_n_15)))
 (let (($x75 (= 0.0 ?x343)))
 (let (($x113 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x75)))
 (let (($x162 (and (not $x113) $x75)))
 (let ((?x33 (+ b_i sum_n_15)))
 (let (($x42 (= 0.0 ?x33)))
 (let (($x111 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x42)))
 (let (($x36 (and (not $x111) $x42)))
 (let (($x330 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x75)))
 (let (($x133 (and (not $x330) $x75)))
 (let (($x157 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x42)))
 (let (($x116 (and (not $x157) $x42)))
 (and (not (or $x116 $x157)) (not (or $x133 $x330)) (not (or $x36 $x111)) (not (or $x162 $x113))))))))))))))))
(assert
 (let ((?x33 (+ b_i sum_n_15)))
(let ((?x48 (* b_i p_i_u)))
(let ((?x114 (+ ?x48 sum_n_13)))
(let ((?x180 (/ ?x114 ?x33)))
(let ((?x168 (- p_i_u ?x180)))
(let ((?x109 (* b_i p_i_t)))
(let ((?x52 (+ ?x109 sum_n_12)))
(let ((?x102 (/ ?x52 ?x33)))
(let ((?x343 (+ x_raised sum_n_15)))
(let ((?x182 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x164 (/ ?x182 ?x343)))
(let ((?x239 (- ?x164 ?x102)))
(let ((?x106 (* ?x239 ?x168)))
(let ((?x189 (- p_i_t ?x102)))
(let ((?x90 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x104 (/ ?x90 ?x343)))
(let ((?x55 (- ?x104 ?x180)))
(let ((?x35 (* ?x55 ?x189)))
(or (< ?x106 ?x35) (< ?x35 ?x106)))))))))))))))))))))
(check-sat)
