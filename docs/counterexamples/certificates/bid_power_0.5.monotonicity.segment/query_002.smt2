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
 (let (($x1639 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x5320 (< 0.0 b_i)))
 (=> $x5320 $x1639))))
(assert
 (let (($x554 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x4180 (< 0.0 b_J)))
 (=> $x4180 $x554))))
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
 (let (($x5306 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x8371 (< 0.0 x_raised)))
 (=> $x8371 $x5306))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x8371 (< 0.0 x_raised)))
 (let ((?x7248 (ite $x8371 abs_pow1_2_3 0.0)))
 (let ((?x4430 (+ ?x7248 sum_n_17)))
 (let (($x4846 (> 0.0 x_raised)))
 (let (($x6628 (not $x4846)))
 (let (($x7228 (and $x6628 (= 0.0 ?x4430))))
 (let (($x5234 (or $x4846 $x4846 (and (and $x6628 (= 0.0 (+ (* ?x7248 p_i_u) sum_n_15))) $x7228))))
 (let (($x6091 (and $x6628 $x7228)))
 (let (($x2255 (and (not $x5234) $x6091)))
 (let (($x5320 (< 0.0 b_i)))
 (let ((?x75 (ite $x5320 abs_pow1_2_1 0.0)))
 (let ((?x1553 (+ ?x75 sum_n_17)))
 (let (($x3580 (= 0.0 ?x1553)))
 (let (($x2268 (and (= 0.0 (+ (* ?x75 p_i_u) sum_n_15)) $x3580)))
 (let (($x7408 (and (not $x2268) $x3580)))
 (let (($x6853 (or $x4846 $x4846 (and (and $x6628 (= 0.0 (+ (* ?x7248 p_i_t) sum_n_14))) $x7228))))
 (let (($x5367 (and (not $x6853) $x6091)))
 (let (($x103 (and (= 0.0 (+ (* ?x75 p_i_t) sum_n_14)) $x3580)))
 (let (($x2166 (and (not $x103) $x3580)))
 (and (not (or $x2166 $x103)) (not (or $x5367 $x6853)) (not (or $x7408 $x2268)) (not (or $x2255 $x5234)))))))))))))))))))))))
(assert
 (let (($x5320 (< 0.0 b_i)))
(let ((?x75 (ite $x5320 abs_pow1_2_1 0.0)))
(let ((?x1553 (+ ?x75 sum_n_17)))
(let ((?x3037 (+ (* ?x75 p_i_u) sum_n_15)))
(let ((?x662 (/ ?x3037 ?x1553)))
(let (($x8371 (< 0.0 x_raised)))
(let ((?x7248 (ite $x8371 abs_pow1_2_3 0.0)))
(let ((?x4430 (+ ?x7248 sum_n_17)))
(let ((?x3918 (+ (* ?x7248 p_i_u) sum_n_15)))
(let ((?x6917 (/ ?x3918 ?x4430)))
(let ((?x2098 (- ?x6917 ?x662)))
(or (> 0.0 (* ?x2098 (- p_i_u ?x662))) (< (* (- p_i_u ?x662) (- p_i_u ?x662)) (* ?x2098 ?x2098)))))))))))))))
(check-sat)
