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
 (let (($x2985 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x2321 (< 0.0 b_i)))
 (=> $x2321 $x2985))))
(assert
 (let (($x120 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x912 (< 0.0 b_J)))
 (=> $x912 $x120))))
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
 (let (($x3264 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x2861 (< 0.0 x_raised)))
 (=> $x2861 $x3264))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x2861 (< 0.0 x_raised)))
 (let ((?x2864 (ite $x2861 abs_pow1_2_3 0.0)))
 (let ((?x2659 (+ ?x2864 sum_n_17)))
 (let (($x364 (> 0.0 x_raised)))
 (let (($x2020 (not $x364)))
 (let (($x1154 (and $x2020 (= 0.0 ?x2659))))
 (let (($x827 (or $x364 $x364 (and (and $x2020 (= 0.0 (+ (* ?x2864 p_i_t) sum_n_14))) $x1154))))
 (let (($x1798 (and $x2020 $x1154)))
 (let (($x1720 (and (not $x827) $x1798)))
 (let (($x2321 (< 0.0 b_i)))
 (let ((?x2594 (ite $x2321 abs_pow1_2_1 0.0)))
 (let ((?x1672 (+ ?x2594 sum_n_17)))
 (let (($x3190 (= 0.0 ?x1672)))
 (let (($x3244 (and (= 0.0 (+ (* ?x2594 p_i_t) sum_n_14)) $x3190)))
 (let (($x3178 (and (not $x3244) $x3190)))
 (and (not (or $x3178 $x3244)) (not (or $x1720 $x827)))))))))))))))))))
(assert
 (let (($x2861 (< 0.0 x_raised)))
(let ((?x2864 (ite $x2861 abs_pow1_2_3 0.0)))
(let ((?x2659 (+ ?x2864 sum_n_17)))
(let ((?x3221 (+ (* ?x2864 p_i_t) sum_n_14)))
(let ((?x2167 (/ ?x3221 ?x2659)))
(let (($x2321 (< 0.0 b_i)))
(let ((?x2594 (ite $x2321 abs_pow1_2_1 0.0)))
(let ((?x1672 (+ ?x2594 sum_n_17)))
(let ((?x242 (+ (* ?x2594 p_i_t) sum_n_14)))
(let ((?x3365 (/ ?x242 ?x1672)))
(or (and (< ?x2167 ?x3365) (< ?x2167 p_i_t)) (and (< ?x3365 ?x2167) (< p_i_t ?x2167))))))))))))))
(check-sat)
