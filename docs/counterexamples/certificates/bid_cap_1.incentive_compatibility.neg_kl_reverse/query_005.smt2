; bid_cap_1, every n and k: q(t) >= 0 wherever q(t) is finite
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
 (let ((?x1784 (* (- 1.0) sum_n_15)))
 (let ((?x1091 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x283 (+ ?x1091 ?x1784)))
 (let (($x398 (= 0.0 ?x283)))
 (let (($x1698 (and (= 0.0 (+ (* ?x1091 p_i_t) (* (- 1.0) sum_n_12))) $x398)))
 (let (($x1076 (and (not $x1698) $x398)))
 (not (or $x1076 $x1698)))))))))
(assert
 (let ((?x1784 (* (- 1.0) sum_n_15)))
 (let ((?x1091 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x283 (+ ?x1091 ?x1784)))
 (let (($x398 (= 0.0 ?x283)))
 (let (($x1698 (and (= 0.0 (+ (* ?x1091 p_i_t) (* (- 1.0) sum_n_12))) $x398)))
 (let (($x1076 (and (not $x1698) $x398)))
 (let (($x201 (not (or $x1076 $x1698))))
 (let (($x1687 (not $x201)))
 (not $x1687))))))))))
(assert
 (let ((?x1784 (* (- 1.0) sum_n_15)))
(let ((?x1091 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x283 (+ ?x1091 ?x1784)))
(let ((?x1030 (* (- 1.0) sum_n_12)))
(let ((?x1259 (* ?x1091 p_i_t)))
(let ((?x1325 (+ ?x1259 ?x1030)))
(let ((?x1188 (/ ?x1325 ?x283)))
(< ?x1188 0.0)))))))))
(check-sat)
