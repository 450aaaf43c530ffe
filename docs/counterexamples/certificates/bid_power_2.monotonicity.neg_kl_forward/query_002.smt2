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
 (let ((?x619 (* x_raised x_raised)))
 (let ((?x57 (+ ?x619 sum_n_15)))
 (let (($x159 (= 0.0 ?x57)))
 (let (($x444 (and (= 0.0 (+ (* ?x619 p_i_u) sum_n_13)) $x159)))
 (let (($x814 (and (not $x444) $x159)))
 (let ((?x647 (* b_i b_i)))
 (let ((?x82 (+ ?x647 sum_n_15)))
 (let (($x673 (= 0.0 ?x82)))
 (let (($x569 (and (= 0.0 (+ (* ?x647 p_i_u) sum_n_13)) $x673)))
 (let (($x127 (and (not $x569) $x673)))
 (let (($x121 (and (= 0.0 (+ (* ?x619 p_i_t) sum_n_12)) $x159)))
 (let (($x525 (and (not $x121) $x159)))
 (let (($x138 (and (= 0.0 (+ (* ?x647 p_i_t) sum_n_12)) $x673)))
 (let (($x445 (and (not $x138) $x673)))
 (and (not (or $x445 $x138)) (not (or $x525 $x121)) (not (or $x127 $x569)) (not (or $x814 $x444))))))))))))))))))
(assert
 (let ((?x647 (* b_i b_i)))
(let ((?x82 (+ ?x647 sum_n_15)))
(let ((?x309 (+ (* ?x647 p_i_u) sum_n_13)))
(let ((?x577 (/ ?x309 ?x82)))
(let ((?x619 (* x_raised x_raised)))
(let ((?x57 (+ ?x619 sum_n_15)))
(let ((?x58 (+ (* ?x619 p_i_u) sum_n_13)))
(let ((?x578 (/ ?x58 ?x57)))
(let ((?x101 (- ?x578 ?x577)))
(or (> 0.0 (* ?x101 (- p_i_u ?x577))) (< (* (- p_i_u ?x577) (- p_i_u ?x577)) (* ?x101 ?x101)))))))))))))
(check-sat)
