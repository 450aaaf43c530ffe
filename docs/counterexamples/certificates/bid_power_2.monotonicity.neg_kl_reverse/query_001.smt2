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
 (let ((?x233 (* x_raised x_raised)))
 (let ((?x262 (+ ?x233 sum_n_15)))
 (let (($x394 (= 0.0 ?x262)))
 (let (($x670 (and (= 0.0 (+ (* ?x233 p_i_u) sum_n_13)) $x394)))
 (let (($x776 (and (not $x670) $x394)))
 (let ((?x86 (* b_i b_i)))
 (let ((?x261 (+ ?x86 sum_n_15)))
 (let (($x374 (= 0.0 ?x261)))
 (let (($x547 (and (= 0.0 (+ (* ?x86 p_i_u) sum_n_13)) $x374)))
 (let (($x605 (and (not $x547) $x374)))
 (let (($x79 (and (= 0.0 (+ (* ?x233 p_i_t) sum_n_12)) $x394)))
 (let (($x592 (and (not $x79) $x394)))
 (let (($x240 (and (= 0.0 (+ (* ?x86 p_i_t) sum_n_12)) $x374)))
 (let (($x156 (and (not $x240) $x374)))
 (and (not (or $x156 $x240)) (not (or $x592 $x79)) (not (or $x605 $x547)) (not (or $x776 $x670))))))))))))))))))
(assert
 (let ((?x86 (* b_i b_i)))
(let ((?x261 (+ ?x86 sum_n_15)))
(let ((?x144 (+ (* ?x86 p_i_t) sum_n_12)))
(let ((?x457 (/ ?x144 ?x261)))
(let ((?x233 (* x_raised x_raised)))
(let ((?x262 (+ ?x233 sum_n_15)))
(let ((?x395 (+ (* ?x233 p_i_t) sum_n_12)))
(let ((?x246 (/ ?x395 ?x262)))
(let ((?x315 (- ?x246 ?x457)))
(or (> 0.0 (* ?x315 (- p_i_t ?x457))) (< (* (- p_i_t ?x457) (- p_i_t ?x457)) (* ?x315 ?x315)))))))))))))
(check-sat)
