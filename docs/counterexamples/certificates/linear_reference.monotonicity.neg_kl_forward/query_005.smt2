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
(declare-fun zero_is_negative!1165 () Bool)
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
 (let ((?x122 (+ b_i sum_n_15)))
 (let ((?x255 (+ ?x122 1.0)))
 (let (($x31 (= 0.0 ?x255)))
 (let ((?x105 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x40 (/ 1.0 ?x105)))
 (let ((?x41 (* 1.0 ?x40)))
 (let ((?x474 (* b_i p_i_t)))
 (let ((?x216 (+ ?x474 sum_n_12)))
 (let ((?x326 (+ ?x216 ?x41)))
 (let (($x272 (= 0.0 ?x105)))
 (let (($x81 (not $x272)))
 (let (($x281 (and $x81 (< 0.0 ?x40))))
 (let (($x248 (> 0.0 ?x105)))
 (let (($x36 (not $x248)))
 (let (($x291 (ite $x272 zero_is_negative!1165 $x36)))
 (let (($x379 (and $x272 $x291)))
 (let (($x347 (or $x379 $x281)))
 (let (($x368 (and $x272 (not $x347))))
 (let (($x344 (and $x272 $x347)))
 (let (($x189 (or $x344 $x368)))
 (let (($x194 (not $x189)))
 (let (($x143 (and (and $x194 (= 0.0 ?x326)) $x31)))
 (let (($x475 (and (not $x143) (or $x189 (and $x194 $x31)))))
 (not (or $x475 $x143))))))))))))))))))))))))))
(assert
 (let ((?x122 (+ b_i sum_n_15)))
 (let ((?x255 (+ ?x122 1.0)))
 (let (($x31 (= 0.0 ?x255)))
 (let ((?x105 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x40 (/ 1.0 ?x105)))
 (let ((?x41 (* 1.0 ?x40)))
 (let ((?x474 (* b_i p_i_t)))
 (let ((?x216 (+ ?x474 sum_n_12)))
 (let ((?x326 (+ ?x216 ?x41)))
 (let (($x272 (= 0.0 ?x105)))
 (let (($x81 (not $x272)))
 (let (($x281 (and $x81 (< 0.0 ?x40))))
 (let (($x248 (> 0.0 ?x105)))
 (let (($x36 (not $x248)))
 (let (($x291 (ite $x272 zero_is_negative!1165 $x36)))
 (let (($x379 (and $x272 $x291)))
 (let (($x347 (or $x379 $x281)))
 (let (($x368 (and $x272 (not $x347))))
 (let (($x344 (and $x272 $x347)))
 (let (($x189 (or $x344 $x368)))
 (let (($x194 (not $x189)))
 (let (($x143 (and (and $x194 (= 0.0 ?x326)) $x31)))
 (let (($x475 (and (not $x143) (or $x189 (and $x194 $x31)))))
 (let (($x352 (not (or $x475 $x143))))
 (let (($x129 (not (and $x81 $x194 $x194 $x352))))
 (not $x129)))))))))))))))))))))))))))
(assert
 (let ((?x122 (+ b_i sum_n_15)))
(let ((?x255 (+ ?x122 1.0)))
(let ((?x105 (+ 2.0 (+ (- 2.0) k))))
(let ((?x40 (/ 1.0 ?x105)))
(let ((?x41 (* 1.0 ?x40)))
(let ((?x474 (* b_i p_i_t)))
(let ((?x216 (+ ?x474 sum_n_12)))
(let ((?x326 (+ ?x216 ?x41)))
(let ((?x261 (/ ?x326 ?x255)))
(< ?x261 0.0)))))))))))
(check-sat)
