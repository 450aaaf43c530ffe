; bid_cap_1, every n and k: the outputs sum to 1 wherever q(t) is finite
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
 (let ((?x1894 (* (- 1.0) sum_n_15)))
 (let ((?x900 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1856 (+ ?x900 ?x1894)))
 (let (($x808 (= 0.0 ?x1856)))
 (let (($x261 (and (= 0.0 (+ (* ?x900 p_i_t) (* (- 1.0) sum_n_12))) $x808)))
 (let (($x1187 (and (not $x261) $x808)))
 (not (or $x1187 $x261)))))))))
(assert
 (let ((?x1894 (* (- 1.0) sum_n_15)))
 (let ((?x900 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1856 (+ ?x900 ?x1894)))
 (let (($x808 (= 0.0 ?x1856)))
 (let (($x261 (and (= 0.0 (+ (* ?x900 p_i_t) (* (- 1.0) sum_n_12))) $x808)))
 (let (($x1187 (and (not $x261) $x808)))
 (let (($x1794 (not (or $x1187 $x261))))
 (let (($x433 (not $x1794)))
 (not $x433))))))))))
(assert
 (let ((?x1894 (* (- 1.0) sum_n_15)))
 (let ((?x900 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1856 (+ ?x900 ?x1894)))
 (let ((?x1753 (* (- 1.0) sum_n_12)))
 (let ((?x540 (* ?x900 p_i_t)))
 (let ((?x1533 (+ ?x540 ?x1753)))
 (let ((?x1062 (/ ?x1533 ?x1856)))
 (let (($x304 (< ?x1062 0.0)))
 (not $x304))))))))))
(assert
 (let ((?x1894 (* (- 1.0) sum_n_15)))
(let ((?x900 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1856 (+ ?x900 ?x1894)))
(let ((?x683 (* ?x900 1.0)))
(let ((?x1478 (+ ?x683 ?x1894)))
(let ((?x1613 (/ ?x1478 ?x1856)))
(let (($x808 (= 0.0 ?x1856)))
(let (($x724 (and (= 0.0 ?x1478) $x808)))
(let (($x1766 (and (not $x724) $x808)))
(or (not (not (or $x1766 $x724))) (and (distinct ?x1613 1.0) true))))))))))))
(check-sat)
