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
 (let (($x39 (>= (- n 1.0) 1.0)))
 (=> $x39 (>= max_n_12 b_J))))
(assert
 (let (($x43 (>= max_n_12 0.0)))
 (let (($x39 (>= (- n 1.0) 1.0)))
 (=> $x39 $x43))))
(assert
 (let (($x39 (>= (- n 1.0) 1.0)))
 (let (($x45 (not $x39)))
 (=> $x45 wins_13))))
(assert
 (=> (and (>= (- n 1.0) 1.0) (> b_i max_n_12)) wins_13))
(assert
 (let (($x53 (not wins_13)))
 (=> (and (>= (- n 1.0) 1.0) (< b_i max_n_12)) $x53)))
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
 (let (($x39 (>= (- n 1.0) 1.0)))
 (let (($x45 (not $x39)))
 (=> $x45 wins_19))))
(assert
 (=> (and (>= (- n 1.0) 1.0) (> x_raised max_n_12)) wins_19))
(assert
 (let (($x75 (not wins_19)))
 (=> (and (>= (- n 1.0) 1.0) (< x_raised max_n_12)) $x75)))
(assert
 (=> (and (<= x_raised b_i) wins_19) wins_13))
(assert
 (=> (and (<= b_i x_raised) wins_13) wins_19))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x102 (+ (* (ite wins_13 1.0 0.0) p_i_u) (+ sum_n_17 (* (- 1.0) (* sum_n_17 (ite wins_13 1.0 0.0)))))))
(let ((?x96 (+ (* (ite wins_13 1.0 0.0) p_i_t) (+ sum_n_16 (* (- 1.0) (* sum_n_16 (ite wins_13 1.0 0.0)))))))
(let ((?x90 (+ (* (ite wins_19 1.0 0.0) p_i_t) (+ sum_n_16 (* (- 1.0) (* sum_n_16 (ite wins_19 1.0 0.0)))))))
(let ((?x104 (* (- ?x90 ?x96) (- p_i_u ?x102))))
(let ((?x109 (+ (* (ite wins_19 1.0 0.0) p_i_u) (+ sum_n_17 (* (- 1.0) (* sum_n_17 (ite wins_19 1.0 0.0)))))))
(let ((?x112 (* (- ?x109 ?x102) (- p_i_t ?x96))))
(or (< ?x104 ?x112) (< ?x112 ?x104)))))))))
(check-sat)
