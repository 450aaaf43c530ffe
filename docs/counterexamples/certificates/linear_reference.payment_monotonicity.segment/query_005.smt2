; linear_reference, every n and k: no coordinatewise violation
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
(declare-fun zero_is_negative!1617 () Bool)
(declare-fun zero_is_negative!1611 () Bool)
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
 (let ((?x341 (+ x_raised sum_n_15)))
 (let ((?x357 (+ ?x341 1.0)))
 (let (($x240 (= 0.0 ?x357)))
 (let ((?x405 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x163 (/ 1.0 ?x405)))
 (let ((?x439 (* 1.0 ?x163)))
 (let ((?x286 (+ (+ (* x_raised p_i_t) sum_n_12) ?x439)))
 (let (($x530 (and (not (= 0.0 ?x405)) (< 0.0 ?x163))))
 (let (($x203 (= 0.0 ?x405)))
 (let (($x100 (or (and $x203 (ite $x203 zero_is_negative!1617 (not (> 0.0 ?x405)))) $x530)))
 (let (($x158 (and $x203 (not $x100))))
 (let (($x11 (and $x203 $x100)))
 (let (($x176 (or $x11 $x158)))
 (let (($x457 (not $x176)))
 (let (($x360 (and (and $x457 (= 0.0 ?x286)) $x240)))
 (let (($x471 (and (not $x360) (or $x176 (and $x457 $x240)))))
 (let ((?x394 (+ b_i sum_n_15)))
 (let ((?x355 (+ ?x394 1.0)))
 (let (($x187 (= 0.0 ?x355)))
 (let (($x503 (or (and $x203 (ite $x203 zero_is_negative!1611 (not (> 0.0 ?x405)))) $x530)))
 (let (($x427 (and $x203 (not $x503))))
 (let (($x31 (and $x203 $x503)))
 (let (($x298 (or $x31 $x427)))
 (let (($x91 (not $x298)))
 (let (($x54 (and (and $x91 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x439))) $x187)))
 (let (($x468 (and (not $x54) (or $x298 (and $x91 $x187)))))
 (and (not (or $x468 $x54)) (not (or $x471 $x360))))))))))))))))))))))))))))))
(assert
 (let ((?x341 (+ x_raised sum_n_15)))
(let ((?x357 (+ ?x341 1.0)))
(let ((?x405 (+ 2.0 (+ (- 2.0) k))))
(let ((?x163 (/ 1.0 ?x405)))
(let ((?x439 (* 1.0 ?x163)))
(let ((?x286 (+ (+ (* x_raised p_i_t) sum_n_12) ?x439)))
(let ((?x348 (/ ?x286 ?x357)))
(let ((?x394 (+ b_i sum_n_15)))
(let ((?x355 (+ ?x394 1.0)))
(let ((?x338 (+ (+ (* b_i p_i_t) sum_n_12) ?x439)))
(let ((?x276 (/ ?x338 ?x355)))
(or (and (< ?x348 ?x276) (< ?x348 p_i_t)) (and (< ?x276 ?x348) (< p_i_t ?x348)))))))))))))))
(check-sat)
