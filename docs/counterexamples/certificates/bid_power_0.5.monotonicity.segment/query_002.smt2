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
 (let (($x2698 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x2486 (< 0.0 b_i)))
 (=> $x2486 $x2698))))
(assert
 (let (($x3543 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2647 (< 0.0 b_J)))
 (=> $x2647 $x3543))))
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
 (let (($x1395 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x3254 (< 0.0 x_raised)))
 (=> $x3254 $x1395))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x3254 (< 0.0 x_raised)))
 (let ((?x1865 (ite $x3254 abs_pow1_2_3 0.0)))
 (let ((?x1420 (+ ?x1865 sum_n_17)))
 (let (($x2832 (> 0.0 x_raised)))
 (let (($x1229 (not $x2832)))
 (let (($x1633 (and $x1229 (= 0.0 ?x1420))))
 (let (($x2556 (or $x2832 $x2832 (and (and $x1229 (= 0.0 (+ (* ?x1865 p_i_u) sum_n_15))) $x1633))))
 (let (($x295 (and $x1229 $x1633)))
 (let (($x158 (and (not $x2556) $x295)))
 (let (($x2486 (< 0.0 b_i)))
 (let ((?x3638 (ite $x2486 abs_pow1_2_1 0.0)))
 (let ((?x3393 (+ ?x3638 sum_n_17)))
 (let (($x1719 (= 0.0 ?x3393)))
 (let (($x1649 (and (= 0.0 (+ (* ?x3638 p_i_u) sum_n_15)) $x1719)))
 (let (($x1798 (and (not $x1649) $x1719)))
 (let (($x2217 (or $x2832 $x2832 (and (and $x1229 (= 0.0 (+ (* ?x1865 p_i_t) sum_n_14))) $x1633))))
 (let (($x1889 (and (not $x2217) $x295)))
 (let (($x2597 (and (= 0.0 (+ (* ?x3638 p_i_t) sum_n_14)) $x1719)))
 (let (($x3404 (and (not $x2597) $x1719)))
 (and (not (or $x3404 $x2597)) (not (or $x1889 $x2217)) (not (or $x1798 $x1649)) (not (or $x158 $x2556)))))))))))))))))))))))
(assert
 (let (($x2486 (< 0.0 b_i)))
(let ((?x3638 (ite $x2486 abs_pow1_2_1 0.0)))
(let ((?x3393 (+ ?x3638 sum_n_17)))
(let ((?x2158 (+ (* ?x3638 p_i_u) sum_n_15)))
(let ((?x451 (/ ?x2158 ?x3393)))
(let (($x3254 (< 0.0 x_raised)))
(let ((?x1865 (ite $x3254 abs_pow1_2_3 0.0)))
(let ((?x1420 (+ ?x1865 sum_n_17)))
(let ((?x1839 (+ (* ?x1865 p_i_u) sum_n_15)))
(let ((?x2394 (/ ?x1839 ?x1420)))
(let ((?x3166 (- ?x2394 ?x451)))
(or (> 0.0 (* ?x3166 (- p_i_u ?x451))) (< (* (- p_i_u ?x451) (- p_i_u ?x451)) (* ?x3166 ?x3166)))))))))))))))
(check-sat)
