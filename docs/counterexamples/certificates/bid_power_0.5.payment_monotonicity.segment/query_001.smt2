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
(declare-fun abs_pow1_2_6 () Real)
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
 (let (($x44 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x38 (< 0.0 b_i)))
 (=> $x38 $x44))))
(assert
 (let (($x52 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (=> (< 0.0 b_J) $x52)))
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
 (let (($x71 (and (> abs_pow1_2_6 0.0) (= (^ abs_pow1_2_6 2.0) (^ x_raised 1.0)))))
 (let (($x65 (< 0.0 x_raised)))
 (=> $x65 $x71))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x65 (< 0.0 x_raised)))
 (let ((?x87 (ite $x65 abs_pow1_2_6 0.0)))
 (let ((?x92 (+ ?x87 sum_n_17)))
 (let (($x85 (> 0.0 x_raised)))
 (let (($x86 (not $x85)))
 (let (($x94 (and $x86 (= 0.0 ?x92))))
 (let (($x115 (or $x85 $x85 (and (and $x86 (= 0.0 (+ (* ?x87 p_i_u) sum_n_15))) $x94))))
 (let (($x38 (< 0.0 b_i)))
 (let ((?x74 (ite $x38 abs_pow1_2_1 0.0)))
 (let ((?x78 (+ ?x74 sum_n_17)))
 (let (($x79 (= 0.0 ?x78)))
 (let (($x105 (and (= 0.0 (+ (* ?x74 p_i_u) sum_n_15)) $x79)))
 (let (($x96 (or $x85 $x85 (and (and $x86 (= 0.0 (+ (* ?x87 p_i_t) sum_n_14))) $x94))))
 (let (($x80 (and (= 0.0 (+ (* ?x74 p_i_t) sum_n_14)) $x79)))
 (and (not (or (and (not $x80) $x79) $x80)) (not (or (and (not $x96) (and $x86 $x94)) $x96)) (not (or (and (not $x105) $x79) $x105)) (not (or (and (not $x115) (and $x86 $x94)) $x115))))))))))))))))))
(assert
 (let (($x38 (< 0.0 b_i)))
(let ((?x74 (ite $x38 abs_pow1_2_1 0.0)))
(let ((?x78 (+ ?x74 sum_n_17)))
(let ((?x76 (+ (* ?x74 p_i_t) sum_n_14)))
(let ((?x122 (/ ?x76 ?x78)))
(let (($x65 (< 0.0 x_raised)))
(let ((?x87 (ite $x65 abs_pow1_2_6 0.0)))
(let ((?x92 (+ ?x87 sum_n_17)))
(let ((?x89 (+ (* ?x87 p_i_t) sum_n_14)))
(let ((?x123 (- (/ ?x89 ?x92) ?x122)))
(or (> 0.0 (* ?x123 (- p_i_t ?x122))) (< (* (- p_i_t ?x122) (- p_i_t ?x122)) (* ?x123 ?x123))))))))))))))
(check-sat)
