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
 (let ((?x6153 (* (- 1.0) sum_n_15)))
 (let ((?x7047 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x2355 (+ ?x7047 ?x6153)))
 (let (($x7703 (= 0.0 ?x2355)))
 (let (($x755 (and (= 0.0 (+ (* ?x7047 p_i_t) (* (- 1.0) sum_n_12))) $x7703)))
 (let (($x7942 (and (not $x755) $x7703)))
 (not (or $x7942 $x755)))))))))
(assert
 (let ((?x6153 (* (- 1.0) sum_n_15)))
 (let ((?x7047 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x2355 (+ ?x7047 ?x6153)))
 (let (($x7703 (= 0.0 ?x2355)))
 (let (($x755 (and (= 0.0 (+ (* ?x7047 p_i_t) (* (- 1.0) sum_n_12))) $x7703)))
 (let (($x7942 (and (not $x755) $x7703)))
 (let (($x1017 (not (or $x7942 $x755))))
 (let (($x5832 (not $x1017)))
 (not $x5832))))))))))
(assert
 (let ((?x6153 (* (- 1.0) sum_n_15)))
(let ((?x7047 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x2355 (+ ?x7047 ?x6153)))
(let ((?x1977 (* (- 1.0) sum_n_12)))
(let ((?x6177 (* ?x7047 p_i_t)))
(let ((?x8271 (+ ?x6177 ?x1977)))
(let ((?x4747 (/ ?x8271 ?x2355)))
(< ?x4747 0.0)))))))))
(check-sat)
