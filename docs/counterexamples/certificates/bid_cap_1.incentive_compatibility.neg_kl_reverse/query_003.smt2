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
 (let ((?x385 (* (- 1.0) sum_n_15)))
 (let ((?x1047 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x376 (+ ?x1047 ?x385)))
 (let (($x1675 (= 0.0 ?x376)))
 (let (($x1785 (and (= 0.0 (+ (* ?x1047 p_i_u) (* (- 1.0) sum_n_13))) $x1675)))
 (let (($x1419 (and (not $x1785) $x1675)))
 (let ((?x1870 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1277 (+ ?x1870 ?x385)))
 (let (($x571 (= 0.0 ?x1277)))
 (let (($x201 (and (= 0.0 (+ (* ?x1870 p_i_u) (* (- 1.0) sum_n_13))) $x571)))
 (let (($x329 (and (not $x201) $x571)))
 (let (($x1872 (and (= 0.0 (+ (* ?x1047 p_i_t) (* (- 1.0) sum_n_12))) $x1675)))
 (let (($x140 (and (not $x1872) $x1675)))
 (let (($x1874 (and (= 0.0 (+ (* ?x1870 p_i_t) (* (- 1.0) sum_n_12))) $x571)))
 (let (($x1688 (and (not $x1874) $x571)))
 (and (not (or $x1688 $x1874)) (not (or $x140 $x1872)) (not (or $x329 $x201)) (not (or $x1419 $x1785)))))))))))))))))))
(assert
 (let ((?x385 (* (- 1.0) sum_n_15)))
(let ((?x1870 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1277 (+ ?x1870 ?x385)))
(let ((?x801 (* (- 1.0) sum_n_13)))
(let ((?x1165 (+ (* ?x1870 p_i_u) ?x801)))
(let ((?x1487 (/ ?x1165 ?x1277)))
(let ((?x454 (- p_i_u ?x1487)))
(let ((?x1698 (* (- 1.0) sum_n_12)))
(let ((?x883 (+ (* ?x1870 p_i_t) ?x1698)))
(let ((?x1875 (/ ?x883 ?x1277)))
(let ((?x1047 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x376 (+ ?x1047 ?x385)))
(let ((?x226 (+ (* ?x1047 p_i_t) ?x1698)))
(let ((?x1154 (/ ?x226 ?x376)))
(let ((?x232 (- ?x1154 ?x1875)))
(let ((?x1649 (* ?x232 ?x454)))
(let ((?x1626 (- p_i_t ?x1875)))
(let ((?x1046 (+ (* ?x1047 p_i_u) ?x801)))
(let ((?x225 (/ ?x1046 ?x376)))
(let ((?x547 (- ?x225 ?x1487)))
(let ((?x1686 (* ?x547 ?x1626)))
(or (< ?x1649 ?x1686) (< ?x1686 ?x1649))))))))))))))))))))))))
(check-sat)
