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
 (let ((?x412 (* (- 1.0) sum_n_15)))
 (let ((?x1818 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x830 (+ ?x1818 ?x412)))
 (let (($x1148 (= 0.0 ?x830)))
 (let (($x46 (and (= 0.0 (+ (* ?x1818 p_i_u) (* (- 1.0) sum_n_13))) $x1148)))
 (let (($x1789 (and (not $x46) $x1148)))
 (let ((?x909 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x3412 (+ ?x909 ?x412)))
 (let (($x2803 (= 0.0 ?x3412)))
 (let (($x1742 (and (= 0.0 (+ (* ?x909 p_i_u) (* (- 1.0) sum_n_13))) $x2803)))
 (let (($x2910 (and (not $x1742) $x2803)))
 (let (($x2964 (and (= 0.0 (+ (* ?x1818 p_i_t) (* (- 1.0) sum_n_12))) $x1148)))
 (let (($x1256 (and (not $x2964) $x1148)))
 (let (($x186 (and (= 0.0 (+ (* ?x909 p_i_t) (* (- 1.0) sum_n_12))) $x2803)))
 (let (($x3043 (and (not $x186) $x2803)))
 (and (not (or $x3043 $x186)) (not (or $x1256 $x2964)) (not (or $x2910 $x1742)) (not (or $x1789 $x46)))))))))))))))))))
(assert
 (let ((?x412 (* (- 1.0) sum_n_15)))
(let ((?x909 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x3412 (+ ?x909 ?x412)))
(let ((?x526 (* (- 1.0) sum_n_13)))
(let ((?x2368 (+ (* ?x909 p_i_u) ?x526)))
(let ((?x2821 (/ ?x2368 ?x3412)))
(let ((?x2927 (- p_i_u ?x2821)))
(let ((?x1832 (* (- 1.0) sum_n_12)))
(let ((?x3231 (+ (* ?x909 p_i_t) ?x1832)))
(let ((?x2279 (/ ?x3231 ?x3412)))
(let ((?x1818 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x830 (+ ?x1818 ?x412)))
(let ((?x390 (+ (* ?x1818 p_i_t) ?x1832)))
(let ((?x33 (/ ?x390 ?x830)))
(let ((?x2807 (- ?x33 ?x2279)))
(let ((?x740 (* ?x2807 ?x2927)))
(let ((?x1055 (- p_i_t ?x2279)))
(let ((?x3571 (+ (* ?x1818 p_i_u) ?x526)))
(let ((?x215 (/ ?x3571 ?x830)))
(let ((?x2401 (- ?x215 ?x2821)))
(let ((?x293 (* ?x2401 ?x1055)))
(or (< ?x740 ?x293) (< ?x293 ?x740))))))))))))))))))))))))
(check-sat)
