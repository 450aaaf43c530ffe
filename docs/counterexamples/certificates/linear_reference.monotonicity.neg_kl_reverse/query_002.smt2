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
(declare-fun zero_is_negative!1132 () Bool)
(declare-fun zero_is_negative!1126 () Bool)
(declare-fun zero_is_negative!1131 () Bool)
(declare-fun zero_is_negative!1125 () Bool)
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
 (let ((?x110 (+ x_raised sum_n_15)))
 (let ((?x467 (+ ?x110 1.0)))
 (let (($x328 (= 0.0 ?x467)))
 (let ((?x319 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x342 (/ 1.0 ?x319)))
 (let ((?x322 (* 1.0 ?x342)))
 (let ((?x48 (+ (+ (* x_raised p_i_u) sum_n_13) ?x322)))
 (let (($x259 (and (not (= 0.0 ?x319)) (< 0.0 ?x342))))
 (let (($x465 (= 0.0 ?x319)))
 (let (($x233 (or (and $x465 (ite $x465 zero_is_negative!1132 (not (> 0.0 ?x319)))) $x259)))
 (let (($x11 (and $x465 (not $x233))))
 (let (($x41 (and $x465 $x233)))
 (let (($x54 (or $x41 $x11)))
 (let (($x119 (not $x54)))
 (let (($x293 (and (and $x119 (= 0.0 ?x48)) $x328)))
 (let (($x287 (and (not $x293) (or $x54 (and $x119 $x328)))))
 (let ((?x398 (+ b_i sum_n_15)))
 (let ((?x40 (+ ?x398 1.0)))
 (let (($x759 (= 0.0 ?x40)))
 (let (($x308 (or (and $x465 (ite $x465 zero_is_negative!1126 (not (> 0.0 ?x319)))) $x259)))
 (let (($x34 (and $x465 (not $x308))))
 (let (($x174 (and $x465 $x308)))
 (let (($x408 (or $x174 $x34)))
 (let (($x337 (not $x408)))
 (let (($x189 (and (and $x337 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x322))) $x759)))
 (let (($x426 (and (not $x189) (or $x408 (and $x337 $x759)))))
 (let (($x323 (or (and $x465 (ite $x465 zero_is_negative!1131 (not (> 0.0 ?x319)))) $x259)))
 (let (($x346 (and $x465 (not $x323))))
 (let (($x324 (and $x465 $x323)))
 (let (($x459 (or $x324 $x346)))
 (let (($x214 (not $x459)))
 (let (($x12 (and (and $x214 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x322))) $x328)))
 (let (($x367 (and (not $x12) (or $x459 (and $x214 $x328)))))
 (let (($x353 (or (and $x465 (ite $x465 zero_is_negative!1125 (not (> 0.0 ?x319)))) $x259)))
 (let (($x437 (and $x465 (not $x353))))
 (let (($x441 (and $x465 $x353)))
 (let (($x327 (or $x441 $x437)))
 (let (($x193 (not $x327)))
 (let (($x355 (and (and $x193 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x322))) $x759)))
 (let (($x58 (and (not $x355) (or $x327 (and $x193 $x759)))))
 (and (not (or $x58 $x355)) (not (or $x367 $x12)) (not (or $x426 $x189)) (not (or $x287 $x293))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x398 (+ b_i sum_n_15)))
(let ((?x40 (+ ?x398 1.0)))
(let ((?x319 (+ 2.0 (+ (- 2.0) k))))
(let ((?x342 (/ 1.0 ?x319)))
(let ((?x322 (* 1.0 ?x342)))
(let ((?x142 (+ (+ (* b_i p_i_u) sum_n_13) ?x322)))
(let ((?x208 (/ ?x142 ?x40)))
(let ((?x110 (+ x_raised sum_n_15)))
(let ((?x467 (+ ?x110 1.0)))
(let ((?x48 (+ (+ (* x_raised p_i_u) sum_n_13) ?x322)))
(let ((?x542 (/ ?x48 ?x467)))
(let ((?x143 (- ?x542 ?x208)))
(or (> 0.0 (* ?x143 (- p_i_u ?x208))) (< (* (- p_i_u ?x208) (- p_i_u ?x208)) (* ?x143 ?x143))))))))))))))))
(check-sat)
