; bid_power_0.5, every n and k: no coordinatewise violation
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
 (let (($x819 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x251 (< 0.0 b_i)))
 (=> $x251 $x819))))
(assert
 (let (($x151 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x3343 (< 0.0 b_J)))
 (=> $x3343 $x151))))
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
 (let (($x2753 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x1765 (< 0.0 x_raised)))
 (=> $x1765 $x2753))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x1765 (< 0.0 x_raised)))
 (let ((?x28 (ite $x1765 abs_pow1_2_3 0.0)))
 (let ((?x1277 (+ ?x28 sum_n_17)))
 (let (($x85 (> 0.0 x_raised)))
 (let (($x993 (not $x85)))
 (let (($x3156 (and $x993 (= 0.0 ?x1277))))
 (let (($x377 (or $x85 $x85 (and (and $x993 (= 0.0 (+ (* ?x28 p_i_t) sum_n_14))) $x3156))))
 (let (($x2771 (and $x993 $x3156)))
 (let (($x36 (and (not $x377) $x2771)))
 (let (($x251 (< 0.0 b_i)))
 (let ((?x1984 (ite $x251 abs_pow1_2_1 0.0)))
 (let ((?x2465 (+ ?x1984 sum_n_17)))
 (let (($x715 (= 0.0 ?x2465)))
 (let (($x1700 (and (= 0.0 (+ (* ?x1984 p_i_t) sum_n_14)) $x715)))
 (let (($x3473 (and (not $x1700) $x715)))
 (and (not (or $x3473 $x1700)) (not (or $x36 $x377)))))))))))))))))))
(assert
 (let (($x1765 (< 0.0 x_raised)))
(let ((?x28 (ite $x1765 abs_pow1_2_3 0.0)))
(let ((?x1277 (+ ?x28 sum_n_17)))
(let ((?x1350 (+ (* ?x28 p_i_t) sum_n_14)))
(let ((?x3183 (/ ?x1350 ?x1277)))
(let (($x251 (< 0.0 b_i)))
(let ((?x1984 (ite $x251 abs_pow1_2_1 0.0)))
(let ((?x2465 (+ ?x1984 sum_n_17)))
(let ((?x2004 (+ (* ?x1984 p_i_t) sum_n_14)))
(let ((?x1570 (/ ?x2004 ?x2465)))
(or (and (< ?x3183 ?x1570) (< ?x3183 p_i_t)) (and (< ?x1570 ?x3183) (< p_i_t ?x3183))))))))))))))
(check-sat)
