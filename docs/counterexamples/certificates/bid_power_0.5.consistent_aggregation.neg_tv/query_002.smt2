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
 (let (($x2936 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x600 (< 0.0 b_i)))
 (=> $x600 $x2936))))
(assert
 (let (($x2723 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x3254 (< 0.0 b_J)))
 (=> $x3254 $x2723))))
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
 (let (($x1805 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x292 (< 0.0 x_raised)))
 (=> $x292 $x1805))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x292 (< 0.0 x_raised)))
 (let ((?x1454 (ite $x292 abs_pow1_2_3 0.0)))
 (let ((?x2534 (+ ?x1454 sum_n_17)))
 (let (($x3341 (> 0.0 x_raised)))
 (let (($x993 (not $x3341)))
 (let (($x258 (and $x993 (= 0.0 ?x2534))))
 (let (($x1133 (or $x3341 $x3341 (and (and $x993 (= 0.0 (+ (* ?x1454 p_i_u) sum_n_15))) $x258))))
 (let (($x291 (and $x993 $x258)))
 (let (($x267 (and (not $x1133) $x291)))
 (let (($x600 (< 0.0 b_i)))
 (let ((?x1160 (ite $x600 abs_pow1_2_1 0.0)))
 (let ((?x2336 (+ ?x1160 sum_n_17)))
 (let (($x559 (= 0.0 ?x2336)))
 (let (($x3251 (and (= 0.0 (+ (* ?x1160 p_i_u) sum_n_15)) $x559)))
 (let (($x1586 (and (not $x3251) $x559)))
 (let (($x1511 (or $x3341 $x3341 (and (and $x993 (= 0.0 (+ (* ?x1454 p_i_t) sum_n_14))) $x258))))
 (let (($x2650 (and (not $x1511) $x291)))
 (let (($x200 (and (= 0.0 (+ (* ?x1160 p_i_t) sum_n_14)) $x559)))
 (let (($x1326 (and (not $x200) $x559)))
 (and (not (or $x1326 $x200)) (not (or $x2650 $x1511)) (not (or $x1586 $x3251)) (not (or $x267 $x1133)))))))))))))))))))))))
(assert
 (let (($x600 (< 0.0 b_i)))
(let ((?x1160 (ite $x600 abs_pow1_2_1 0.0)))
(let ((?x2336 (+ ?x1160 sum_n_17)))
(let ((?x1843 (+ (* ?x1160 p_i_u) sum_n_15)))
(let ((?x2048 (/ ?x1843 ?x2336)))
(let (($x292 (< 0.0 x_raised)))
(let ((?x1454 (ite $x292 abs_pow1_2_3 0.0)))
(let ((?x2534 (+ ?x1454 sum_n_17)))
(let ((?x261 (+ (* ?x1454 p_i_u) sum_n_15)))
(let ((?x387 (/ ?x261 ?x2534)))
(let ((?x1043 (- ?x387 ?x2048)))
(or (> 0.0 (* ?x1043 (- p_i_u ?x2048))) (< (* (- p_i_u ?x2048) (- p_i_u ?x2048)) (* ?x1043 ?x1043)))))))))))))))
(check-sat)
