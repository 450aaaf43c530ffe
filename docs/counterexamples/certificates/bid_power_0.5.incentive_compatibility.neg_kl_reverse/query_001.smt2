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
 (let (($x291 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x269 (< 0.0 b_i)))
 (=> $x269 $x291))))
(assert
 (let (($x3558 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x1160 (< 0.0 b_J)))
 (=> $x1160 $x3558))))
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
 (let (($x2299 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x1076 (< 0.0 x_raised)))
 (=> $x1076 $x2299))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x1076 (< 0.0 x_raised)))
 (let ((?x1805 (ite $x1076 abs_pow1_2_3 0.0)))
 (let ((?x1955 (+ ?x1805 sum_n_17)))
 (let (($x1678 (> 0.0 x_raised)))
 (let (($x779 (not $x1678)))
 (let (($x1872 (and $x779 (= 0.0 ?x1955))))
 (let (($x1350 (or $x1678 $x1678 (and (and $x779 (= 0.0 (+ (* ?x1805 p_i_u) sum_n_15))) $x1872))))
 (let (($x113 (and $x779 $x1872)))
 (let (($x2376 (and (not $x1350) $x113)))
 (let (($x269 (< 0.0 b_i)))
 (let ((?x1755 (ite $x269 abs_pow1_2_1 0.0)))
 (let ((?x2517 (+ ?x1755 sum_n_17)))
 (let (($x2048 (= 0.0 ?x2517)))
 (let (($x2469 (and (= 0.0 (+ (* ?x1755 p_i_u) sum_n_15)) $x2048)))
 (let (($x36 (and (not $x2469) $x2048)))
 (let (($x2076 (or $x1678 $x1678 (and (and $x779 (= 0.0 (+ (* ?x1805 p_i_t) sum_n_14))) $x1872))))
 (let (($x3488 (and (not $x2076) $x113)))
 (let (($x1377 (and (= 0.0 (+ (* ?x1755 p_i_t) sum_n_14)) $x2048)))
 (let (($x1985 (and (not $x1377) $x2048)))
 (and (not (or $x1985 $x1377)) (not (or $x3488 $x2076)) (not (or $x36 $x2469)) (not (or $x2376 $x1350)))))))))))))))))))))))
(assert
 (let (($x269 (< 0.0 b_i)))
(let ((?x1755 (ite $x269 abs_pow1_2_1 0.0)))
(let ((?x2517 (+ ?x1755 sum_n_17)))
(let ((?x1996 (+ (* ?x1755 p_i_t) sum_n_14)))
(let ((?x1437 (/ ?x1996 ?x2517)))
(let (($x1076 (< 0.0 x_raised)))
(let ((?x1805 (ite $x1076 abs_pow1_2_3 0.0)))
(let ((?x1955 (+ ?x1805 sum_n_17)))
(let ((?x1958 (+ (* ?x1805 p_i_t) sum_n_14)))
(let ((?x3254 (/ ?x1958 ?x1955)))
(let ((?x28 (- ?x3254 ?x1437)))
(or (> 0.0 (* ?x28 (- p_i_t ?x1437))) (< (* (- p_i_t ?x1437) (- p_i_t ?x1437)) (* ?x28 ?x28)))))))))))))))
(check-sat)
