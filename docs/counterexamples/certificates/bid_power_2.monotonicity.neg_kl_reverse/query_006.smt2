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
 (let ((?x469 (* b_i b_i)))
 (let ((?x100 (+ ?x469 sum_n_15)))
 (let (($x359 (= 0.0 ?x100)))
 (let (($x702 (and (= 0.0 (+ (* ?x469 p_i_t) sum_n_12)) $x359)))
 (let (($x86 (and (not $x702) $x359)))
 (not (or $x86 $x702))))))))
(assert
 (let ((?x469 (* b_i b_i)))
 (let ((?x100 (+ ?x469 sum_n_15)))
 (let (($x359 (= 0.0 ?x100)))
 (let (($x702 (and (= 0.0 (+ (* ?x469 p_i_t) sum_n_12)) $x359)))
 (let (($x86 (and (not $x702) $x359)))
 (let (($x565 (not (or $x86 $x702))))
 (let (($x595 (not $x565)))
 (not $x595)))))))))
(assert
 (let ((?x469 (* b_i b_i)))
 (let ((?x100 (+ ?x469 sum_n_15)))
 (let ((?x313 (* ?x469 p_i_t)))
 (let ((?x33 (+ ?x313 sum_n_12)))
 (let ((?x637 (/ ?x33 ?x100)))
 (let (($x333 (< ?x637 0.0)))
 (not $x333))))))))
(assert
 (let ((?x469 (* b_i b_i)))
(let ((?x100 (+ ?x469 sum_n_15)))
(let ((?x624 (* ?x469 1.0)))
(let ((?x811 (+ ?x624 sum_n_15)))
(let ((?x426 (/ ?x811 ?x100)))
(let (($x359 (= 0.0 ?x100)))
(let (($x35 (and (= 0.0 ?x811) $x359)))
(let (($x669 (and (not $x35) $x359)))
(or (not (not (or $x669 $x35))) (and (distinct ?x426 1.0) true)))))))))))
(check-sat)
