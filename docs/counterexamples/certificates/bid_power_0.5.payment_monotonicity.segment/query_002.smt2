; bid_power_0.5, every n and k: no segment violation
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
(declare-fun abs_pow1_2_1 () Real)
(declare-fun abs_pow1_2_2 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
(declare-fun sum_n_16 () Real)
(declare-fun sum_n_17 () Real)
(declare-fun x_raised () Real)
(declare-fun abs_pow1_2_3 () Real)
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
 (let (($x139 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x629 (< 0.0 b_i)))
 (=> $x629 $x139))))
(assert
 (let (($x230 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x153 (< 0.0 b_J)))
 (=> $x153 $x230))))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_16 0.0))
(assert
 (>= sum_n_17 0.0))
(assert
 (>= sum_n_17 sum_n_14))
(assert
 (>= sum_n_17 sum_n_15))
(assert
 (let (($x411 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x504 (< 0.0 x_raised)))
 (=> $x504 $x411))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x504 (< 0.0 x_raised)))
 (let ((?x308 (ite $x504 abs_pow1_2_3 0.0)))
 (let ((?x273 (+ ?x308 sum_n_17)))
 (let (($x526 (> 0.0 x_raised)))
 (let (($x90 (not $x526)))
 (let (($x185 (and $x90 (= 0.0 ?x273))))
 (let (($x644 (or $x526 $x526 (and (and $x90 (= 0.0 (+ (* ?x308 p_i_u) sum_n_15))) $x185))))
 (let (($x540 (and $x90 $x185)))
 (let (($x163 (and (not $x644) $x540)))
 (let (($x629 (< 0.0 b_i)))
 (let ((?x372 (ite $x629 abs_pow1_2_1 0.0)))
 (let ((?x764 (+ ?x372 sum_n_17)))
 (let (($x133 (= 0.0 ?x764)))
 (let (($x187 (and (= 0.0 (+ (* ?x372 p_i_u) sum_n_15)) $x133)))
 (let (($x132 (and (not $x187) $x133)))
 (let (($x696 (or $x526 $x526 (and (and $x90 (= 0.0 (+ (* ?x308 p_i_t) sum_n_14))) $x185))))
 (let (($x579 (and (not $x696) $x540)))
 (let (($x281 (and (= 0.0 (+ (* ?x372 p_i_t) sum_n_14)) $x133)))
 (let (($x195 (and (not $x281) $x133)))
 (and (not (or $x195 $x281)) (not (or $x579 $x696)) (not (or $x132 $x187)) (not (or $x163 $x644)))))))))))))))))))))))
(assert
 (let (($x629 (< 0.0 b_i)))
(let ((?x372 (ite $x629 abs_pow1_2_1 0.0)))
(let ((?x764 (+ ?x372 sum_n_17)))
(let ((?x545 (+ (* ?x372 p_i_u) sum_n_15)))
(let ((?x810 (/ ?x545 ?x764)))
(let (($x504 (< 0.0 x_raised)))
(let ((?x308 (ite $x504 abs_pow1_2_3 0.0)))
(let ((?x273 (+ ?x308 sum_n_17)))
(let ((?x79 (+ (* ?x308 p_i_u) sum_n_15)))
(let ((?x474 (/ ?x79 ?x273)))
(let ((?x157 (- ?x474 ?x810)))
(or (> 0.0 (* ?x157 (- p_i_u ?x810))) (< (* (- p_i_u ?x810) (- p_i_u ?x810)) (* ?x157 ?x157)))))))))))))))
(check-sat)
