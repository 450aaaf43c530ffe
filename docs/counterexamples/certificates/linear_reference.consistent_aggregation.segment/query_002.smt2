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
(declare-fun zero_is_negative!1983 () Bool)
(declare-fun zero_is_negative!1977 () Bool)
(declare-fun zero_is_negative!1982 () Bool)
(declare-fun zero_is_negative!1976 () Bool)
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
 (let ((?x991 (+ x_raised sum_n_15)))
 (let ((?x152 (+ ?x991 1.0)))
 (let (($x358 (= 0.0 ?x152)))
 (let ((?x727 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x929 (/ 1.0 ?x727)))
 (let ((?x1671 (* 1.0 ?x929)))
 (let ((?x595 (+ (+ (* x_raised p_i_u) sum_n_13) ?x1671)))
 (let (($x192 (and (not (= 0.0 ?x727)) (< 0.0 ?x929))))
 (let (($x619 (= 0.0 ?x727)))
 (let (($x2911 (or (and $x619 (ite $x619 zero_is_negative!1983 (not (> 0.0 ?x727)))) $x192)))
 (let (($x1180 (and $x619 (not $x2911))))
 (let (($x2305 (and $x619 $x2911)))
 (let (($x110 (or $x2305 $x1180)))
 (let (($x227 (not $x110)))
 (let (($x1786 (and (and $x227 (= 0.0 ?x595)) $x358)))
 (let (($x266 (and (not $x1786) (or $x110 (and $x227 $x358)))))
 (let ((?x96 (+ b_i sum_n_15)))
 (let ((?x2649 (+ ?x96 1.0)))
 (let (($x359 (= 0.0 ?x2649)))
 (let (($x2772 (or (and $x619 (ite $x619 zero_is_negative!1977 (not (> 0.0 ?x727)))) $x192)))
 (let (($x139 (and $x619 (not $x2772))))
 (let (($x29 (and $x619 $x2772)))
 (let (($x2583 (or $x29 $x139)))
 (let (($x1965 (not $x2583)))
 (let (($x1172 (and (and $x1965 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x1671))) $x359)))
 (let (($x1543 (and (not $x1172) (or $x2583 (and $x1965 $x359)))))
 (let (($x2866 (or (and $x619 (ite $x619 zero_is_negative!1982 (not (> 0.0 ?x727)))) $x192)))
 (let (($x103 (and $x619 (not $x2866))))
 (let (($x1670 (and $x619 $x2866)))
 (let (($x847 (or $x1670 $x103)))
 (let (($x2557 (not $x847)))
 (let (($x624 (and (and $x2557 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x1671))) $x358)))
 (let (($x2892 (and (not $x624) (or $x847 (and $x2557 $x358)))))
 (let (($x2516 (or (and $x619 (ite $x619 zero_is_negative!1976 (not (> 0.0 ?x727)))) $x192)))
 (let (($x1897 (and $x619 (not $x2516))))
 (let (($x3043 (and $x619 $x2516)))
 (let (($x2569 (or $x3043 $x1897)))
 (let (($x1557 (not $x2569)))
 (let (($x3041 (and (and $x1557 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x1671))) $x359)))
 (let (($x2284 (and (not $x3041) (or $x2569 (and $x1557 $x359)))))
 (and (not (or $x2284 $x3041)) (not (or $x2892 $x624)) (not (or $x1543 $x1172)) (not (or $x266 $x1786))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x96 (+ b_i sum_n_15)))
(let ((?x2649 (+ ?x96 1.0)))
(let ((?x727 (+ 2.0 (+ (- 2.0) k))))
(let ((?x929 (/ 1.0 ?x727)))
(let ((?x1671 (* 1.0 ?x929)))
(let ((?x732 (+ (+ (* b_i p_i_u) sum_n_13) ?x1671)))
(let ((?x71 (/ ?x732 ?x2649)))
(let ((?x991 (+ x_raised sum_n_15)))
(let ((?x152 (+ ?x991 1.0)))
(let ((?x595 (+ (+ (* x_raised p_i_u) sum_n_13) ?x1671)))
(let ((?x2662 (/ ?x595 ?x152)))
(let ((?x2267 (- ?x2662 ?x71)))
(or (> 0.0 (* ?x2267 (- p_i_u ?x71))) (< (* (- p_i_u ?x71) (- p_i_u ?x71)) (* ?x2267 ?x2267))))))))))))))))
(check-sat)
