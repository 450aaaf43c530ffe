; bid_cap_1, every n and k: no segment violation
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
 (<= sum_n_12 0.0))
(assert
 (<= sum_n_13 0.0))
(assert
 (<= sum_n_14 0.0))
(assert
 (<= sum_n_15 0.0))
(assert
 (<= sum_n_15 sum_n_12))
(assert
 (<= sum_n_15 sum_n_13))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x3229 (* (- 1.0) sum_n_15)))
 (let ((?x1609 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1760 (+ ?x1609 ?x3229)))
 (let (($x142 (= 0.0 ?x1760)))
 (let (($x3569 (and (= 0.0 (+ (* ?x1609 p_i_u) (* (- 1.0) sum_n_13))) $x142)))
 (let (($x1012 (and (not $x3569) $x142)))
 (let ((?x1537 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x3517 (+ ?x1537 ?x3229)))
 (let (($x287 (= 0.0 ?x3517)))
 (let (($x11 (and (= 0.0 (+ (* ?x1537 p_i_u) (* (- 1.0) sum_n_13))) $x287)))
 (let (($x1146 (and (not $x11) $x287)))
 (let (($x2138 (and (= 0.0 (+ (* ?x1609 p_i_t) (* (- 1.0) sum_n_12))) $x142)))
 (let (($x2174 (and (not $x2138) $x142)))
 (let (($x5217 (and (= 0.0 (+ (* ?x1537 p_i_t) (* (- 1.0) sum_n_12))) $x287)))
 (let (($x1156 (and (not $x5217) $x287)))
 (and (not (or $x1156 $x5217)) (not (or $x2174 $x2138)) (not (or $x1146 $x11)) (not (or $x1012 $x3569)))))))))))))))))))
(assert
 (let ((?x3229 (* (- 1.0) sum_n_15)))
(let ((?x1537 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x3517 (+ ?x1537 ?x3229)))
(let ((?x897 (* (- 1.0) sum_n_13)))
(let ((?x758 (+ (* ?x1537 p_i_u) ?x897)))
(let ((?x479 (/ ?x758 ?x3517)))
(let ((?x1609 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1760 (+ ?x1609 ?x3229)))
(let ((?x831 (+ (* ?x1609 p_i_u) ?x897)))
(let ((?x2656 (/ ?x831 ?x1760)))
(let ((?x2117 (- ?x2656 ?x479)))
(or (> 0.0 (* ?x2117 (- p_i_u ?x479))) (< (* (- p_i_u ?x479) (- p_i_u ?x479)) (* ?x2117 ?x2117)))))))))))))))
(check-sat)
