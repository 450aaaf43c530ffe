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
 (let ((?x2964 (* (- 1.0) sum_n_15)))
 (let ((?x2161 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x3347 (+ ?x2161 ?x2964)))
 (let (($x1318 (= 0.0 ?x3347)))
 (let (($x1284 (and (= 0.0 (+ (* ?x2161 p_i_u) (* (- 1.0) sum_n_13))) $x1318)))
 (let (($x2522 (and (not $x1284) $x1318)))
 (let ((?x1368 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1831 (+ ?x1368 ?x2964)))
 (let (($x684 (= 0.0 ?x1831)))
 (let (($x1023 (and (= 0.0 (+ (* ?x1368 p_i_u) (* (- 1.0) sum_n_13))) $x684)))
 (let (($x493 (and (not $x1023) $x684)))
 (let (($x2370 (and (= 0.0 (+ (* ?x2161 p_i_t) (* (- 1.0) sum_n_12))) $x1318)))
 (let (($x4344 (and (not $x2370) $x1318)))
 (let (($x2349 (and (= 0.0 (+ (* ?x1368 p_i_t) (* (- 1.0) sum_n_12))) $x684)))
 (let (($x2061 (and (not $x2349) $x684)))
 (and (not (or $x2061 $x2349)) (not (or $x4344 $x2370)) (not (or $x493 $x1023)) (not (or $x2522 $x1284)))))))))))))))))))
(assert
 (let ((?x2964 (* (- 1.0) sum_n_15)))
(let ((?x1368 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1831 (+ ?x1368 ?x2964)))
(let ((?x872 (* (- 1.0) sum_n_13)))
(let ((?x768 (+ (* ?x1368 p_i_u) ?x872)))
(let ((?x912 (/ ?x768 ?x1831)))
(let ((?x567 (- p_i_u ?x912)))
(let ((?x2927 (* (- 1.0) sum_n_12)))
(let ((?x3231 (+ (* ?x1368 p_i_t) ?x2927)))
(let ((?x2178 (/ ?x3231 ?x1831)))
(let ((?x2161 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x3347 (+ ?x2161 ?x2964)))
(let ((?x3410 (+ (* ?x2161 p_i_t) ?x2927)))
(let ((?x2401 (/ ?x3410 ?x3347)))
(let ((?x821 (- ?x2401 ?x2178)))
(let ((?x2910 (* ?x821 ?x567)))
(let ((?x1051 (- p_i_t ?x2178)))
(let ((?x313 (+ (* ?x2161 p_i_u) ?x872)))
(let ((?x1719 (/ ?x313 ?x3347)))
(let ((?x3319 (- ?x1719 ?x912)))
(let ((?x2664 (* ?x3319 ?x1051)))
(or (< ?x2910 ?x2664) (< ?x2664 ?x2910))))))))))))))))))))))))
(check-sat)
