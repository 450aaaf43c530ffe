; linear_reference, every n and k: q(t) >= 0 wherever q(t) is finite
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
(declare-fun zero_is_negative!1925 () Bool)
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
 (let ((?x291 (+ b_i sum_n_15)))
 (let ((?x265 (+ ?x291 1.0)))
 (let (($x42 (= 0.0 ?x265)))
 (let ((?x272 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x126 (/ 1.0 ?x272)))
 (let ((?x565 (* 1.0 ?x126)))
 (let ((?x36 (* b_i p_i_t)))
 (let ((?x121 (+ ?x36 sum_n_12)))
 (let ((?x395 (+ ?x121 ?x565)))
 (let (($x137 (= 0.0 ?x272)))
 (let (($x452 (not $x137)))
 (let (($x475 (and $x452 (< 0.0 ?x126))))
 (let (($x320 (> 0.0 ?x272)))
 (let (($x455 (not $x320)))
 (let (($x681 (ite $x137 zero_is_negative!1925 $x455)))
 (let (($x399 (and $x137 $x681)))
 (let (($x404 (or $x399 $x475)))
 (let (($x347 (and $x137 (not $x404))))
 (let (($x389 (and $x137 $x404)))
 (let (($x472 (or $x389 $x347)))
 (let (($x203 (not $x472)))
 (let (($x370 (and (and $x203 (= 0.0 ?x395)) $x42)))
 (let (($x58 (and (not $x370) (or $x472 (and $x203 $x42)))))
 (not (or $x58 $x370))))))))))))))))))))))))))
(assert
 (let ((?x291 (+ b_i sum_n_15)))
 (let ((?x265 (+ ?x291 1.0)))
 (let (($x42 (= 0.0 ?x265)))
 (let ((?x272 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x126 (/ 1.0 ?x272)))
 (let ((?x565 (* 1.0 ?x126)))
 (let ((?x36 (* b_i p_i_t)))
 (let ((?x121 (+ ?x36 sum_n_12)))
 (let ((?x395 (+ ?x121 ?x565)))
 (let (($x137 (= 0.0 ?x272)))
 (let (($x452 (not $x137)))
 (let (($x475 (and $x452 (< 0.0 ?x126))))
 (let (($x320 (> 0.0 ?x272)))
 (let (($x455 (not $x320)))
 (let (($x681 (ite $x137 zero_is_negative!1925 $x455)))
 (let (($x399 (and $x137 $x681)))
 (let (($x404 (or $x399 $x475)))
 (let (($x347 (and $x137 (not $x404))))
 (let (($x389 (and $x137 $x404)))
 (let (($x472 (or $x389 $x347)))
 (let (($x203 (not $x472)))
 (let (($x370 (and (and $x203 (= 0.0 ?x395)) $x42)))
 (let (($x58 (and (not $x370) (or $x472 (and $x203 $x42)))))
 (let (($x499 (not (or $x58 $x370))))
 (let (($x63 (not (and $x452 $x203 $x203 $x499))))
 (not $x63)))))))))))))))))))))))))))
(assert
 (let ((?x291 (+ b_i sum_n_15)))
(let ((?x265 (+ ?x291 1.0)))
(let ((?x272 (+ 2.0 (+ (- 2.0) k))))
(let ((?x126 (/ 1.0 ?x272)))
(let ((?x565 (* 1.0 ?x126)))
(let ((?x36 (* b_i p_i_t)))
(let ((?x121 (+ ?x36 sum_n_12)))
(let ((?x395 (+ ?x121 ?x565)))
(let ((?x49 (/ ?x395 ?x265)))
(< ?x49 0.0)))))))))))
(check-sat)
