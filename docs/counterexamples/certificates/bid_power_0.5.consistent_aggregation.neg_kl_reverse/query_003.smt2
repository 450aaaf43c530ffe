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
 (let (($x8554 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x4702 (< 0.0 b_i)))
 (=> $x4702 $x8554))))
(assert
 (let (($x3203 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x4930 (< 0.0 b_J)))
 (=> $x4930 $x3203))))
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
 (let (($x120 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x6260 (< 0.0 x_raised)))
 (=> $x6260 $x120))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x6260 (< 0.0 x_raised)))
 (let ((?x7325 (ite $x6260 abs_pow1_2_3 0.0)))
 (let ((?x6196 (+ ?x7325 sum_n_17)))
 (let (($x4014 (> 0.0 x_raised)))
 (let (($x2662 (not $x4014)))
 (let (($x5540 (and $x2662 (= 0.0 ?x6196))))
 (let (($x4782 (or $x4014 $x4014 (and (and $x2662 (= 0.0 (+ (* ?x7325 p_i_u) sum_n_15))) $x5540))))
 (let (($x267 (and $x2662 $x5540)))
 (let (($x7256 (and (not $x4782) $x267)))
 (let (($x4702 (< 0.0 b_i)))
 (let ((?x404 (ite $x4702 abs_pow1_2_1 0.0)))
 (let ((?x6045 (+ ?x404 sum_n_17)))
 (let (($x3686 (= 0.0 ?x6045)))
 (let (($x7917 (and (= 0.0 (+ (* ?x404 p_i_u) sum_n_15)) $x3686)))
 (let (($x1354 (and (not $x7917) $x3686)))
 (let (($x6225 (or $x4014 $x4014 (and (and $x2662 (= 0.0 (+ (* ?x7325 p_i_t) sum_n_14))) $x5540))))
 (let (($x2147 (and (not $x6225) $x267)))
 (let (($x4846 (and (= 0.0 (+ (* ?x404 p_i_t) sum_n_14)) $x3686)))
 (let (($x1464 (and (not $x4846) $x3686)))
 (and (not (or $x1464 $x4846)) (not (or $x2147 $x6225)) (not (or $x1354 $x7917)) (not (or $x7256 $x4782)))))))))))))))))))))))
(assert
 (let (($x4702 (< 0.0 b_i)))
(let ((?x404 (ite $x4702 abs_pow1_2_1 0.0)))
(let ((?x6045 (+ ?x404 sum_n_17)))
(let ((?x6120 (+ (* ?x404 p_i_u) sum_n_15)))
(let ((?x5234 (/ ?x6120 ?x6045)))
(let ((?x5661 (- p_i_u ?x5234)))
(let ((?x7670 (+ (* ?x404 p_i_t) sum_n_14)))
(let ((?x1593 (/ ?x7670 ?x6045)))
(let (($x6260 (< 0.0 x_raised)))
(let ((?x7325 (ite $x6260 abs_pow1_2_3 0.0)))
(let ((?x6196 (+ ?x7325 sum_n_17)))
(let ((?x4551 (+ (* ?x7325 p_i_t) sum_n_14)))
(let ((?x6917 (/ ?x4551 ?x6196)))
(let ((?x1765 (- ?x6917 ?x1593)))
(let ((?x1873 (* ?x1765 ?x5661)))
(let ((?x1143 (- p_i_t ?x1593)))
(let ((?x4603 (+ (* ?x7325 p_i_u) sum_n_15)))
(let ((?x7191 (/ ?x4603 ?x6196)))
(let ((?x4516 (- ?x7191 ?x5234)))
(let ((?x4772 (* ?x4516 ?x1143)))
(or (< ?x1873 ?x4772) (< ?x4772 ?x1873)))))))))))))))))))))))
(check-sat)
