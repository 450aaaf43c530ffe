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
 (let ((?x1645 (* (- 1.0) sum_n_15)))
 (let ((?x4861 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1977 (+ ?x4861 ?x1645)))
 (let (($x5920 (= 0.0 ?x1977)))
 (let (($x7682 (and (= 0.0 (+ (* ?x4861 p_i_t) (* (- 1.0) sum_n_12))) $x5920)))
 (let (($x6065 (and (not $x7682) $x5920)))
 (let ((?x7790 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x6387 (+ ?x7790 ?x1645)))
 (let (($x5471 (= 0.0 ?x6387)))
 (let (($x7330 (and (= 0.0 (+ (* ?x7790 p_i_t) (* (- 1.0) sum_n_12))) $x5471)))
 (let (($x5504 (and (not $x7330) $x5471)))
 (and (not (or $x5504 $x7330)) (not (or $x6065 $x7682)))))))))))))))
(assert
 (let ((?x1645 (* (- 1.0) sum_n_15)))
(let ((?x4861 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1977 (+ ?x4861 ?x1645)))
(let ((?x8475 (* (- 1.0) sum_n_12)))
(let ((?x3836 (+ (* ?x4861 p_i_t) ?x8475)))
(let ((?x7254 (/ ?x3836 ?x1977)))
(let ((?x7790 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x6387 (+ ?x7790 ?x1645)))
(let ((?x865 (+ (* ?x7790 p_i_t) ?x8475)))
(let ((?x4241 (/ ?x865 ?x6387)))
(or (and (< ?x7254 ?x4241) (< ?x7254 p_i_t)) (and (< ?x4241 ?x7254) (< p_i_t ?x7254))))))))))))))
(check-sat)
