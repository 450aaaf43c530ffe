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
 (let ((?x296 (* (- 1.0) sum_n_15)))
 (let ((?x862 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x2803 (+ ?x862 ?x296)))
 (let (($x909 (= 0.0 ?x2803)))
 (let (($x1127 (and (= 0.0 (+ (* ?x862 p_i_u) (* (- 1.0) sum_n_13))) $x909)))
 (let (($x2784 (and (not $x1127) $x909)))
 (let ((?x3499 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x2464 (+ ?x3499 ?x296)))
 (let (($x409 (= 0.0 ?x2464)))
 (let (($x2842 (and (= 0.0 (+ (* ?x3499 p_i_u) (* (- 1.0) sum_n_13))) $x409)))
 (let (($x2401 (and (not $x2842) $x409)))
 (let (($x2227 (and (= 0.0 (+ (* ?x862 p_i_t) (* (- 1.0) sum_n_12))) $x909)))
 (let (($x1832 (and (not $x2227) $x909)))
 (let (($x417 (and (= 0.0 (+ (* ?x3499 p_i_t) (* (- 1.0) sum_n_12))) $x409)))
 (let (($x1601 (and (not $x417) $x409)))
 (and (not (or $x1601 $x417)) (not (or $x1832 $x2227)) (not (or $x2401 $x2842)) (not (or $x2784 $x1127)))))))))))))))))))
(assert
 (let ((?x296 (* (- 1.0) sum_n_15)))
(let ((?x3499 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x2464 (+ ?x3499 ?x296)))
(let ((?x3339 (* (- 1.0) sum_n_13)))
(let ((?x1208 (+ (* ?x3499 p_i_u) ?x3339)))
(let ((?x1114 (/ ?x1208 ?x2464)))
(let ((?x862 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x2803 (+ ?x862 ?x296)))
(let ((?x2376 (+ (* ?x862 p_i_u) ?x3339)))
(let ((?x365 (/ ?x2376 ?x2803)))
(let ((?x2747 (- ?x365 ?x1114)))
(or (> 0.0 (* ?x2747 (- p_i_u ?x1114))) (< (* (- p_i_u ?x1114) (- p_i_u ?x1114)) (* ?x2747 ?x2747)))))))))))))))
(check-sat)
