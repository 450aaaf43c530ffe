; bid_cap_1, every n and k: no coordinatewise violation
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
 (let ((?x2516 (* (- 1.0) sum_n_15)))
 (let ((?x1464 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1758 (+ ?x1464 ?x2516)))
 (let (($x209 (= 0.0 ?x1758)))
 (let (($x1139 (and (= 0.0 (+ (* ?x1464 p_i_t) (* (- 1.0) sum_n_12))) $x209)))
 (let (($x3256 (and (not $x1139) $x209)))
 (let ((?x1891 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x2943 (+ ?x1891 ?x2516)))
 (let (($x3424 (= 0.0 ?x2943)))
 (let (($x1324 (and (= 0.0 (+ (* ?x1891 p_i_t) (* (- 1.0) sum_n_12))) $x3424)))
 (let (($x2301 (and (not $x1324) $x3424)))
 (and (not (or $x2301 $x1324)) (not (or $x3256 $x1139)))))))))))))))
(assert
 (let ((?x2516 (* (- 1.0) sum_n_15)))
(let ((?x1464 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1758 (+ ?x1464 ?x2516)))
(let ((?x1205 (* (- 1.0) sum_n_12)))
(let ((?x1795 (+ (* ?x1464 p_i_t) ?x1205)))
(let ((?x251 (/ ?x1795 ?x1758)))
(let ((?x1891 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x2943 (+ ?x1891 ?x2516)))
(let ((?x3278 (+ (* ?x1891 p_i_t) ?x1205)))
(let ((?x1002 (/ ?x3278 ?x2943)))
(or (and (< ?x251 ?x1002) (< ?x251 p_i_t)) (and (< ?x1002 ?x251) (< p_i_t ?x251))))))))))))))
(check-sat)
