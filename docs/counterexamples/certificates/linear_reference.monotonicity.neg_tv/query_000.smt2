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
(declare-fun zero_is_negative!1670 () Bool)
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
 (let ((?x1333 (+ b_i sum_n_15)))
(let ((?x826 (+ ?x1333 1.0)))
(let (($x2867 (= 0.0 ?x826)))
(let (($x258 (and (not (= 0.0 (+ 2.0 (+ (- 2.0) k)))) (< 0.0 (/ 1.0 (+ 2.0 (+ (- 2.0) k)))))))
(let (($x920 (not (> 0.0 (+ 2.0 (+ (- 2.0) k))))))
(let ((?x1404 (+ 2.0 (+ (- 2.0) k))))
(let (($x2332 (= 0.0 ?x1404)))
(let (($x86 (or (and $x2332 (ite $x2332 zero_is_negative!1670 $x920)) $x258)))
(let (($x2784 (and $x2332 (not $x86))))
(let (($x190 (and $x2332 $x86)))
(let (($x2621 (or $x190 $x2784)))
(let (($x1486 (not $x2621)))
(let ((?x2567 (/ 1.0 ?x1404)))
(let ((?x2643 (* 1.0 ?x2567)))
(let ((?x2898 (+ (+ (* b_i p_i_t) sum_n_12) ?x2643)))
(let (($x803 (and (and $x1486 (= 0.0 ?x2898)) $x2867)))
(and (not $x803) (or $x2621 (and $x1486 $x2867))))))))))))))))))))
(check-sat)
