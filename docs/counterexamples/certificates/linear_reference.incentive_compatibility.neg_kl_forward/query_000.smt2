; linear_reference, every n and k: no output entry is +inf or -inf
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
(declare-fun sum_n_12 () Real)
(declare-fun sum_n_13 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
(declare-fun zero_is_negative!1953 () Bool)
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
 (>= sum_n_12 0.0))
(assert
 (>= sum_n_13 0.0))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_15 sum_n_12))
(assert
 (>= sum_n_15 sum_n_13))
(assert
 (let ((?x145 (+ b_i sum_n_15)))
(let ((?x197 (+ ?x145 1.0)))
(let (($x278 (= 0.0 ?x197)))
(let (($x665 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x624 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x495 (+ 2.0 (+ (- 2.0) k))))
(let (($x549 (= 0.0 ?x495)))
(let (($x454 (or (and $x549 (ite $x549 zero_is_negative!1953 $x624)) $x665)))
(let (($x65 (and $x549 (not $x454))))
(let (($x187 (and $x549 $x454)))
(let (($x577 (or $x187 $x65)))
(let (($x426 (not $x577)))
(let ((?x66 (/ 1.0 ?x495)))
(let ((?x294 (* 1.0 ?x66)))
(let ((?x565 (+ (+ (* b_i p_i_t) sum_n_12) ?x294)))
(let (($x745 (and (and $x426 (= 0.0 ?x565)) $x278)))
(and (not $x745) (or $x577 (and $x426 $x278))))))))))))))))))))
(check-sat)
