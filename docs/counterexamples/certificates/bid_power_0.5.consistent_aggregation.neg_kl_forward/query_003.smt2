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
 (let (($x1282 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x2517 (< 0.0 b_i)))
 (=> $x2517 $x1282))))
(assert
 (let (($x1783 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2465 (< 0.0 b_J)))
 (=> $x2465 $x1783))))
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
 (let (($x637 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x898 (< 0.0 x_raised)))
 (=> $x898 $x637))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x898 (< 0.0 x_raised)))
 (let ((?x2936 (ite $x898 abs_pow1_2_3 0.0)))
 (let ((?x28 (+ ?x2936 sum_n_17)))
 (let (($x1956 (> 0.0 x_raised)))
 (let (($x1066 (not $x1956)))
 (let (($x994 (and $x1066 (= 0.0 ?x28))))
 (let (($x1637 (or $x1956 $x1956 (and (and $x1066 (= 0.0 (+ (* ?x2936 p_i_u) sum_n_15))) $x994))))
 (let (($x2096 (and $x1066 $x994)))
 (let (($x1226 (and (not $x1637) $x2096)))
 (let (($x2517 (< 0.0 b_i)))
 (let ((?x3317 (ite $x2517 abs_pow1_2_1 0.0)))
 (let ((?x2461 (+ ?x3317 sum_n_17)))
 (let (($x1437 (= 0.0 ?x2461)))
 (let (($x3183 (and (= 0.0 (+ (* ?x3317 p_i_u) sum_n_15)) $x1437)))
 (let (($x2655 (and (not $x3183) $x1437)))
 (let (($x113 (or $x1956 $x1956 (and (and $x1066 (= 0.0 (+ (* ?x2936 p_i_t) sum_n_14))) $x994))))
 (let (($x2222 (and (not $x113) $x2096)))
 (let (($x2027 (and (= 0.0 (+ (* ?x3317 p_i_t) sum_n_14)) $x1437)))
 (let (($x1700 (and (not $x2027) $x1437)))
 (and (not (or $x1700 $x2027)) (not (or $x2222 $x113)) (not (or $x2655 $x3183)) (not (or $x1226 $x1637)))))))))))))))))))))))
(assert
 (let (($x2517 (< 0.0 b_i)))
(let ((?x3317 (ite $x2517 abs_pow1_2_1 0.0)))
(let ((?x2461 (+ ?x3317 sum_n_17)))
(let ((?x2787 (+ (* ?x3317 p_i_u) sum_n_15)))
(let ((?x2011 (/ ?x2787 ?x2461)))
(let ((?x654 (- p_i_u ?x2011)))
(let ((?x3204 (+ (* ?x3317 p_i_t) sum_n_14)))
(let ((?x1831 (/ ?x3204 ?x2461)))
(let (($x898 (< 0.0 x_raised)))
(let ((?x2936 (ite $x898 abs_pow1_2_3 0.0)))
(let ((?x28 (+ ?x2936 sum_n_17)))
(let ((?x1160 (+ (* ?x2936 p_i_t) sum_n_14)))
(let ((?x2414 (/ ?x1160 ?x28)))
(let ((?x1270 (- ?x2414 ?x1831)))
(let ((?x84 (* ?x1270 ?x654)))
(let ((?x1013 (- p_i_t ?x1831)))
(let ((?x600 (+ (* ?x2936 p_i_u) sum_n_15)))
(let ((?x3254 (/ ?x600 ?x28)))
(let ((?x2500 (- ?x3254 ?x2011)))
(let ((?x2573 (* ?x2500 ?x1013)))
(or (< ?x84 ?x2573) (< ?x2573 ?x84)))))))))))))))))))))))
(check-sat)
