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
(declare-fun zero_is_negative!1057 () Bool)
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
 (let ((?x83 (+ b_i sum_n_15)))
 (let ((?x353 (+ ?x83 1.0)))
 (let (($x428 (= 0.0 ?x353)))
 (let ((?x241 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x277 (/ 1.0 ?x241)))
 (let ((?x147 (* 1.0 ?x277)))
 (let ((?x215 (* b_i p_i_t)))
 (let ((?x245 (+ ?x215 sum_n_12)))
 (let ((?x149 (+ ?x245 ?x147)))
 (let (($x188 (= 0.0 ?x241)))
 (let (($x318 (not $x188)))
 (let (($x407 (and $x318 (< 0.0 ?x277))))
 (let (($x372 (> 0.0 ?x241)))
 (let (($x473 (not $x372)))
 (let (($x366 (ite $x188 zero_is_negative!1057 $x473)))
 (let (($x286 (and $x188 $x366)))
 (let (($x265 (or $x286 $x407)))
 (let (($x257 (and $x188 (not $x265))))
 (let (($x441 (and $x188 $x265)))
 (let (($x322 (or $x441 $x257)))
 (let (($x253 (not $x322)))
 (let (($x205 (and (and $x253 (= 0.0 ?x149)) $x428)))
 (let (($x337 (and (not $x205) (or $x322 (and $x253 $x428)))))
 (not (or $x337 $x205))))))))))))))))))))))))))
(assert
 (let ((?x83 (+ b_i sum_n_15)))
(let ((?x353 (+ ?x83 1.0)))
(let (($x428 (= 0.0 ?x353)))
(let ((?x241 (+ 2.0 (+ (- 2.0) k))))
(let ((?x277 (/ 1.0 ?x241)))
(let ((?x147 (* 1.0 ?x277)))
(let ((?x215 (* b_i p_i_t)))
(let ((?x245 (+ ?x215 sum_n_12)))
(let ((?x149 (+ ?x245 ?x147)))
(let (($x188 (= 0.0 ?x241)))
(let (($x318 (not $x188)))
(let (($x407 (and $x318 (< 0.0 ?x277))))
(let (($x372 (> 0.0 ?x241)))
(let (($x473 (not $x372)))
(let (($x366 (ite $x188 zero_is_negative!1057 $x473)))
(let (($x286 (and $x188 $x366)))
(let (($x265 (or $x286 $x407)))
(let (($x257 (and $x188 (not $x265))))
(let (($x441 (and $x188 $x265)))
(let (($x322 (or $x441 $x257)))
(let (($x253 (not $x322)))
(let (($x205 (and (and $x253 (= 0.0 ?x149)) $x428)))
(let (($x337 (and (not $x205) (or $x322 (and $x253 $x428)))))
(let (($x427 (not (or $x337 $x205))))
(not (and $x318 $x253 $x253 $x427)))))))))))))))))))))))))))
(check-sat)
