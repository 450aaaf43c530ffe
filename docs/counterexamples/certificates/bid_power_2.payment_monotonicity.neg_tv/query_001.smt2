; bid_power_2, every n and k: no coordinatewise violation
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
 (>= sum_n_12 0.0))
(assert
 (>= sum_n_13 0.0))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_15 sum_n_12))
(assert
 (>= sum_n_15 sum_n_13))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x7968 (* x_raised x_raised)))
 (let ((?x7688 (+ ?x7968 sum_n_15)))
 (let (($x7043 (= 0.0 ?x7688)))
 (let (($x3826 (and (= 0.0 (+ (* ?x7968 p_i_t) sum_n_12)) $x7043)))
 (let (($x1840 (and (not $x3826) $x7043)))
 (let ((?x2923 (* b_i b_i)))
 (let ((?x8391 (+ ?x2923 sum_n_15)))
 (let (($x3862 (= 0.0 ?x8391)))
 (let (($x993 (and (= 0.0 (+ (* ?x2923 p_i_t) sum_n_12)) $x3862)))
 (let (($x7299 (and (not $x993) $x3862)))
 (and (not (or $x7299 $x993)) (not (or $x1840 $x3826))))))))))))))
(assert
 (let ((?x7968 (* x_raised x_raised)))
(let ((?x7688 (+ ?x7968 sum_n_15)))
(let ((?x2374 (+ (* ?x7968 p_i_t) sum_n_12)))
(let ((?x4385 (/ ?x2374 ?x7688)))
(let ((?x2923 (* b_i b_i)))
(let ((?x8391 (+ ?x2923 sum_n_15)))
(let ((?x1215 (+ (* ?x2923 p_i_t) sum_n_12)))
(let ((?x2768 (/ ?x1215 ?x8391)))
(or (and (< ?x4385 ?x2768) (< ?x4385 p_i_t)) (and (< ?x2768 ?x4385) (< p_i_t ?x4385))))))))))))
(check-sat)
