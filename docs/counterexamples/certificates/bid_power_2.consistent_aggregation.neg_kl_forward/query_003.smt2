; bid_power_2, every n and k: no segment violation
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
 (let ((?x189 (* x_raised x_raised)))
 (let ((?x396 (+ ?x189 sum_n_15)))
 (let (($x712 (= 0.0 ?x396)))
 (let (($x388 (and (= 0.0 (+ (* ?x189 p_i_u) sum_n_13)) $x712)))
 (let (($x465 (and (not $x388) $x712)))
 (let ((?x142 (* b_i b_i)))
 (let ((?x121 (+ ?x142 sum_n_15)))
 (let (($x109 (= 0.0 ?x121)))
 (let (($x651 (and (= 0.0 (+ (* ?x142 p_i_u) sum_n_13)) $x109)))
 (let (($x276 (and (not $x651) $x109)))
 (let (($x179 (and (= 0.0 (+ (* ?x189 p_i_t) sum_n_12)) $x712)))
 (let (($x425 (and (not $x179) $x712)))
 (let (($x83 (and (= 0.0 (+ (* ?x142 p_i_t) sum_n_12)) $x109)))
 (let (($x420 (and (not $x83) $x109)))
 (and (not (or $x420 $x83)) (not (or $x425 $x179)) (not (or $x276 $x651)) (not (or $x465 $x388))))))))))))))))))
(assert
 (let ((?x142 (* b_i b_i)))
(let ((?x121 (+ ?x142 sum_n_15)))
(let ((?x34 (+ (* ?x142 p_i_u) sum_n_13)))
(let ((?x226 (/ ?x34 ?x121)))
(let ((?x358 (- p_i_u ?x226)))
(let ((?x320 (+ (* ?x142 p_i_t) sum_n_12)))
(let ((?x390 (/ ?x320 ?x121)))
(let ((?x189 (* x_raised x_raised)))
(let ((?x396 (+ ?x189 sum_n_15)))
(let ((?x291 (+ (* ?x189 p_i_t) sum_n_12)))
(let ((?x355 (/ ?x291 ?x396)))
(let ((?x686 (- ?x355 ?x390)))
(let ((?x511 (* ?x686 ?x358)))
(let ((?x216 (- p_i_t ?x390)))
(let ((?x124 (+ (* ?x189 p_i_u) sum_n_13)))
(let ((?x422 (/ ?x124 ?x396)))
(let ((?x86 (- ?x422 ?x226)))
(let ((?x541 (* ?x86 ?x216)))
(or (< ?x511 ?x541) (< ?x541 ?x511)))))))))))))))))))))
(check-sat)
