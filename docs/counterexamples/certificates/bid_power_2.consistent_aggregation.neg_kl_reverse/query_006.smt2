; bid_power_2, every n and k: the outputs sum to 1 wherever q(t) is finite
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
 (let ((?x272 (* b_i b_i)))
 (let ((?x67 (+ ?x272 sum_n_15)))
 (let (($x445 (= 0.0 ?x67)))
 (let (($x100 (and (= 0.0 (+ (* ?x272 p_i_t) sum_n_12)) $x445)))
 (let (($x572 (and (not $x100) $x445)))
 (not (or $x572 $x100))))))))
(assert
 (let ((?x272 (* b_i b_i)))
 (let ((?x67 (+ ?x272 sum_n_15)))
 (let (($x445 (= 0.0 ?x67)))
 (let (($x100 (and (= 0.0 (+ (* ?x272 p_i_t) sum_n_12)) $x445)))
 (let (($x572 (and (not $x100) $x445)))
 (let (($x459 (not (or $x572 $x100))))
 (let (($x207 (not $x459)))
 (not $x207)))))))))
(assert
 (let ((?x272 (* b_i b_i)))
 (let ((?x67 (+ ?x272 sum_n_15)))
 (let ((?x281 (* ?x272 p_i_t)))
 (let ((?x111 (+ ?x281 sum_n_12)))
 (let ((?x822 (/ ?x111 ?x67)))
 (let (($x51 (< ?x822 0.0)))
 (not $x51))))))))
(assert
 (let ((?x272 (* b_i b_i)))
(let ((?x67 (+ ?x272 sum_n_15)))
(let ((?x612 (* ?x272 1.0)))
(let ((?x369 (+ ?x612 sum_n_15)))
(let ((?x624 (/ ?x369 ?x67)))
(let (($x445 (= 0.0 ?x67)))
(let (($x681 (and (= 0.0 ?x369) $x445)))
(let (($x472 (and (not $x681) $x445)))
(or (not (not (or $x472 $x681))) (and (distinct ?x624 1.0) true)))))))))))
(check-sat)
