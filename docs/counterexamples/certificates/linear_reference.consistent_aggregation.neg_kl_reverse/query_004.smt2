; linear_reference, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
(declare-fun zero_is_negative!2102 () Bool)
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
 (let ((?x2064 (+ b_i sum_n_15)))
 (let ((?x1786 (+ ?x2064 1.0)))
 (let (($x2772 (= 0.0 ?x1786)))
 (let ((?x139 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x227 (/ 1.0 ?x139)))
 (let ((?x2937 (* 1.0 ?x227)))
 (let ((?x2851 (* b_i p_i_t)))
 (let ((?x1082 (+ ?x2851 sum_n_12)))
 (let ((?x1338 (+ ?x1082 ?x2937)))
 (let (($x368 (= 0.0 ?x139)))
 (let (($x1252 (not $x368)))
 (let (($x256 (and $x1252 (< 0.0 ?x227))))
 (let (($x827 (> 0.0 ?x139)))
 (let (($x826 (not $x827)))
 (let (($x1670 (ite $x368 zero_is_negative!2102 $x826)))
 (let (($x595 (and $x368 $x1670)))
 (let (($x2820 (or $x595 $x256)))
 (let (($x2583 (and $x368 (not $x2820))))
 (let (($x1392 (and $x368 $x2820)))
 (let (($x468 (or $x1392 $x2583)))
 (let (($x2866 (not $x468)))
 (let (($x1543 (and (and $x2866 (= 0.0 ?x1338)) $x2772)))
 (let (($x110 (and (not $x1543) (or $x468 (and $x2866 $x2772)))))
 (not (or $x110 $x1543))))))))))))))))))))))))))
(assert
 (let ((?x2064 (+ b_i sum_n_15)))
(let ((?x1786 (+ ?x2064 1.0)))
(let (($x2772 (= 0.0 ?x1786)))
(let ((?x139 (+ 2.0 (+ (- 2.0) k))))
(let ((?x227 (/ 1.0 ?x139)))
(let ((?x2937 (* 1.0 ?x227)))
(let ((?x2851 (* b_i p_i_t)))
(let ((?x1082 (+ ?x2851 sum_n_12)))
(let ((?x1338 (+ ?x1082 ?x2937)))
(let (($x368 (= 0.0 ?x139)))
(let (($x1252 (not $x368)))
(let (($x256 (and $x1252 (< 0.0 ?x227))))
(let (($x827 (> 0.0 ?x139)))
(let (($x826 (not $x827)))
(let (($x1670 (ite $x368 zero_is_negative!2102 $x826)))
(let (($x595 (and $x368 $x1670)))
(let (($x2820 (or $x595 $x256)))
(let (($x2583 (and $x368 (not $x2820))))
(let (($x1392 (and $x368 $x2820)))
(let (($x468 (or $x1392 $x2583)))
(let (($x2866 (not $x468)))
(let (($x1543 (and (and $x2866 (= 0.0 ?x1338)) $x2772)))
(let (($x110 (and (not $x1543) (or $x468 (and $x2866 $x2772)))))
(let (($x2766 (not (or $x110 $x1543))))
(not (and $x1252 $x2866 $x2866 $x2766)))))))))))))))))))))))))))
(check-sat)
