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
 (let ((?x2855 (* (- 1.0) sum_n_15)))
 (let ((?x4875 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x964 (+ ?x4875 ?x2855)))
 (let (($x5200 (= 0.0 ?x964)))
 (let (($x6942 (and (= 0.0 (+ (* ?x4875 p_i_t) (* (- 1.0) sum_n_12))) $x5200)))
 (let (($x7281 (and (not $x6942) $x5200)))
 (not (or $x7281 $x6942)))))))))
(assert
 (let ((?x2855 (* (- 1.0) sum_n_15)))
 (let ((?x4875 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x964 (+ ?x4875 ?x2855)))
 (let (($x5200 (= 0.0 ?x964)))
 (let (($x6942 (and (= 0.0 (+ (* ?x4875 p_i_t) (* (- 1.0) sum_n_12))) $x5200)))
 (let (($x7281 (and (not $x6942) $x5200)))
 (let (($x88 (not (or $x7281 $x6942))))
 (let (($x1091 (not $x88)))
 (not $x1091))))))))))
(assert
 (let ((?x2855 (* (- 1.0) sum_n_15)))
(let ((?x4875 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x964 (+ ?x4875 ?x2855)))
(let ((?x2748 (* (- 1.0) sum_n_12)))
(let ((?x2004 (* ?x4875 p_i_t)))
(let ((?x7546 (+ ?x2004 ?x2748)))
(let ((?x1745 (/ ?x7546 ?x964)))
(< ?x1745 0.0)))))))))
(check-sat)
