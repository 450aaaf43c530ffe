; linear_reference, every n and k: no segment violation
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
(declare-fun x_raised () Real)
(declare-fun zero_is_negative!2371 () Bool)
(declare-fun zero_is_negative!2365 () Bool)
(declare-fun zero_is_negative!2370 () Bool)
(declare-fun zero_is_negative!2364 () Bool)
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
 (>= x_raised b_i))
(assert
 (let ((?x1776 (+ x_raised sum_n_15)))
 (let ((?x2560 (+ ?x1776 1.0)))
 (let (($x2911 (= 0.0 ?x2560)))
 (let ((?x2681 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1172 (/ 1.0 ?x2681)))
 (let ((?x1643 (* 1.0 ?x1172)))
 (let ((?x732 (+ (+ (* x_raised p_i_u) sum_n_13) ?x1643)))
 (let (($x2766 (and (not (= 0.0 ?x2681)) (< 0.0 ?x1172))))
 (let (($x360 (= 0.0 ?x2681)))
 (let (($x2505 (or (and $x360 (ite $x360 zero_is_negative!2371 (not (> 0.0 ?x2681)))) $x2766)))
 (let (($x2805 (and $x360 (not $x2505))))
 (let (($x421 (and $x360 $x2505)))
 (let (($x1648 (or $x421 $x2805)))
 (let (($x1609 (not $x1648)))
 (let (($x1721 (and (and $x1609 (= 0.0 ?x732)) $x2911)))
 (let (($x838 (and (not $x1721) (or $x1648 (and $x1609 $x2911)))))
 (let ((?x790 (+ b_i sum_n_15)))
 (let ((?x1397 (+ ?x790 1.0)))
 (let (($x646 (= 0.0 ?x1397)))
 (let (($x1056 (or (and $x360 (ite $x360 zero_is_negative!2365 (not (> 0.0 ?x2681)))) $x2766)))
 (let (($x1149 (and $x360 (not $x1056))))
 (let (($x2888 (and $x360 $x1056)))
 (let (($x2583 (or $x2888 $x1149)))
 (let (($x2803 (not $x2583)))
 (let (($x505 (and (and $x2803 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x1643))) $x646)))
 (let (($x298 (and (not $x505) (or $x2583 (and $x2803 $x646)))))
 (let (($x1197 (or (and $x360 (ite $x360 zero_is_negative!2370 (not (> 0.0 ?x2681)))) $x2766)))
 (let (($x842 (and $x360 (not $x1197))))
 (let (($x1348 (and $x360 $x1197)))
 (let (($x2661 (or $x1348 $x842)))
 (let (($x295 (not $x2661)))
 (let (($x530 (and (and $x295 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1643))) $x2911)))
 (let (($x971 (and (not $x530) (or $x2661 (and $x295 $x2911)))))
 (let (($x634 (or (and $x360 (ite $x360 zero_is_negative!2364 (not (> 0.0 ?x2681)))) $x2766)))
 (let (($x1735 (and $x360 (not $x634))))
 (let (($x590 (and $x360 $x634)))
 (let (($x531 (or $x590 $x1735)))
 (let (($x1498 (not $x531)))
 (let (($x63 (and (and $x1498 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x1643))) $x646)))
 (let (($x86 (and (not $x63) (or $x531 (and $x1498 $x646)))))
 (and (not (or $x86 $x63)) (not (or $x971 $x530)) (not (or $x298 $x505)) (not (or $x838 $x1721))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x790 (+ b_i sum_n_15)))
(let ((?x1397 (+ ?x790 1.0)))
(let ((?x2681 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1172 (/ 1.0 ?x2681)))
(let ((?x1643 (* 1.0 ?x1172)))
(let ((?x286 (+ (+ (* b_i p_i_t) sum_n_12) ?x1643)))
(let ((?x2698 (/ ?x286 ?x1397)))
(let ((?x1776 (+ x_raised sum_n_15)))
(let ((?x2560 (+ ?x1776 1.0)))
(let ((?x106 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1643)))
(let ((?x2723 (/ ?x106 ?x2560)))
(let ((?x1521 (- ?x2723 ?x2698)))
(or (> 0.0 (* ?x1521 (- p_i_t ?x2698))) (< (* (- p_i_t ?x2698) (- p_i_t ?x2698)) (* ?x1521 ?x1521))))))))))))))))
(check-sat)
