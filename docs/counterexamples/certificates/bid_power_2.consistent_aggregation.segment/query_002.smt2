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
 (let ((?x763 (* x_raised x_raised)))
 (let ((?x4650 (+ ?x763 sum_n_15)))
 (let (($x570 (= 0.0 ?x4650)))
 (let (($x6705 (and (= 0.0 (+ (* ?x763 p_i_u) sum_n_13)) $x570)))
 (let (($x6009 (and (not $x6705) $x570)))
 (let ((?x3311 (* b_i b_i)))
 (let ((?x3792 (+ ?x3311 sum_n_15)))
 (let (($x4975 (= 0.0 ?x3792)))
 (let (($x1774 (and (= 0.0 (+ (* ?x3311 p_i_u) sum_n_13)) $x4975)))
 (let (($x7448 (and (not $x1774) $x4975)))
 (let (($x271 (and (= 0.0 (+ (* ?x763 p_i_t) sum_n_12)) $x570)))
 (let (($x4826 (and (not $x271) $x570)))
 (let (($x5542 (and (= 0.0 (+ (* ?x3311 p_i_t) sum_n_12)) $x4975)))
 (let (($x993 (and (not $x5542) $x4975)))
 (and (not (or $x993 $x5542)) (not (or $x4826 $x271)) (not (or $x7448 $x1774)) (not (or $x6009 $x6705))))))))))))))))))
(assert
 (let ((?x3311 (* b_i b_i)))
(let ((?x3792 (+ ?x3311 sum_n_15)))
(let ((?x6177 (+ (* ?x3311 p_i_u) sum_n_13)))
(let ((?x8335 (/ ?x6177 ?x3792)))
(let ((?x763 (* x_raised x_raised)))
(let ((?x4650 (+ ?x763 sum_n_15)))
(let ((?x6031 (+ (* ?x763 p_i_u) sum_n_13)))
(let ((?x3028 (/ ?x6031 ?x4650)))
(let ((?x7779 (- ?x3028 ?x8335)))
(or (> 0.0 (* ?x7779 (- p_i_u ?x8335))) (< (* (- p_i_u ?x8335) (- p_i_u ?x8335)) (* ?x7779 ?x7779)))))))))))))
(check-sat)
