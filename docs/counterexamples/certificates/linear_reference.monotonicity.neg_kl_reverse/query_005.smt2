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
(declare-fun zero_is_negative!1468 () Bool)
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
 (let ((?x2886 (+ b_i sum_n_15)))
 (let ((?x3039 (+ ?x2886 1.0)))
 (let (($x2922 (= 0.0 ?x3039)))
 (let ((?x624 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1081 (/ 1.0 ?x624)))
 (let ((?x1965 (* 1.0 ?x1081)))
 (let ((?x2599 (* b_i p_i_t)))
 (let ((?x1724 (+ ?x2599 sum_n_12)))
 (let ((?x1236 (+ ?x1724 ?x1965)))
 (let (($x2573 (= 0.0 ?x624)))
 (let (($x1789 (not $x2573)))
 (let (($x266 (and $x1789 (< 0.0 ?x1081))))
 (let (($x144 (> 0.0 ?x624)))
 (let (($x790 (not $x144)))
 (let (($x2267 (ite $x2573 zero_is_negative!1468 $x790)))
 (let (($x1056 (and $x2573 $x2267)))
 (let (($x535 (or $x1056 $x266)))
 (let (($x1054 (and $x2573 (not $x535))))
 (let (($x2649 (and $x2573 $x535)))
 (let (($x165 (or $x2649 $x1054)))
 (let (($x768 (not $x165)))
 (let (($x3041 (and (and $x768 (= 0.0 ?x1236)) $x2922)))
 (let (($x2145 (and (not $x3041) (or $x165 (and $x768 $x2922)))))
 (not (or $x2145 $x3041))))))))))))))))))))))))))
(assert
 (let ((?x2886 (+ b_i sum_n_15)))
 (let ((?x3039 (+ ?x2886 1.0)))
 (let (($x2922 (= 0.0 ?x3039)))
 (let ((?x624 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1081 (/ 1.0 ?x624)))
 (let ((?x1965 (* 1.0 ?x1081)))
 (let ((?x2599 (* b_i p_i_t)))
 (let ((?x1724 (+ ?x2599 sum_n_12)))
 (let ((?x1236 (+ ?x1724 ?x1965)))
 (let (($x2573 (= 0.0 ?x624)))
 (let (($x1789 (not $x2573)))
 (let (($x266 (and $x1789 (< 0.0 ?x1081))))
 (let (($x144 (> 0.0 ?x624)))
 (let (($x790 (not $x144)))
 (let (($x2267 (ite $x2573 zero_is_negative!1468 $x790)))
 (let (($x1056 (and $x2573 $x2267)))
 (let (($x535 (or $x1056 $x266)))
 (let (($x1054 (and $x2573 (not $x535))))
 (let (($x2649 (and $x2573 $x535)))
 (let (($x165 (or $x2649 $x1054)))
 (let (($x768 (not $x165)))
 (let (($x3041 (and (and $x768 (= 0.0 ?x1236)) $x2922)))
 (let (($x2145 (and (not $x3041) (or $x165 (and $x768 $x2922)))))
 (let (($x197 (not (or $x2145 $x3041))))
 (let (($x2870 (not (and $x1789 $x768 $x768 $x197))))
 (not $x2870)))))))))))))))))))))))))))
(assert
 (let ((?x2886 (+ b_i sum_n_15)))
(let ((?x3039 (+ ?x2886 1.0)))
(let ((?x624 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1081 (/ 1.0 ?x624)))
(let ((?x1965 (* 1.0 ?x1081)))
(let ((?x2599 (* b_i p_i_t)))
(let ((?x1724 (+ ?x2599 sum_n_12)))
(let ((?x1236 (+ ?x1724 ?x1965)))
(let ((?x2798 (/ ?x1236 ?x3039)))
(< ?x2798 0.0)))))))))))
(check-sat)
