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
 (let (($x3522 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x5399 (< 0.0 b_i)))
 (=> $x5399 $x3522))))
(assert
 (let (($x4478 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x6758 (< 0.0 b_J)))
 (=> $x6758 $x4478))))
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
 (let (($x1530 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x7219 (< 0.0 x_raised)))
 (=> $x7219 $x1530))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x7219 (< 0.0 x_raised)))
 (let ((?x1283 (ite $x7219 abs_pow1_2_3 0.0)))
 (let ((?x7779 (+ ?x1283 sum_n_17)))
 (let (($x3763 (> 0.0 x_raised)))
 (let (($x4071 (not $x3763)))
 (let (($x84 (and $x4071 (= 0.0 ?x7779))))
 (let (($x5448 (or $x3763 $x3763 (and (and $x4071 (= 0.0 (+ (* ?x1283 p_i_u) sum_n_15))) $x84))))
 (let (($x6799 (and $x4071 $x84)))
 (let (($x2763 (and (not $x5448) $x6799)))
 (let (($x5399 (< 0.0 b_i)))
 (let ((?x8338 (ite $x5399 abs_pow1_2_1 0.0)))
 (let ((?x6917 (+ ?x8338 sum_n_17)))
 (let (($x297 (= 0.0 ?x6917)))
 (let (($x3065 (and (= 0.0 (+ (* ?x8338 p_i_u) sum_n_15)) $x297)))
 (let (($x7968 (and (not $x3065) $x297)))
 (let (($x5920 (or $x3763 $x3763 (and (and $x4071 (= 0.0 (+ (* ?x1283 p_i_t) sum_n_14))) $x84))))
 (let (($x3289 (and (not $x5920) $x6799)))
 (let (($x499 (and (= 0.0 (+ (* ?x8338 p_i_t) sum_n_14)) $x297)))
 (let (($x4660 (and (not $x499) $x297)))
 (and (not (or $x4660 $x499)) (not (or $x3289 $x5920)) (not (or $x7968 $x3065)) (not (or $x2763 $x5448)))))))))))))))))))))))
(assert
 (let (($x5399 (< 0.0 b_i)))
(let ((?x8338 (ite $x5399 abs_pow1_2_1 0.0)))
(let ((?x6917 (+ ?x8338 sum_n_17)))
(let ((?x256 (+ (* ?x8338 p_i_u) sum_n_15)))
(let ((?x5614 (/ ?x256 ?x6917)))
(let ((?x1689 (- p_i_u ?x5614)))
(let ((?x1456 (+ (* ?x8338 p_i_t) sum_n_14)))
(let ((?x6801 (/ ?x1456 ?x6917)))
(let (($x7219 (< 0.0 x_raised)))
(let ((?x1283 (ite $x7219 abs_pow1_2_3 0.0)))
(let ((?x7779 (+ ?x1283 sum_n_17)))
(let ((?x2833 (+ (* ?x1283 p_i_t) sum_n_14)))
(let ((?x2602 (/ ?x2833 ?x7779)))
(let ((?x4297 (- ?x2602 ?x6801)))
(let ((?x3590 (* ?x4297 ?x1689)))
(let ((?x3845 (- p_i_t ?x6801)))
(let ((?x2872 (+ (* ?x1283 p_i_u) sum_n_15)))
(let ((?x424 (/ ?x2872 ?x7779)))
(let ((?x3028 (- ?x424 ?x5614)))
(let ((?x7448 (* ?x3028 ?x3845)))
(or (< ?x3590 ?x7448) (< ?x7448 ?x3590)))))))))))))))))))))))
(check-sat)
