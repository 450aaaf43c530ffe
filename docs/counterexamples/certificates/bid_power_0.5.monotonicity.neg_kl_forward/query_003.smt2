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
 (let (($x1996 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x3343 (< 0.0 b_i)))
 (=> $x3343 $x1996))))
(assert
 (let (($x2052 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x3580 (< 0.0 b_J)))
 (=> $x3580 $x2052))))
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
 (let (($x998 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x2926 (< 0.0 x_raised)))
 (=> $x2926 $x998))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x2926 (< 0.0 x_raised)))
 (let ((?x1468 (ite $x2926 abs_pow1_2_3 0.0)))
 (let ((?x2605 (+ ?x1468 sum_n_17)))
 (let (($x1382 (> 0.0 x_raised)))
 (let (($x377 (not $x1382)))
 (let (($x1779 (and $x377 (= 0.0 ?x2605))))
 (let (($x1955 (or $x1382 $x1382 (and (and $x377 (= 0.0 (+ (* ?x1468 p_i_u) sum_n_15))) $x1779))))
 (let (($x1570 (and $x377 $x1779)))
 (let (($x1902 (and (not $x1955) $x1570)))
 (let (($x3343 (< 0.0 b_i)))
 (let ((?x1765 (ite $x3343 abs_pow1_2_1 0.0)))
 (let ((?x534 (+ ?x1765 sum_n_17)))
 (let (($x21 (= 0.0 ?x534)))
 (let (($x2012 (and (= 0.0 (+ (* ?x1765 p_i_u) sum_n_15)) $x21)))
 (let (($x558 (and (not $x2012) $x21)))
 (let (($x2976 (or $x1382 $x1382 (and (and $x377 (= 0.0 (+ (* ?x1468 p_i_t) sum_n_14))) $x1779))))
 (let (($x554 (and (not $x2976) $x1570)))
 (let (($x3249 (and (= 0.0 (+ (* ?x1765 p_i_t) sum_n_14)) $x21)))
 (let (($x2116 (and (not $x3249) $x21)))
 (and (not (or $x2116 $x3249)) (not (or $x554 $x2976)) (not (or $x558 $x2012)) (not (or $x1902 $x1955)))))))))))))))))))))))
(assert
 (let (($x3343 (< 0.0 b_i)))
(let ((?x1765 (ite $x3343 abs_pow1_2_1 0.0)))
(let ((?x534 (+ ?x1765 sum_n_17)))
(let ((?x2049 (+ (* ?x1765 p_i_u) sum_n_15)))
(let ((?x2397 (/ ?x2049 ?x534)))
(let ((?x1738 (- p_i_u ?x2397)))
(let ((?x92 (+ (* ?x1765 p_i_t) sum_n_14)))
(let ((?x1377 (/ ?x92 ?x534)))
(let (($x2926 (< 0.0 x_raised)))
(let ((?x1468 (ite $x2926 abs_pow1_2_3 0.0)))
(let ((?x2605 (+ ?x1468 sum_n_17)))
(let ((?x3156 (+ (* ?x1468 p_i_t) sum_n_14)))
(let ((?x1984 (/ ?x3156 ?x2605)))
(let ((?x2299 (- ?x1984 ?x1377)))
(let ((?x961 (* ?x2299 ?x1738)))
(let ((?x1707 (- p_i_t ?x1377)))
(let ((?x1413 (+ (* ?x1468 p_i_u) sum_n_15)))
(let ((?x1454 (/ ?x1413 ?x2605)))
(let ((?x3405 (- ?x1454 ?x2397)))
(let ((?x1590 (* ?x3405 ?x1707)))
(or (< ?x961 ?x1590) (< ?x1590 ?x961)))))))))))))))))))))))
(check-sat)
