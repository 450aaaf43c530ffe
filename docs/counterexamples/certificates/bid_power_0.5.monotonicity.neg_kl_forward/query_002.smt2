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
 (let (($x445 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x317 (< 0.0 b_i)))
 (=> $x317 $x445))))
(assert
 (let (($x637 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x416 (< 0.0 b_J)))
 (=> $x416 $x637))))
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
 (let (($x373 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x692 (< 0.0 x_raised)))
 (=> $x692 $x373))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x692 (< 0.0 x_raised)))
 (let ((?x308 (ite $x692 abs_pow1_2_3 0.0)))
 (let ((?x296 (+ ?x308 sum_n_17)))
 (let (($x353 (> 0.0 x_raised)))
 (let (($x258 (not $x353)))
 (let (($x372 (and $x258 (= 0.0 ?x296))))
 (let (($x212 (or $x353 $x353 (and (and $x258 (= 0.0 (+ (* ?x308 p_i_u) sum_n_15))) $x372))))
 (let (($x706 (and $x258 $x372)))
 (let (($x449 (and (not $x212) $x706)))
 (let (($x317 (< 0.0 b_i)))
 (let ((?x125 (ite $x317 abs_pow1_2_1 0.0)))
 (let ((?x613 (+ ?x125 sum_n_17)))
 (let (($x113 (= 0.0 ?x613)))
 (let (($x459 (and (= 0.0 (+ (* ?x125 p_i_u) sum_n_15)) $x113)))
 (let (($x801 (and (not $x459) $x113)))
 (let (($x753 (or $x353 $x353 (and (and $x258 (= 0.0 (+ (* ?x308 p_i_t) sum_n_14))) $x372))))
 (let (($x727 (and (not $x753) $x706)))
 (let (($x693 (and (= 0.0 (+ (* ?x125 p_i_t) sum_n_14)) $x113)))
 (let (($x226 (and (not $x693) $x113)))
 (and (not (or $x226 $x693)) (not (or $x727 $x753)) (not (or $x801 $x459)) (not (or $x449 $x212)))))))))))))))))))))))
(assert
 (let (($x317 (< 0.0 b_i)))
(let ((?x125 (ite $x317 abs_pow1_2_1 0.0)))
(let ((?x613 (+ ?x125 sum_n_17)))
(let ((?x544 (+ (* ?x125 p_i_u) sum_n_15)))
(let ((?x315 (/ ?x544 ?x613)))
(let (($x692 (< 0.0 x_raised)))
(let ((?x308 (ite $x692 abs_pow1_2_3 0.0)))
(let ((?x296 (+ ?x308 sum_n_17)))
(let ((?x93 (+ (* ?x308 p_i_u) sum_n_15)))
(let ((?x239 (/ ?x93 ?x296)))
(let ((?x174 (- ?x239 ?x315)))
(or (> 0.0 (* ?x174 (- p_i_u ?x315))) (< (* (- p_i_u ?x315) (- p_i_u ?x315)) (* ?x174 ?x174)))))))))))))))
(check-sat)
