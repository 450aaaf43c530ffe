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
 (let ((?x1907 (* x_raised x_raised)))
 (let ((?x3467 (+ ?x1907 sum_n_15)))
 (let (($x8554 (= 0.0 ?x3467)))
 (let (($x1768 (and (= 0.0 (+ (* ?x1907 p_i_u) sum_n_13)) $x8554)))
 (let (($x7105 (and (not $x1768) $x8554)))
 (let ((?x5166 (* b_i b_i)))
 (let ((?x3539 (+ ?x5166 sum_n_15)))
 (let (($x8176 (= 0.0 ?x3539)))
 (let (($x2130 (and (= 0.0 (+ (* ?x5166 p_i_u) sum_n_13)) $x8176)))
 (let (($x7246 (and (not $x2130) $x8176)))
 (let (($x3350 (and (= 0.0 (+ (* ?x1907 p_i_t) sum_n_12)) $x8554)))
 (let (($x6171 (and (not $x3350) $x8554)))
 (let (($x6260 (and (= 0.0 (+ (* ?x5166 p_i_t) sum_n_12)) $x8176)))
 (let (($x6045 (and (not $x6260) $x8176)))
 (and (not (or $x6045 $x6260)) (not (or $x6171 $x3350)) (not (or $x7246 $x2130)) (not (or $x7105 $x1768))))))))))))))))))
(assert
 (let ((?x5166 (* b_i b_i)))
(let ((?x3539 (+ ?x5166 sum_n_15)))
(let ((?x6481 (+ (* ?x5166 p_i_u) sum_n_13)))
(let ((?x4846 (/ ?x6481 ?x3539)))
(let ((?x466 (- p_i_u ?x4846)))
(let ((?x5543 (+ (* ?x5166 p_i_t) sum_n_12)))
(let ((?x8307 (/ ?x5543 ?x3539)))
(let ((?x1907 (* x_raised x_raised)))
(let ((?x3467 (+ ?x1907 sum_n_15)))
(let ((?x2754 (+ (* ?x1907 p_i_t) sum_n_12)))
(let ((?x7282 (/ ?x2754 ?x3467)))
(let ((?x5815 (- ?x7282 ?x8307)))
(let ((?x3611 (* ?x5815 ?x466)))
(let ((?x6786 (- p_i_t ?x8307)))
(let ((?x1575 (+ (* ?x1907 p_i_u) sum_n_13)))
(let ((?x1810 (/ ?x1575 ?x3467)))
(let ((?x3821 (- ?x1810 ?x4846)))
(let ((?x5234 (* ?x3821 ?x6786)))
(or (< ?x3611 ?x5234) (< ?x5234 ?x3611)))))))))))))))))))))
(check-sat)
