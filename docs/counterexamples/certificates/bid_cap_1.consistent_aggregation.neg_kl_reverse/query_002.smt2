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
 (let ((?x59 (* (- 1.0) sum_n_15)))
 (let ((?x70 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x74 (+ ?x70 ?x59)))
 (let (($x75 (= 0.0 ?x74)))
 (let (($x93 (and (= 0.0 (+ (* ?x70 p_i_u) (* (- 1.0) sum_n_13))) $x75)))
 (let ((?x54 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x60 (+ ?x54 ?x59)))
 (let (($x61 (= 0.0 ?x60)))
 (let (($x85 (and (= 0.0 (+ (* ?x54 p_i_u) (* (- 1.0) sum_n_13))) $x61)))
 (let (($x76 (and (= 0.0 (+ (* ?x70 p_i_t) (* (- 1.0) sum_n_12))) $x75)))
 (let (($x62 (and (= 0.0 (+ (* ?x54 p_i_t) (* (- 1.0) sum_n_12))) $x61)))
 (and (not (or (and (not $x62) $x61) $x62)) (not (or (and (not $x76) $x75) $x76)) (not (or (and (not $x85) $x61) $x85)) (not (or (and (not $x93) $x75) $x93)))))))))))))))
(assert
 (let ((?x59 (* (- 1.0) sum_n_15)))
(let ((?x54 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x60 (+ ?x54 ?x59)))
(let ((?x82 (* (- 1.0) sum_n_13)))
(let ((?x83 (+ (* ?x54 p_i_u) ?x82)))
(let ((?x100 (/ ?x83 ?x60)))
(let ((?x70 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x74 (+ ?x70 ?x59)))
(let ((?x91 (+ (* ?x70 p_i_u) ?x82)))
(let ((?x101 (- (/ ?x91 ?x74) ?x100)))
(or (> 0.0 (* ?x101 (- p_i_u ?x100))) (< (* (- p_i_u ?x100) (- p_i_u ?x100)) (* ?x101 ?x101))))))))))))))
(check-sat)
