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
(declare-fun zero_is_negative!2096 () Bool)
(declare-fun zero_is_negative!2090 () Bool)
(declare-fun zero_is_negative!2095 () Bool)
(declare-fun zero_is_negative!2089 () Bool)
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
 (let ((?x2144 (+ x_raised sum_n_15)))
 (let ((?x137 (+ ?x2144 1.0)))
 (let (($x3484 (= 0.0 ?x137)))
 (let ((?x224 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x4414 (/ 1.0 ?x224)))
 (let ((?x3249 (* 1.0 ?x4414)))
 (let ((?x2625 (+ (+ (* x_raised p_i_u) sum_n_13) ?x3249)))
 (let (($x4567 (and (not (= 0.0 ?x224)) (< 0.0 ?x4414))))
 (let (($x1969 (= 0.0 ?x224)))
 (let (($x405 (or (and $x1969 (ite $x1969 zero_is_negative!2096 (not (> 0.0 ?x224)))) $x4567)))
 (let (($x3227 (and $x1969 (not $x405))))
 (let (($x4066 (and $x1969 $x405)))
 (let (($x1771 (or $x4066 $x3227)))
 (let (($x2339 (not $x1771)))
 (let (($x2929 (and (and $x2339 (= 0.0 ?x2625)) $x3484)))
 (let (($x301 (and (not $x2929) (or $x1771 (and $x2339 $x3484)))))
 (let ((?x3234 (+ b_i sum_n_15)))
 (let ((?x2451 (+ ?x3234 1.0)))
 (let (($x4446 (= 0.0 ?x2451)))
 (let (($x2963 (or (and $x1969 (ite $x1969 zero_is_negative!2090 (not (> 0.0 ?x224)))) $x4567)))
 (let (($x4045 (and $x1969 (not $x2963))))
 (let (($x4094 (and $x1969 $x2963)))
 (let (($x2870 (or $x4094 $x4045)))
 (let (($x4528 (not $x2870)))
 (let (($x2541 (and (and $x4528 (= 0.0 (+ (+ (* b_i p_i_u) sum_n_13) ?x3249))) $x4446)))
 (let (($x1186 (and (not $x2541) (or $x2870 (and $x4528 $x4446)))))
 (let (($x3334 (or (and $x1969 (ite $x1969 zero_is_negative!2095 (not (> 0.0 ?x224)))) $x4567)))
 (let (($x3807 (and $x1969 (not $x3334))))
 (let (($x1087 (and $x1969 $x3334)))
 (let (($x58 (or $x1087 $x3807)))
 (let (($x753 (not $x58)))
 (let (($x689 (and (and $x753 (= 0.0 (+ (+ (* x_raised p_i_t) sum_n_12) ?x3249))) $x3484)))
 (let (($x3221 (and (not $x689) (or $x58 (and $x753 $x3484)))))
 (let (($x392 (or (and $x1969 (ite $x1969 zero_is_negative!2089 (not (> 0.0 ?x224)))) $x4567)))
 (let (($x677 (and $x1969 (not $x392))))
 (let (($x2418 (and $x1969 $x392)))
 (let (($x1412 (or $x2418 $x677)))
 (let (($x225 (not $x1412)))
 (let (($x3821 (and (and $x225 (= 0.0 (+ (+ (* b_i p_i_t) sum_n_12) ?x3249))) $x4446)))
 (let (($x4029 (and (not $x3821) (or $x1412 (and $x225 $x4446)))))
 (and (not (or $x4029 $x3821)) (not (or $x3221 $x689)) (not (or $x1186 $x2541)) (not (or $x301 $x2929))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x3234 (+ b_i sum_n_15)))
(let ((?x2451 (+ ?x3234 1.0)))
(let ((?x224 (+ 2.0 (+ (- 2.0) k))))
(let ((?x4414 (/ 1.0 ?x224)))
(let ((?x3249 (* 1.0 ?x4414)))
(let ((?x2058 (+ (+ (* b_i p_i_u) sum_n_13) ?x3249)))
(let ((?x3614 (/ ?x2058 ?x2451)))
(let ((?x2144 (+ x_raised sum_n_15)))
(let ((?x137 (+ ?x2144 1.0)))
(let ((?x2625 (+ (+ (* x_raised p_i_u) sum_n_13) ?x3249)))
(let ((?x835 (/ ?x2625 ?x137)))
(let ((?x115 (- ?x835 ?x3614)))
(or (> 0.0 (* ?x115 (- p_i_u ?x3614))) (< (* (- p_i_u ?x3614) (- p_i_u ?x3614)) (* ?x115 ?x115))))))))))))))))
(check-sat)
