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
 (let ((?x1312 (* (- 1.0) sum_n_15)))
 (let ((?x291 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1875 (+ ?x291 ?x1312)))
 (let (($x529 (= 0.0 ?x1875)))
 (let (($x1452 (and (= 0.0 (+ (* ?x291 p_i_u) (* (- 1.0) sum_n_13))) $x529)))
 (let (($x1822 (and (not $x1452) $x529)))
 (let ((?x330 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x701 (+ ?x330 ?x1312)))
 (let (($x1348 (= 0.0 ?x701)))
 (let (($x121 (and (= 0.0 (+ (* ?x330 p_i_u) (* (- 1.0) sum_n_13))) $x1348)))
 (let (($x1454 (and (not $x121) $x1348)))
 (let (($x1923 (and (= 0.0 (+ (* ?x291 p_i_t) (* (- 1.0) sum_n_12))) $x529)))
 (let (($x1687 (and (not $x1923) $x529)))
 (let (($x861 (and (= 0.0 (+ (* ?x330 p_i_t) (* (- 1.0) sum_n_12))) $x1348)))
 (let (($x537 (and (not $x861) $x1348)))
 (and (not (or $x537 $x861)) (not (or $x1687 $x1923)) (not (or $x1454 $x121)) (not (or $x1822 $x1452)))))))))))))))))))
(assert
 (let ((?x1312 (* (- 1.0) sum_n_15)))
(let ((?x330 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x701 (+ ?x330 ?x1312)))
(let ((?x1698 (* (- 1.0) sum_n_13)))
(let ((?x443 (+ (* ?x330 p_i_u) ?x1698)))
(let ((?x461 (/ ?x443 ?x701)))
(let ((?x1784 (- p_i_u ?x461)))
(let ((?x193 (* (- 1.0) sum_n_12)))
(let ((?x1091 (+ (* ?x330 p_i_t) ?x193)))
(let ((?x1487 (/ ?x1091 ?x701)))
(let ((?x291 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1875 (+ ?x291 ?x1312)))
(let ((?x1276 (+ (* ?x291 p_i_t) ?x193)))
(let ((?x1171 (/ ?x1276 ?x1875)))
(let ((?x176 (- ?x1171 ?x1487)))
(let ((?x908 (* ?x176 ?x1784)))
(let ((?x695 (- p_i_t ?x1487)))
(let ((?x1843 (+ (* ?x291 p_i_u) ?x1698)))
(let ((?x904 (/ ?x1843 ?x1875)))
(let ((?x1145 (- ?x904 ?x461)))
(let ((?x1664 (* ?x1145 ?x695)))
(or (< ?x908 ?x1664) (< ?x1664 ?x908))))))))))))))))))))))))
(check-sat)
