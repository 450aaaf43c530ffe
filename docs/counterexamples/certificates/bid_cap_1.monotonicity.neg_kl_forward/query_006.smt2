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
 (let ((?x678 (* (- 1.0) sum_n_15)))
 (let ((?x456 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x386 (+ ?x456 ?x678)))
 (let (($x1015 (= 0.0 ?x386)))
 (let (($x677 (and (= 0.0 (+ (* ?x456 p_i_t) (* (- 1.0) sum_n_12))) $x1015)))
 (let (($x146 (and (not $x677) $x1015)))
 (not (or $x146 $x677)))))))))
(assert
 (let ((?x678 (* (- 1.0) sum_n_15)))
 (let ((?x456 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x386 (+ ?x456 ?x678)))
 (let (($x1015 (= 0.0 ?x386)))
 (let (($x677 (and (= 0.0 (+ (* ?x456 p_i_t) (* (- 1.0) sum_n_12))) $x1015)))
 (let (($x146 (and (not $x677) $x1015)))
 (let (($x1351 (not (or $x146 $x677))))
 (let (($x1753 (not $x1351)))
 (not $x1753))))))))))
(assert
 (let ((?x678 (* (- 1.0) sum_n_15)))
 (let ((?x456 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x386 (+ ?x456 ?x678)))
 (let ((?x1896 (* (- 1.0) sum_n_12)))
 (let ((?x976 (* ?x456 p_i_t)))
 (let ((?x1027 (+ ?x976 ?x1896)))
 (let ((?x291 (/ ?x1027 ?x386)))
 (let (($x1334 (< ?x291 0.0)))
 (not $x1334))))))))))
(assert
 (let ((?x678 (* (- 1.0) sum_n_15)))
(let ((?x456 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x386 (+ ?x456 ?x678)))
(let ((?x1020 (* ?x456 1.0)))
(let ((?x695 (+ ?x1020 ?x678)))
(let ((?x294 (/ ?x695 ?x386)))
(let (($x1015 (= 0.0 ?x386)))
(let (($x1185 (and (= 0.0 ?x695) $x1015)))
(let (($x227 (and (not $x1185) $x1015)))
(or (not (not (or $x227 $x1185))) (and (distinct ?x294 1.0) true))))))))))))
(check-sat)
