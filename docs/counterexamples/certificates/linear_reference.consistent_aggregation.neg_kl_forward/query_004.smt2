; linear_reference, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
(declare-fun zero_is_negative!2529 () Bool)
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
 (let ((?x1850 (+ b_i sum_n_15)))
 (let ((?x137 (+ ?x1850 1.0)))
 (let (($x2902 (= 0.0 ?x137)))
 (let ((?x849 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x1410 (/ 1.0 ?x849)))
 (let ((?x4291 (* 1.0 ?x1410)))
 (let ((?x1453 (* b_i p_i_t)))
 (let ((?x3294 (+ ?x1453 sum_n_12)))
 (let ((?x3501 (+ ?x3294 ?x4291)))
 (let (($x4446 (= 0.0 ?x849)))
 (let (($x4322 (not $x4446)))
 (let (($x3891 (and $x4322 (< 0.0 ?x1410))))
 (let (($x2313 (> 0.0 ?x849)))
 (let (($x3324 (not $x2313)))
 (let (($x14 (ite $x4446 zero_is_negative!2529 $x3324)))
 (let (($x2829 (and $x4446 $x14)))
 (let (($x3549 (or $x2829 $x3891)))
 (let (($x643 (and $x4446 (not $x3549))))
 (let (($x265 (and $x4446 $x3549)))
 (let (($x486 (or $x265 $x643)))
 (let (($x1484 (not $x486)))
 (let (($x3522 (and (and $x1484 (= 0.0 ?x3501)) $x2902)))
 (let (($x1203 (and (not $x3522) (or $x486 (and $x1484 $x2902)))))
 (not (or $x1203 $x3522))))))))))))))))))))))))))
(assert
 (let ((?x1850 (+ b_i sum_n_15)))
(let ((?x137 (+ ?x1850 1.0)))
(let (($x2902 (= 0.0 ?x137)))
(let ((?x849 (+ 2.0 (+ (- 2.0) k))))
(let ((?x1410 (/ 1.0 ?x849)))
(let ((?x4291 (* 1.0 ?x1410)))
(let ((?x1453 (* b_i p_i_t)))
(let ((?x3294 (+ ?x1453 sum_n_12)))
(let ((?x3501 (+ ?x3294 ?x4291)))
(let (($x4446 (= 0.0 ?x849)))
(let (($x4322 (not $x4446)))
(let (($x3891 (and $x4322 (< 0.0 ?x1410))))
(let (($x2313 (> 0.0 ?x849)))
(let (($x3324 (not $x2313)))
(let (($x14 (ite $x4446 zero_is_negative!2529 $x3324)))
(let (($x2829 (and $x4446 $x14)))
(let (($x3549 (or $x2829 $x3891)))
(let (($x643 (and $x4446 (not $x3549))))
(let (($x265 (and $x4446 $x3549)))
(let (($x486 (or $x265 $x643)))
(let (($x1484 (not $x486)))
(let (($x3522 (and (and $x1484 (= 0.0 ?x3501)) $x2902)))
(let (($x1203 (and (not $x3522) (or $x486 (and $x1484 $x2902)))))
(let (($x1280 (not (or $x1203 $x3522))))
(not (and $x4322 $x1484 $x1484 $x1280)))))))))))))))))))))))))))
(check-sat)
