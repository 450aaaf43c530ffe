; linear_reference, every n and k: no segment violation
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
(declare-fun zero_is_negative!2000 () Bool)
(declare-fun zero_is_negative!1994 () Bool)
(declare-fun zero_is_negative!1999 () Bool)
(declare-fun zero_is_negative!1993 () Bool)
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
 (let ((?x122 (+ x_raised sum_n_15)))
 (let ((?x233 (+ ?x122 1.0)))
 (let (($x287 (= 0.0 ?x233)))
 (let ((?x140 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x529 (/ 1.0 ?x140)))
 (let ((?x130 (* 1.0 ?x529)))
 (let ((?x695 (+ (+ (* x_raised p_i_u) sum_n_13) ?x130)))
 (let (($x496 (and (not (= 0.0 ?x140)) (< 0.0 ?x529))))
 (let (($x634 (= 0.0 ?x140)))
 (let (($x193 (or (and $x634 (ite $x634 zero_is_negative!2000 (not (> 0.0 ?x140)))) $x496)))
 (let (($x432 (and $x634 (not $x193))))
 (let (($x401 (and $x634 $x193)))
 (let (($x206 (or $x401 $x432)))
 (let (($x276 (not $x206)))
 (let (($x52 (and (and $x276 (= 0.0 ?x695)) $x287)))
 (let (($x268 (and (not $x52) (or $x206 (and $x276 $x287)))))
 (let ((?x581 (+ b_i sum_n_15)))
 (let ((?x205 (+ ?x581 1.0)))
 (let (($x624 (= 0.0 ?x205)))
 (let (($x414 (or (and $x634 (ite $x634 zero_is_negative!1994 (not (> 0.0 ?x140)))) $x496)))
 (let (($x325 (and $x634 (not $x414))))
 (let (($x447 (and $x634 $x414)))
 (let (($x347 (or $x447 $x325)))
 (let (($x58 (not $x347)))
 (let (($x133 (and (and $x58 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x130))) $x624)))
 (let (($x459 (and (not $x133) (or $x347 (and $x58 $x624)))))
 (let (($x373 (or (and $x634 (ite $x634 zero_is_negative!1999 (not (> 0.0 ?x140)))) $x496)))
 (let (($x73 (and $x634 (not $x373))))
 (let (($x393 (and $x634 $x373)))
 (let (($x187 (or $x393 $x73)))
 (let (($x279 (not $x187)))
 (let (($x441 (and (and $x279 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x130))) $x287)))
 (let (($x235 (and (not $x441) (or $x187 (and $x279 $x287)))))
 (let (($x12 (or (and $x634 (ite $x634 zero_is_negative!1993 (not (> 0.0 ?x140)))) $x496)))
 (let (($x281 (and $x634 (not $x12))))
 (let (($x138 (and $x634 $x12)))
 (let (($x156 (or $x138 $x281)))
 (let (($x177 (not $x156)))
 (let (($x74 (and (and $x177 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x130))) $x624)))
 (let (($x195 (and (not $x74) (or $x156 (and $x177 $x624)))))
 (and (not (or $x195 $x74)) (not (or $x235 $x441)) (not (or $x459 $x133)) (not (or $x268 $x52))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x581 (+ b_i sum_n_15)))
(let ((?x205 (+ ?x581 1.0)))
(let ((?x140 (+ 2.0 (+ (- 2.0) k))))
(let ((?x529 (/ 1.0 ?x140)))
(let ((?x130 (* 1.0 ?x529)))
(let ((?x46 (+ (+ (* b_i p_i_u) sum_n_13) ?x130)))
(let ((?x77 (/ ?x46 ?x205)))
(let ((?x122 (+ x_raised sum_n_15)))
(let ((?x233 (+ ?x122 1.0)))
(let ((?x695 (+ (+ (* x_raised p_i_u) sum_n_13) ?x130)))
(let ((?x462 (/ ?x695 ?x233)))
(let ((?x260 (- ?x462 ?x77)))
(or (> 0.0 (* ?x260 (- p_i_u ?x77))) (< (* (- p_i_u ?x77) (- p_i_u ?x77)) (* ?x260 ?x260))))))))))))))))
(check-sat)
