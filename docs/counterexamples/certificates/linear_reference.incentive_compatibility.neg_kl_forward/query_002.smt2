; linear_reference, every n and k: no segment violation
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
(declare-fun zero_is_negative!1960 () Bool)
(declare-fun zero_is_negative!1954 () Bool)
(declare-fun zero_is_negative!1959 () Bool)
(declare-fun zero_is_negative!1953 () Bool)
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
 (let ((?x55 (+ x_raised sum_n_15)))
 (let ((?x425 (+ ?x55 1.0)))
 (let (($x303 (= 0.0 ?x425)))
 (let ((?x495 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x66 (/ 1.0 ?x495)))
 (let ((?x294 (* 1.0 ?x66)))
 (let ((?x134 (+ (+ (* x_raised p_i_u) sum_n_13) ?x294)))
 (let (($x665 (and (not (= 0.0 ?x495)) (< 0.0 ?x66))))
 (let (($x549 (= 0.0 ?x495)))
 (let (($x270 (or (and $x549 (ite $x549 zero_is_negative!1960 (not (> 0.0 ?x495)))) $x665)))
 (let (($x371 (and $x549 (not $x270))))
 (let (($x118 (and $x549 $x270)))
 (let (($x188 (or $x118 $x371)))
 (let (($x449 (not $x188)))
 (let (($x487 (and (and $x449 (= 0.0 ?x134)) $x303)))
 (let (($x647 (and (not $x487) (or $x188 (and $x449 $x303)))))
 (let ((?x145 (+ b_i sum_n_15)))
 (let ((?x197 (+ ?x145 1.0)))
 (let (($x278 (= 0.0 ?x197)))
 (let (($x92 (or (and $x549 (ite $x549 zero_is_negative!1954 (not (> 0.0 ?x495)))) $x665)))
 (let (($x163 (and $x549 (not $x92))))
 (let (($x380 (and $x549 $x92)))
 (let (($x772 (or $x380 $x163)))
 (let (($x367 (not $x772)))
 (let (($x657 (and (and $x367 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x294))) $x278)))
 (let (($x444 (and (not $x657) (or $x772 (and $x367 $x278)))))
 (let (($x107 (or (and $x549 (ite $x549 zero_is_negative!1959 (not (> 0.0 ?x495)))) $x665)))
 (let (($x83 (and $x549 (not $x107))))
 (let (($x159 (and $x549 $x107)))
 (let (($x658 (or $x159 $x83)))
 (let (($x119 (not $x658)))
 (let (($x342 (and (and $x119 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x294))) $x303)))
 (let (($x490 (and (not $x342) (or $x658 (and $x119 $x303)))))
 (let (($x454 (or (and $x549 (ite $x549 zero_is_negative!1953 (not (> 0.0 ?x495)))) $x665)))
 (let (($x65 (and $x549 (not $x454))))
 (let (($x187 (and $x549 $x454)))
 (let (($x577 (or $x187 $x65)))
 (let (($x426 (not $x577)))
 (let (($x745 (and (and $x426 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x294))) $x278)))
 (let (($x493 (and (not $x745) (or $x577 (and $x426 $x278)))))
 (and (not (or $x493 $x745)) (not (or $x490 $x342)) (not (or $x444 $x657)) (not (or $x647 $x487))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x145 (+ b_i sum_n_15)))
(let ((?x197 (+ ?x145 1.0)))
(let ((?x495 (+ 2.0 (+ (- 2.0) k))))
(let ((?x66 (/ 1.0 ?x495)))
(let ((?x294 (* 1.0 ?x66)))
(let ((?x355 (+ (+ (* b_i p_i_u) sum_n_13) ?x294)))
(let ((?x717 (/ ?x355 ?x197)))
(let ((?x55 (+ x_raised sum_n_15)))
(let ((?x425 (+ ?x55 1.0)))
(let ((?x134 (+ (+ (* x_raised p_i_u) sum_n_13) ?x294)))
(let ((?x764 (/ ?x134 ?x425)))
(let ((?x277 (- ?x764 ?x717)))
(or (> 0.0 (* ?x277 (- p_i_u ?x717))) (< (* (- p_i_u ?x717) (- p_i_u ?x717)) (* ?x277 ?x277))))))))))))))))
(check-sat)
