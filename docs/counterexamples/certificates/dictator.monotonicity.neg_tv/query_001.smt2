; dictator, every n and k: no segment violation
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
(declare-fun max_n_12 () Real)
(declare-fun wins_13 () Bool)
(declare-fun sum_n_15 () Real)
(declare-fun sum_n_16 () Real)
(declare-fun sum_n_17 () Real)
(declare-fun sum_n_18 () Real)
(declare-fun wins_19 () Bool)
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
 (let ((?x3535 (- n 1.0)))
 (let (($x1224 (>= ?x3535 1.0)))
 (=> $x1224 (>= max_n_12 b_J)))))
(assert
 (let (($x3949 (>= max_n_12 0.0)))
 (let ((?x3535 (- n 1.0)))
 (let (($x1224 (>= ?x3535 1.0)))
 (=> $x1224 $x3949)))))
(assert
 (let ((?x3535 (- n 1.0)))
 (let (($x1224 (>= ?x3535 1.0)))
 (let (($x735 (not $x1224)))
 (=> $x735 wins_13)))))
(assert
 (=> (and (>= (- n 1.0) 1.0) (> b_i max_n_12)) wins_13))
(assert
 (let (($x858 (not wins_13)))
 (=> (and (>= (- n 1.0) 1.0) (< b_i max_n_12)) $x858)))
(assert
 (>= sum_n_15 0.0))
(assert
 (= sum_n_15 (ite (>= (- n 1.0) 1.0) 1.0 0.0)))
(assert
 (>= sum_n_16 0.0))
(assert
 (<= sum_n_16 sum_n_15))
(assert
 (>= sum_n_17 0.0))
(assert
 (<= sum_n_17 sum_n_15))
(assert
 (>= sum_n_18 0.0))
(assert
 (let ((?x3535 (- n 1.0)))
 (let (($x1224 (>= ?x3535 1.0)))
 (let (($x735 (not $x1224)))
 (=> $x735 wins_19)))))
(assert
 (=> (and (>= (- n 1.0) 1.0) (> x_raised max_n_12)) wins_19))
(assert
 (let (($x2836 (not wins_19)))
 (=> (and (>= (- n 1.0) 1.0) (< x_raised max_n_12)) $x2836)))
(assert
 (=> (and (<= x_raised b_i) wins_19) wins_13))
(assert
 (=> (and (<= b_i x_raised) wins_13) wins_19))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x1778 (+ (* (ite wins_13 1.0 0.0) p_i_u) (+ sum_n_17 (* (- 1.0) (* sum_n_17 (ite wins_13 1.0 0.0)))))))
(let ((?x3356 (+ (* (ite wins_19 1.0 0.0) p_i_u) (+ sum_n_17 (* (- 1.0) (* sum_n_17 (ite wins_19 1.0 0.0)))))))
(let ((?x2541 (- ?x3356 ?x1778)))
(or (> 0.0 (* ?x2541 (- p_i_u ?x1778))) (< (* (- p_i_u ?x1778) (- p_i_u ?x1778)) (* ?x2541 ?x2541)))))))
(check-sat)
