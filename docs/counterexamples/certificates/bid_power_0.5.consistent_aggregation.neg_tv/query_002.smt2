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
 (let (($x471 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x535 (< 0.0 b_i)))
 (=> $x535 $x471))))
(assert
 (let (($x268 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x397 (< 0.0 b_J)))
 (=> $x397 $x268))))
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
 (let (($x727 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x93 (< 0.0 x_raised)))
 (=> $x93 $x727))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x93 (< 0.0 x_raised)))
 (let ((?x706 (ite $x93 abs_pow1_2_3 0.0)))
 (let ((?x124 (+ ?x706 sum_n_17)))
 (let (($x503 (> 0.0 x_raised)))
 (let (($x572 (not $x503)))
 (let (($x770 (and $x572 (= 0.0 ?x124))))
 (let (($x87 (or $x503 $x503 (and (and $x572 (= 0.0 (+ (* ?x706 p_i_u) sum_n_15))) $x770))))
 (let (($x623 (and $x572 $x770)))
 (let (($x191 (and (not $x87) $x623)))
 (let (($x535 (< 0.0 b_i)))
 (let ((?x787 (ite $x535 abs_pow1_2_1 0.0)))
 (let ((?x45 (+ ?x787 sum_n_17)))
 (let (($x180 (= 0.0 ?x45)))
 (let (($x631 (and (= 0.0 (+ (* ?x787 p_i_u) sum_n_15)) $x180)))
 (let (($x393 (and (not $x631) $x180)))
 (let (($x221 (or $x503 $x503 (and (and $x572 (= 0.0 (+ (* ?x706 p_i_t) sum_n_14))) $x770))))
 (let (($x629 (and (not $x221) $x623)))
 (let (($x680 (and (= 0.0 (+ (* ?x787 p_i_t) sum_n_14)) $x180)))
 (let (($x399 (and (not $x680) $x180)))
 (and (not (or $x399 $x680)) (not (or $x629 $x221)) (not (or $x393 $x631)) (not (or $x191 $x87)))))))))))))))))))))))
(assert
 (let (($x535 (< 0.0 b_i)))
(let ((?x787 (ite $x535 abs_pow1_2_1 0.0)))
(let ((?x45 (+ ?x787 sum_n_17)))
(let ((?x516 (+ (* ?x787 p_i_u) sum_n_15)))
(let ((?x466 (/ ?x516 ?x45)))
(let (($x93 (< 0.0 x_raised)))
(let ((?x706 (ite $x93 abs_pow1_2_3 0.0)))
(let ((?x124 (+ ?x706 sum_n_17)))
(let ((?x52 (+ (* ?x706 p_i_u) sum_n_15)))
(let ((?x716 (/ ?x52 ?x124)))
(let ((?x183 (- ?x716 ?x466)))
(or (> 0.0 (* ?x183 (- p_i_u ?x466))) (< (* (- p_i_u ?x466) (- p_i_u ?x466)) (* ?x183 ?x183)))))))))))))))
(check-sat)
