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
 (let ((?x7789 (* x_raised x_raised)))
 (let ((?x254 (+ ?x7789 sum_n_15)))
 (let (($x3397 (= 0.0 ?x254)))
 (let (($x4118 (and (= 0.0 (+ (* ?x7789 p_i_t) sum_n_12)) $x3397)))
 (let (($x2872 (and (not $x4118) $x3397)))
 (let ((?x5381 (* b_i b_i)))
 (let ((?x6535 (+ ?x5381 sum_n_15)))
 (let (($x2738 (= 0.0 ?x6535)))
 (let (($x7299 (and (= 0.0 (+ (* ?x5381 p_i_t) sum_n_12)) $x2738)))
 (let (($x6484 (and (not $x7299) $x2738)))
 (and (not (or $x6484 $x7299)) (not (or $x2872 $x4118))))))))))))))
(assert
 (let ((?x7789 (* x_raised x_raised)))
(let ((?x254 (+ ?x7789 sum_n_15)))
(let ((?x3618 (+ (* ?x7789 p_i_t) sum_n_12)))
(let ((?x335 (/ ?x3618 ?x254)))
(let ((?x5381 (* b_i b_i)))
(let ((?x6535 (+ ?x5381 sum_n_15)))
(let ((?x844 (+ (* ?x5381 p_i_t) sum_n_12)))
(let ((?x7031 (/ ?x844 ?x6535)))
(or (and (< ?x335 ?x7031) (< ?x335 p_i_t)) (and (< ?x7031 ?x335) (< p_i_t ?x335))))))))))))
(check-sat)
