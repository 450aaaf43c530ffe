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
 (let ((?x1912 (* (- 1.0) sum_n_15)))
 (let ((?x197 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x161 (+ ?x197 ?x1912)))
 (let (($x1150 (= 0.0 ?x161)))
 (let (($x874 (and (= 0.0 (+ (* ?x197 p_i_u) (* (- 1.0) sum_n_13))) $x1150)))
 (let (($x1510 (and (not $x874) $x1150)))
 (let ((?x261 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x47 (+ ?x261 ?x1912)))
 (let (($x435 (= 0.0 ?x47)))
 (let (($x853 (and (= 0.0 (+ (* ?x261 p_i_u) (* (- 1.0) sum_n_13))) $x435)))
 (let (($x476 (and (not $x853) $x435)))
 (let (($x829 (and (= 0.0 (+ (* ?x197 p_i_t) (* (- 1.0) sum_n_12))) $x1150)))
 (let (($x480 (and (not $x829) $x1150)))
 (let (($x615 (and (= 0.0 (+ (* ?x261 p_i_t) (* (- 1.0) sum_n_12))) $x435)))
 (let (($x1852 (and (not $x615) $x435)))
 (and (not (or $x1852 $x615)) (not (or $x480 $x829)) (not (or $x476 $x853)) (not (or $x1510 $x874)))))))))))))))))))
(assert
 (let ((?x1912 (* (- 1.0) sum_n_15)))
(let ((?x261 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x47 (+ ?x261 ?x1912)))
(let ((?x1325 (* (- 1.0) sum_n_13)))
(let ((?x1334 (+ (* ?x261 p_i_u) ?x1325)))
(let ((?x1100 (/ ?x1334 ?x47)))
(let ((?x197 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x161 (+ ?x197 ?x1912)))
(let ((?x775 (+ (* ?x197 p_i_u) ?x1325)))
(let ((?x44 (/ ?x775 ?x161)))
(let ((?x327 (- ?x44 ?x1100)))
(or (> 0.0 (* ?x327 (- p_i_u ?x1100))) (< (* (- p_i_u ?x1100) (- p_i_u ?x1100)) (* ?x327 ?x327)))))))))))))))
(check-sat)
