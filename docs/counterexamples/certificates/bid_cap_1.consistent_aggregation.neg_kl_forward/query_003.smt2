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
 (let ((?x686 (* (- 1.0) sum_n_15)))
 (let ((?x3264 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x936 (+ ?x3264 ?x686)))
 (let (($x1760 (= 0.0 ?x936)))
 (let (($x831 (and (= 0.0 (+ (* ?x3264 p_i_u) (* (- 1.0) sum_n_13))) $x1760)))
 (let (($x2105 (and (not $x831) $x1760)))
 (let ((?x2500 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1189 (+ ?x2500 ?x686)))
 (let (($x291 (= 0.0 ?x1189)))
 (let (($x1308 (and (= 0.0 (+ (* ?x2500 p_i_u) (* (- 1.0) sum_n_13))) $x291)))
 (let (($x1023 (and (not $x1308) $x291)))
 (let (($x3191 (and (= 0.0 (+ (* ?x3264 p_i_t) (* (- 1.0) sum_n_12))) $x1760)))
 (let (($x3530 (and (not $x3191) $x1760)))
 (let (($x1156 (and (= 0.0 (+ (* ?x2500 p_i_t) (* (- 1.0) sum_n_12))) $x291)))
 (let (($x3363 (and (not $x1156) $x291)))
 (and (not (or $x3363 $x1156)) (not (or $x3530 $x3191)) (not (or $x1023 $x1308)) (not (or $x2105 $x831)))))))))))))))))))
(assert
 (let ((?x686 (* (- 1.0) sum_n_15)))
(let ((?x2500 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1189 (+ ?x2500 ?x686)))
(let ((?x1416 (* (- 1.0) sum_n_13)))
(let ((?x239 (+ (* ?x2500 p_i_u) ?x1416)))
(let ((?x2753 (/ ?x239 ?x1189)))
(let ((?x1400 (- p_i_u ?x2753)))
(let ((?x875 (* (- 1.0) sum_n_12)))
(let ((?x1700 (+ (* ?x2500 p_i_t) ?x875)))
(let ((?x2321 (/ ?x1700 ?x1189)))
(let ((?x3264 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x936 (+ ?x3264 ?x686)))
(let ((?x2219 (+ (* ?x3264 p_i_t) ?x875)))
(let ((?x2696 (/ ?x2219 ?x936)))
(let ((?x781 (- ?x2696 ?x2321)))
(let ((?x1006 (* ?x781 ?x1400)))
(let ((?x2836 (- p_i_t ?x2321)))
(let ((?x258 (+ (* ?x3264 p_i_u) ?x1416)))
(let ((?x1688 (/ ?x258 ?x936)))
(let ((?x3278 (- ?x1688 ?x2753)))
(let ((?x2075 (* ?x3278 ?x2836)))
(or (< ?x1006 ?x2075) (< ?x2075 ?x1006))))))))))))))))))))))))
(check-sat)
