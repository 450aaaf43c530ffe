; linear_reference, every n and k: q(t) >= 0 wherever q(t) is finite
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
(declare-fun zero_is_negative!2556 () Bool)
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
 (let ((?x2852 (+ b_i sum_n_15)))
 (let ((?x331 (+ ?x2852 1.0)))
 (let (($x246 (= 0.0 ?x331)))
 (let ((?x2658 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x795 (/ 1.0 ?x2658)))
 (let ((?x2543 (* 1.0 ?x795)))
 (let ((?x1035 (* b_i p_i_t)))
 (let ((?x1058 (+ ?x1035 sum_n_12)))
 (let ((?x2639 (+ ?x1058 ?x2543)))
 (let (($x2734 (= 0.0 ?x2658)))
 (let (($x920 (not $x2734)))
 (let (($x2963 (and $x920 (< 0.0 ?x795))))
 (let (($x1633 (> 0.0 ?x2658)))
 (let (($x2751 (not $x1633)))
 (let (($x190 (ite $x2734 zero_is_negative!2556 $x2751)))
 (let (($x1176 (and $x2734 $x190)))
 (let (($x450 (or $x1176 $x2963)))
 (let (($x454 (and $x2734 (not $x450))))
 (let (($x2793 (and $x2734 $x450)))
 (let (($x1502 (or $x2793 $x454)))
 (let (($x1234 (not $x1502)))
 (let (($x2666 (and (and $x1234 (= 0.0 ?x2639)) $x246)))
 (let (($x129 (and (not $x2666) (or $x1502 (and $x1234 $x246)))))
 (not (or $x129 $x2666))))))))))))))))))))))))))
(assert
 (let ((?x2852 (+ b_i sum_n_15)))
 (let ((?x331 (+ ?x2852 1.0)))
 (let (($x246 (= 0.0 ?x331)))
 (let ((?x2658 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x795 (/ 1.0 ?x2658)))
 (let ((?x2543 (* 1.0 ?x795)))
 (let ((?x1035 (* b_i p_i_t)))
 (let ((?x1058 (+ ?x1035 sum_n_12)))
 (let ((?x2639 (+ ?x1058 ?x2543)))
 (let (($x2734 (= 0.0 ?x2658)))
 (let (($x920 (not $x2734)))
 (let (($x2963 (and $x920 (< 0.0 ?x795))))
 (let (($x1633 (> 0.0 ?x2658)))
 (let (($x2751 (not $x1633)))
 (let (($x190 (ite $x2734 zero_is_negative!2556 $x2751)))
 (let (($x1176 (and $x2734 $x190)))
 (let (($x450 (or $x1176 $x2963)))
 (let (($x454 (and $x2734 (not $x450))))
 (let (($x2793 (and $x2734 $x450)))
 (let (($x1502 (or $x2793 $x454)))
 (let (($x1234 (not $x1502)))
 (let (($x2666 (and (and $x1234 (= 0.0 ?x2639)) $x246)))
 (let (($x129 (and (not $x2666) (or $x1502 (and $x1234 $x246)))))
 (let (($x539 (not (or $x129 $x2666))))
 (let (($x2092 (not (and $x920 $x1234 $x1234 $x539))))
 (not $x2092)))))))))))))))))))))))))))
(assert
 (let ((?x2852 (+ b_i sum_n_15)))
(let ((?x331 (+ ?x2852 1.0)))
(let ((?x2658 (+ 2.0 (+ (- 2.0) k))))
(let ((?x795 (/ 1.0 ?x2658)))
(let ((?x2543 (* 1.0 ?x795)))
(let ((?x1035 (* b_i p_i_t)))
(let ((?x1058 (+ ?x1035 sum_n_12)))
(let ((?x2639 (+ ?x1058 ?x2543)))
(let ((?x1226 (/ ?x2639 ?x331)))
(< ?x1226 0.0)))))))))))
(check-sat)
