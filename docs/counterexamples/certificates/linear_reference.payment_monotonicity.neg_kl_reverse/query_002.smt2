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
(declare-fun zero_is_negative!2004 () Bool)
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
 (let ((?x2947 (+ b_i sum_n_15)))
 (let ((?x54 (+ ?x2947 1.0)))
 (let (($x1330 (= 0.0 ?x54)))
 (let ((?x866 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1578 (/ 1.0 ?x866)))
 (let ((?x1068 (* 1.0 ?x1578)))
 (let ((?x2758 (* b_i p_i_t)))
 (let ((?x152 (+ ?x2758 sum_n_12)))
 (let ((?x1317 (+ ?x152 ?x1068)))
 (let (($x2684 (= 0.0 ?x866)))
 (let (($x1144 (not $x2684)))
 (let (($x2229 (and $x1144 (< 0.0 ?x1578))))
 (let (($x1518 (> 0.0 ?x866)))
 (let (($x864 (not $x1518)))
 (let (($x2699 (ite $x2684 zero_is_negative!2004 $x864)))
 (let (($x2969 (and $x2684 $x2699)))
 (let (($x2827 (or $x2969 $x2229)))
 (let (($x2578 (and $x2684 (not $x2827))))
 (let (($x2586 (and $x2684 $x2827)))
 (let (($x2527 (or $x2586 $x2578)))
 (let (($x513 (not $x2527)))
 (let (($x1336 (and (and $x513 (= 0.0 ?x1317)) $x1330)))
 (let (($x2847 (and (not $x1336) (or $x2527 (and $x513 $x1330)))))
 (not (or $x2847 $x1336))))))))))))))))))))))))))
(assert
 (let ((?x2947 (+ b_i sum_n_15)))
(let ((?x54 (+ ?x2947 1.0)))
(let (($x1330 (= 0.0 ?x54)))
(let ((?x866 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1578 (/ 1.0 ?x866)))
(let ((?x1068 (* 1.0 ?x1578)))
(let ((?x2758 (* b_i p_i_t)))
(let ((?x152 (+ ?x2758 sum_n_12)))
(let ((?x1317 (+ ?x152 ?x1068)))
(let (($x2684 (= 0.0 ?x866)))
(let (($x1144 (not $x2684)))
(let (($x2229 (and $x1144 (< 0.0 ?x1578))))
(let (($x1518 (> 0.0 ?x866)))
(let (($x864 (not $x1518)))
(let (($x2699 (ite $x2684 zero_is_negative!2004 $x864)))
(let (($x2969 (and $x2684 $x2699)))
(let (($x2827 (or $x2969 $x2229)))
(let (($x2578 (and $x2684 (not $x2827))))
(let (($x2586 (and $x2684 $x2827)))
(let (($x2527 (or $x2586 $x2578)))
(let (($x513 (not $x2527)))
(let (($x1336 (and (and $x513 (= 0.0 ?x1317)) $x1330)))
(let (($x2847 (and (not $x1336) (or $x2527 (and $x513 $x1330)))))
(let (($x1356 (not (or $x2847 $x1336))))
(not (and $x1144 $x513 $x513 $x1356)))))))))))))))))))))))))))
(check-sat)
