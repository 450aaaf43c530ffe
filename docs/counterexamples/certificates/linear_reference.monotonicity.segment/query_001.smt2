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
(declare-fun zero_is_negative!1778 () Bool)
(declare-fun zero_is_negative!1772 () Bool)
(declare-fun zero_is_negative!1777 () Bool)
(declare-fun zero_is_negative!1771 () Bool)
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
 (let ((?x224 (+ x_raised sum_n_15)))
 (let ((?x1269 (+ ?x224 1.0)))
 (let (($x176 (= 0.0 ?x1269)))
 (let ((?x4591 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1432 (/ 1.0 ?x4591)))
 (let ((?x4496 (* 1.0 ?x1432)))
 (let ((?x1572 (+ (+ (* x_raised p_i_u) sum_n_13) ?x4496)))
 (let (($x1614 (and (not (= 0.0 ?x4591)) (< 0.0 ?x1432))))
 (let (($x609 (= 0.0 ?x4591)))
 (let (($x2740 (or (and $x609 (ite $x609 zero_is_negative!1778 (not (> 0.0 ?x4591)))) $x1614)))
 (let (($x3733 (and $x609 (not $x2740))))
 (let (($x1756 (and $x609 $x2740)))
 (let (($x906 (or $x1756 $x3733)))
 (let (($x1697 (not $x906)))
 (let (($x518 (and (and $x1697 (= 0.0 ?x1572)) $x176)))
 (let (($x1438 (and (not $x518) (or $x906 (and $x1697 $x176)))))
 (let ((?x4434 (+ b_i sum_n_15)))
 (let ((?x3029 (+ ?x4434 1.0)))
 (let (($x2325 (= 0.0 ?x3029)))
 (let (($x2799 (or (and $x609 (ite $x609 zero_is_negative!1772 (not (> 0.0 ?x4591)))) $x1614)))
 (let (($x3303 (and $x609 (not $x2799))))
 (let (($x3199 (and $x609 $x2799)))
 (let (($x4181 (or $x3199 $x3303)))
 (let (($x4586 (not $x4181)))
 (let (($x1759 (and (and $x4586 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x4496))) $x2325)))
 (let (($x1324 (and (not $x1759) (or $x4181 (and $x4586 $x2325)))))
 (let (($x3002 (or (and $x609 (ite $x609 zero_is_negative!1777 (not (> 0.0 ?x4591)))) $x1614)))
 (let (($x4324 (and $x609 (not $x3002))))
 (let (($x3904 (and $x609 $x3002)))
 (let (($x2513 (or $x3904 $x4324)))
 (let (($x3698 (not $x2513)))
 (let (($x2178 (and (and $x3698 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x4496))) $x176)))
 (let (($x154 (and (not $x2178) (or $x2513 (and $x3698 $x176)))))
 (let (($x3219 (or (and $x609 (ite $x609 zero_is_negative!1771 (not (> 0.0 ?x4591)))) $x1614)))
 (let (($x387 (and $x609 (not $x3219))))
 (let (($x1723 (and $x609 $x3219)))
 (let (($x1132 (or $x1723 $x387)))
 (let (($x3938 (not $x1132)))
 (let (($x3930 (and (and $x3938 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x4496))) $x2325)))
 (let (($x2132 (and (not $x3930) (or $x1132 (and $x3938 $x2325)))))
 (and (not (or $x2132 $x3930)) (not (or $x154 $x2178)) (not (or $x1324 $x1759)) (not (or $x1438 $x518))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x4434 (+ b_i sum_n_15)))
(let ((?x3029 (+ ?x4434 1.0)))
(let ((?x4591 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1432 (/ 1.0 ?x4591)))
(let ((?x4496 (* 1.0 ?x1432)))
(let ((?x4659 (+ (+ (* b_i p_i_t) sum_n_12) ?x4496)))
(let ((?x4620 (/ ?x4659 ?x3029)))
(let ((?x224 (+ x_raised sum_n_15)))
(let ((?x1269 (+ ?x224 1.0)))
(let ((?x704 (+ (+ (* x_raised p_i_t) sum_n_12) ?x4496)))
(let ((?x2055 (/ ?x704 ?x1269)))
(let ((?x3162 (- ?x2055 ?x4620)))
(or (> 0.0 (* ?x3162 (- p_i_t ?x4620))) (< (* (- p_i_t ?x4620) (- p_i_t ?x4620)) (* ?x3162 ?x3162))))))))))))))))
(check-sat)
