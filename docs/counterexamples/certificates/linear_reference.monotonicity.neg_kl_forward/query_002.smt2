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
(declare-fun zero_is_negative!1240 () Bool)
(declare-fun zero_is_negative!1234 () Bool)
(declare-fun zero_is_negative!1239 () Bool)
(declare-fun zero_is_negative!1233 () Bool)
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
 (let ((?x143 (+ x_raised sum_n_15)))
 (let ((?x138 (+ ?x143 1.0)))
 (let (($x391 (= 0.0 ?x138)))
 (let ((?x267 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x474 (/ 1.0 ?x267)))
 (let ((?x475 (* 1.0 ?x474)))
 (let ((?x343 (+ (+ (* x_raised p_i_u) sum_n_13) ?x475)))
 (let (($x177 (and (not (= 0.0 ?x267)) (< 0.0 ?x474))))
 (let (($x450 (= 0.0 ?x267)))
 (let (($x249 (or (and $x450 (ite $x450 zero_is_negative!1240 (not (> 0.0 ?x267)))) $x177)))
 (let (($x364 (and $x450 (not $x249))))
 (let (($x63 (and $x450 $x249)))
 (let (($x394 (or $x63 $x364)))
 (let (($x232 (not $x394)))
 (let (($x251 (and (and $x232 (= 0.0 ?x343)) $x391)))
 (let (($x201 (and (not $x251) (or $x394 (and $x232 $x391)))))
 (let ((?x380 (+ b_i sum_n_15)))
 (let ((?x70 (+ ?x380 1.0)))
 (let (($x368 (= 0.0 ?x70)))
 (let (($x111 (or (and $x450 (ite $x450 zero_is_negative!1234 (not (> 0.0 ?x267)))) $x177)))
 (let (($x395 (and $x450 (not $x111))))
 (let (($x226 (and $x450 $x111)))
 (let (($x33 (or $x226 $x395)))
 (let (($x132 (not $x33)))
 (let (($x161 (and (and $x132 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x475))) $x368)))
 (let (($x116 (and (not $x161) (or $x33 (and $x132 $x368)))))
 (let (($x181 (or (and $x450 (ite $x450 zero_is_negative!1239 (not (> 0.0 ?x267)))) $x177)))
 (let (($x98 (and $x450 (not $x181))))
 (let (($x104 (and $x450 $x181)))
 (let (($x416 (or $x104 $x98)))
 (let (($x373 (not $x416)))
 (let (($x163 (and (and $x373 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x475))) $x391)))
 (let (($x35 (and (not $x163) (or $x416 (and $x373 $x391)))))
 (let (($x221 (or (and $x450 (ite $x450 zero_is_negative!1233 (not (> 0.0 ?x267)))) $x177)))
 (let (($x362 (and $x450 (not $x221))))
 (let (($x46 (and $x450 $x221)))
 (let (($x544 (or $x46 $x362)))
 (let (($x341 (not $x544)))
 (let (($x129 (and (and $x341 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x475))) $x368)))
 (let (($x289 (and (not $x129) (or $x544 (and $x341 $x368)))))
 (and (not (or $x289 $x129)) (not (or $x35 $x163)) (not (or $x116 $x161)) (not (or $x201 $x251))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x380 (+ b_i sum_n_15)))
(let ((?x70 (+ ?x380 1.0)))
(let ((?x267 (+ 2.0 (+ (- 2.0) k))))
(let ((?x474 (/ 1.0 ?x267)))
(let ((?x475 (* 1.0 ?x474)))
(let ((?x174 (+ (+ (* b_i p_i_u) sum_n_13) ?x475)))
(let ((?x303 (/ ?x174 ?x70)))
(let ((?x143 (+ x_raised sum_n_15)))
(let ((?x138 (+ ?x143 1.0)))
(let ((?x343 (+ (+ (* x_raised p_i_u) sum_n_13) ?x475)))
(let ((?x540 (/ ?x343 ?x138)))
(let ((?x301 (- ?x540 ?x303)))
(or (> 0.0 (* ?x301 (- p_i_u ?x303))) (< (* (- p_i_u ?x303) (- p_i_u ?x303)) (* ?x301 ?x301))))))))))))))))
(check-sat)
