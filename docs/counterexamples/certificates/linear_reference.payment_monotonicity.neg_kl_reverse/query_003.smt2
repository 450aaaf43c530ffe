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
(declare-fun zero_is_negative!1693 () Bool)
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
 (let ((?x205 (+ b_i sum_n_15)))
 (let ((?x100 (+ ?x205 1.0)))
 (let (($x452 (= 0.0 ?x100)))
 (let ((?x52 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x291 (/ 1.0 ?x52)))
 (let ((?x202 (* 1.0 ?x291)))
 (let ((?x190 (* b_i p_i_t)))
 (let ((?x123 (+ ?x190 sum_n_12)))
 (let ((?x519 (+ ?x123 ?x202)))
 (let (($x404 (= 0.0 ?x52)))
 (let (($x252 (not $x404)))
 (let (($x298 (and $x252 (< 0.0 ?x291))))
 (let (($x547 (> 0.0 ?x52)))
 (let (($x354 (not $x547)))
 (let (($x503 (ite $x404 zero_is_negative!1693 $x354)))
 (let (($x425 (and $x404 $x503)))
 (let (($x143 (or $x425 $x298)))
 (let (($x191 (and $x404 (not $x143))))
 (let (($x67 (and $x404 $x143)))
 (let (($x360 (or $x67 $x191)))
 (let (($x274 (not $x360)))
 (let (($x176 (and (and $x274 (= 0.0 ?x519)) $x452)))
 (let (($x474 (and (not $x176) (or $x360 (and $x274 $x452)))))
 (not (or $x474 $x176))))))))))))))))))))))))))
(assert
 (let ((?x205 (+ b_i sum_n_15)))
 (let ((?x100 (+ ?x205 1.0)))
 (let (($x452 (= 0.0 ?x100)))
 (let ((?x52 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x291 (/ 1.0 ?x52)))
 (let ((?x202 (* 1.0 ?x291)))
 (let ((?x190 (* b_i p_i_t)))
 (let ((?x123 (+ ?x190 sum_n_12)))
 (let ((?x519 (+ ?x123 ?x202)))
 (let (($x404 (= 0.0 ?x52)))
 (let (($x252 (not $x404)))
 (let (($x298 (and $x252 (< 0.0 ?x291))))
 (let (($x547 (> 0.0 ?x52)))
 (let (($x354 (not $x547)))
 (let (($x503 (ite $x404 zero_is_negative!1693 $x354)))
 (let (($x425 (and $x404 $x503)))
 (let (($x143 (or $x425 $x298)))
 (let (($x191 (and $x404 (not $x143))))
 (let (($x67 (and $x404 $x143)))
 (let (($x360 (or $x67 $x191)))
 (let (($x274 (not $x360)))
 (let (($x176 (and (and $x274 (= 0.0 ?x519)) $x452)))
 (let (($x474 (and (not $x176) (or $x360 (and $x274 $x452)))))
 (let (($x448 (not (or $x474 $x176))))
 (let (($x73 (not (and $x252 $x274 $x274 $x448))))
 (not $x73)))))))))))))))))))))))))))
(assert
 (let ((?x205 (+ b_i sum_n_15)))
(let ((?x100 (+ ?x205 1.0)))
(let ((?x52 (+ 2.0 (+ (- 2.0) k))))
(let ((?x291 (/ 1.0 ?x52)))
(let ((?x202 (* 1.0 ?x291)))
(let ((?x190 (* b_i p_i_t)))
(let ((?x123 (+ ?x190 sum_n_12)))
(let ((?x519 (+ ?x123 ?x202)))
(let ((?x158 (/ ?x519 ?x100)))
(< ?x158 0.0)))))))))))
(check-sat)
