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
 (let ((?x728 (* (- 1.0) sum_n_15)))
 (let ((?x1404 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1154 (+ ?x1404 ?x728)))
 (let (($x331 (= 0.0 ?x1154)))
 (let (($x1187 (and (= 0.0 (+ (* ?x1404 p_i_t) (* (- 1.0) sum_n_12))) $x331)))
 (let (($x1017 (and (not $x1187) $x331)))
 (not (or $x1017 $x1187)))))))))
(assert
 (let ((?x728 (* (- 1.0) sum_n_15)))
 (let ((?x1404 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1154 (+ ?x1404 ?x728)))
 (let (($x331 (= 0.0 ?x1154)))
 (let (($x1187 (and (= 0.0 (+ (* ?x1404 p_i_t) (* (- 1.0) sum_n_12))) $x331)))
 (let (($x1017 (and (not $x1187) $x331)))
 (let (($x900 (not (or $x1017 $x1187))))
 (let (($x388 (not $x900)))
 (not $x388))))))))))
(assert
 (let ((?x728 (* (- 1.0) sum_n_15)))
(let ((?x1404 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1154 (+ ?x1404 ?x728)))
(let ((?x1482 (* (- 1.0) sum_n_12)))
(let ((?x315 (* ?x1404 p_i_t)))
(let ((?x1058 (+ ?x315 ?x1482)))
(let ((?x1828 (/ ?x1058 ?x1154)))
(< ?x1828 0.0)))))))))
(check-sat)
