; bid_power_0.5, every n and k: q(t) >= 0 wherever q(t) is finite
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
 (let (($x749 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x659 (< 0.0 b_i)))
 (=> $x659 $x749))))
(assert
 (let (($x686 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x619 (< 0.0 b_J)))
 (=> $x619 $x686))))
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
 (let (($x659 (< 0.0 b_i)))
 (let ((?x78 (ite $x659 abs_pow1_2_1 0.0)))
 (let ((?x107 (+ ?x78 sum_n_17)))
 (let (($x118 (= 0.0 ?x107)))
 (let (($x223 (and (= 0.0 (+ (* ?x78 p_i_t) sum_n_14)) $x118)))
 (let (($x490 (and (not $x223) $x118)))
 (not (or $x490 $x223)))))))))
(assert
 (let (($x659 (< 0.0 b_i)))
 (let ((?x78 (ite $x659 abs_pow1_2_1 0.0)))
 (let ((?x107 (+ ?x78 sum_n_17)))
 (let (($x118 (= 0.0 ?x107)))
 (let (($x223 (and (= 0.0 (+ (* ?x78 p_i_t) sum_n_14)) $x118)))
 (let (($x490 (and (not $x223) $x118)))
 (let (($x191 (not (or $x490 $x223))))
 (let (($x183 (> 0.0 b_J)))
 (let (($x408 (not $x183)))
 (let (($x156 (> 0.0 b_i)))
 (let (($x665 (not $x156)))
 (let (($x150 (not (and $x665 $x408 $x191))))
 (not $x150))))))))))))))
(assert
 (let (($x659 (< 0.0 b_i)))
(let ((?x78 (ite $x659 abs_pow1_2_1 0.0)))
(let ((?x107 (+ ?x78 sum_n_17)))
(let ((?x587 (* ?x78 p_i_t)))
(let ((?x340 (+ ?x587 sum_n_14)))
(let ((?x828 (/ ?x340 ?x107)))
(< ?x828 0.0))))))))
(check-sat)
