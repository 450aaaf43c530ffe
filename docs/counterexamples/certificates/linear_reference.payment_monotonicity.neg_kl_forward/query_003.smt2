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
(declare-fun zero_is_negative!1333 () Bool)
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
 (let ((?x42 (+ b_i sum_n_15)))
 (let ((?x586 (+ ?x42 1.0)))
 (let (($x120 (= 0.0 ?x586)))
 (let ((?x606 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x128 (/ 1.0 ?x606)))
 (let ((?x307 (* 1.0 ?x128)))
 (let ((?x92 (* b_i p_i_t)))
 (let ((?x79 (+ ?x92 sum_n_12)))
 (let ((?x90 (+ ?x79 ?x307)))
 (let (($x732 (= 0.0 ?x606)))
 (let (($x542 (not $x732)))
 (let (($x388 (and $x542 (< 0.0 ?x128))))
 (let (($x445 (> 0.0 ?x606)))
 (let (($x330 (not $x445)))
 (let (($x174 (ite $x732 zero_is_negative!1333 $x330)))
 (let (($x139 (and $x732 $x174)))
 (let (($x244 (or $x139 $x388)))
 (let (($x769 (and $x732 (not $x244))))
 (let (($x100 (and $x732 $x244)))
 (let (($x547 (or $x100 $x769)))
 (let (($x473 (not $x547)))
 (let (($x12 (and (and $x473 (= 0.0 ?x90)) $x120)))
 (let (($x305 (and (not $x12) (or $x547 (and $x473 $x120)))))
 (not (or $x305 $x12))))))))))))))))))))))))))
(assert
 (let ((?x42 (+ b_i sum_n_15)))
 (let ((?x586 (+ ?x42 1.0)))
 (let (($x120 (= 0.0 ?x586)))
 (let ((?x606 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x128 (/ 1.0 ?x606)))
 (let ((?x307 (* 1.0 ?x128)))
 (let ((?x92 (* b_i p_i_t)))
 (let ((?x79 (+ ?x92 sum_n_12)))
 (let ((?x90 (+ ?x79 ?x307)))
 (let (($x732 (= 0.0 ?x606)))
 (let (($x542 (not $x732)))
 (let (($x388 (and $x542 (< 0.0 ?x128))))
 (let (($x445 (> 0.0 ?x606)))
 (let (($x330 (not $x445)))
 (let (($x174 (ite $x732 zero_is_negative!1333 $x330)))
 (let (($x139 (and $x732 $x174)))
 (let (($x244 (or $x139 $x388)))
 (let (($x769 (and $x732 (not $x244))))
 (let (($x100 (and $x732 $x244)))
 (let (($x547 (or $x100 $x769)))
 (let (($x473 (not $x547)))
 (let (($x12 (and (and $x473 (= 0.0 ?x90)) $x120)))
 (let (($x305 (and (not $x12) (or $x547 (and $x473 $x120)))))
 (let (($x107 (not (or $x305 $x12))))
 (let (($x229 (not (and $x542 $x473 $x473 $x107))))
 (not $x229)))))))))))))))))))))))))))
(assert
 (let ((?x42 (+ b_i sum_n_15)))
(let ((?x586 (+ ?x42 1.0)))
(let ((?x606 (+ 2.0 (+ (- 2.0) k))))
(let ((?x128 (/ 1.0 ?x606)))
(let ((?x307 (* 1.0 ?x128)))
(let ((?x92 (* b_i p_i_t)))
(let ((?x79 (+ ?x92 sum_n_12)))
(let ((?x90 (+ ?x79 ?x307)))
(let ((?x91 (/ ?x90 ?x586)))
(< ?x91 0.0)))))))))))
(check-sat)
