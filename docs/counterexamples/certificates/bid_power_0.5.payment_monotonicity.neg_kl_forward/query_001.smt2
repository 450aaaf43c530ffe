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
 (let (($x1473 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x1280 (< 0.0 b_i)))
 (=> $x1280 $x1473))))
(assert
 (let (($x885 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x2594 (< 0.0 b_J)))
 (=> $x2594 $x885))))
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
 (let (($x1209 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x2049 (< 0.0 x_raised)))
 (=> $x2049 $x1209))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x2049 (< 0.0 x_raised)))
 (let ((?x510 (ite $x2049 abs_pow1_2_3 0.0)))
 (let ((?x2925 (+ ?x510 sum_n_17)))
 (let (($x1831 (> 0.0 x_raised)))
 (let (($x701 (not $x1831)))
 (let (($x3547 (and $x701 (= 0.0 ?x2925))))
 (let (($x1633 (or $x1831 $x1831 (and (and $x701 (= 0.0 (+ (* ?x510 p_i_t) sum_n_14))) $x3547))))
 (let (($x2043 (and $x701 $x3547)))
 (let (($x2020 (and (not $x1633) $x2043)))
 (let (($x1280 (< 0.0 b_i)))
 (let ((?x2647 (ite $x1280 abs_pow1_2_1 0.0)))
 (let ((?x2981 (+ ?x2647 sum_n_17)))
 (let (($x1920 (= 0.0 ?x2981)))
 (let (($x2362 (and (= 0.0 (+ (* ?x2647 p_i_t) sum_n_14)) $x1920)))
 (let (($x478 (and (not $x2362) $x1920)))
 (and (not (or $x478 $x2362)) (not (or $x2020 $x1633)))))))))))))))))))
(assert
 (let (($x2049 (< 0.0 x_raised)))
(let ((?x510 (ite $x2049 abs_pow1_2_3 0.0)))
(let ((?x2925 (+ ?x510 sum_n_17)))
(let ((?x23 (+ (* ?x510 p_i_t) sum_n_14)))
(let ((?x3386 (/ ?x23 ?x2925)))
(let (($x1280 (< 0.0 b_i)))
(let ((?x2647 (ite $x1280 abs_pow1_2_1 0.0)))
(let ((?x2981 (+ ?x2647 sum_n_17)))
(let ((?x120 (+ (* ?x2647 p_i_t) sum_n_14)))
(let ((?x3319 (/ ?x120 ?x2981)))
(or (and (< ?x3386 ?x3319) (< ?x3386 p_i_t)) (and (< ?x3319 ?x3386) (< p_i_t ?x3386))))))))))))))
(check-sat)
