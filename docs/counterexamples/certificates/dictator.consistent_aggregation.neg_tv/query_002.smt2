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
 (let ((?x1589 (- n 1.0)))
 (let (($x1675 (>= ?x1589 1.0)))
 (=> $x1675 (>= max_n_12 b_J)))))
(assert
 (let (($x1456 (>= max_n_12 0.0)))
 (let ((?x1589 (- n 1.0)))
 (let (($x1675 (>= ?x1589 1.0)))
 (=> $x1675 $x1456)))))
(assert
 (let ((?x1589 (- n 1.0)))
 (let (($x1675 (>= ?x1589 1.0)))
 (let (($x3525 (not $x1675)))
 (=> $x3525 wins_13)))))
(assert
 (=> (and (>= (- n 1.0) 1.0) (> b_i max_n_12)) wins_13))
(assert
 (let (($x1862 (not wins_13)))
 (=> (and (>= (- n 1.0) 1.0) (< b_i max_n_12)) $x1862)))
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
 (let ((?x1589 (- n 1.0)))
 (let (($x1675 (>= ?x1589 1.0)))
 (let (($x3525 (not $x1675)))
 (=> $x3525 wins_19)))))
(assert
 (=> (and (>= (- n 1.0) 1.0) (> x_raised max_n_12)) wins_19))
(assert
 (let (($x1308 (not wins_19)))
 (=> (and (>= (- n 1.0) 1.0) (< x_raised max_n_12)) $x1308)))
(assert
 (=> (and (<= x_raised b_i) wins_19) wins_13))
(assert
 (=> (and (<= b_i x_raised) wins_13) wins_19))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x1153 (+ (* (ite wins_13 1.0 0.0) p_i_u) (+ sum_n_17 (* (- 1.0) (* sum_n_17 (ite wins_13 1.0 0.0)))))))
(let ((?x2150 (- p_i_u ?x1153)))
(let ((?x3362 (ite wins_13 1.0 0.0)))
(let ((?x2510 (* ?x3362 p_i_t)))
(let ((?x5900 (+ ?x2510 (+ sum_n_16 (* (- 1.0) (* sum_n_16 ?x3362))))))
(let ((?x3430 (ite wins_19 1.0 0.0)))
(let ((?x3353 (* ?x3430 p_i_t)))
(let ((?x5374 (+ ?x3353 (+ sum_n_16 (* (- 1.0) (* sum_n_16 ?x3430))))))
(let ((?x1005 (- ?x5374 ?x5900)))
(let ((?x1473 (* ?x1005 ?x2150)))
(let ((?x3669 (- p_i_t ?x5900)))
(let ((?x5360 (+ (* ?x3430 p_i_u) (+ sum_n_17 (* (- 1.0) (* sum_n_17 ?x3430))))))
(let ((?x2602 (- ?x5360 ?x1153)))
(let ((?x5441 (* ?x2602 ?x3669)))
(or (< ?x1473 ?x5441) (< ?x5441 ?x1473)))))))))))))))))
(check-sat)
