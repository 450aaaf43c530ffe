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
 (let ((?x1022 (* (- 1.0) sum_n_15)))
 (let ((?x752 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x103 (+ ?x752 ?x1022)))
 (let (($x1563 (= 0.0 ?x103)))
 (let (($x1037 (and (= 0.0 (+ (* ?x752 p_i_u) (* (- 1.0) sum_n_13))) $x1563)))
 (let (($x1478 (and (not $x1037) $x1563)))
 (let ((?x1627 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x36 (+ ?x1627 ?x1022)))
 (let (($x1510 (= 0.0 ?x36)))
 (let (($x368 (and (= 0.0 (+ (* ?x1627 p_i_u) (* (- 1.0) sum_n_13))) $x1510)))
 (let (($x690 (and (not $x368) $x1510)))
 (let (($x808 (and (= 0.0 (+ (* ?x752 p_i_t) (* (- 1.0) sum_n_12))) $x1563)))
 (let (($x1017 (and (not $x808) $x1563)))
 (let (($x1062 (and (= 0.0 (+ (* ?x1627 p_i_t) (* (- 1.0) sum_n_12))) $x1510)))
 (let (($x1887 (and (not $x1062) $x1510)))
 (and (not (or $x1887 $x1062)) (not (or $x1017 $x808)) (not (or $x690 $x368)) (not (or $x1478 $x1037)))))))))))))))))))
(assert
 (let ((?x1022 (* (- 1.0) sum_n_15)))
(let ((?x1627 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x36 (+ ?x1627 ?x1022)))
(let ((?x410 (* (- 1.0) sum_n_13)))
(let ((?x1720 (+ (* ?x1627 p_i_u) ?x410)))
(let ((?x947 (/ ?x1720 ?x36)))
(let ((?x1248 (- p_i_u ?x947)))
(let ((?x1187 (* (- 1.0) sum_n_12)))
(let ((?x144 (+ (* ?x1627 p_i_t) ?x1187)))
(let ((?x540 (/ ?x144 ?x36)))
(let ((?x752 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x103 (+ ?x752 ?x1022)))
(let ((?x1235 (+ (* ?x752 p_i_t) ?x1187)))
(let ((?x900 (/ ?x1235 ?x103)))
(let ((?x1612 (- ?x900 ?x540)))
(let ((?x1587 (* ?x1612 ?x1248)))
(let ((?x1867 (- p_i_t ?x540)))
(let ((?x1605 (+ (* ?x752 p_i_u) ?x410)))
(let ((?x409 (/ ?x1605 ?x103)))
(let ((?x113 (- ?x409 ?x947)))
(let ((?x1894 (* ?x113 ?x1867)))
(or (< ?x1587 ?x1894) (< ?x1894 ?x1587))))))))))))))))))))))))
(check-sat)
