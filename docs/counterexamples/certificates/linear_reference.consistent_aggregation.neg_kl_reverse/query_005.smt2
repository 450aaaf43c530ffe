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
(declare-fun zero_is_negative!1691 () Bool)
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
 (let ((?x176 (+ b_i sum_n_15)))
 (let ((?x123 (+ ?x176 1.0)))
 (let (($x267 (= 0.0 ?x123)))
 (let ((?x207 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x151 (/ 1.0 ?x207)))
 (let ((?x33 (* 1.0 ?x151)))
 (let ((?x260 (* b_i p_i_t)))
 (let ((?x339 (+ ?x260 sum_n_12)))
 (let ((?x788 (+ ?x339 ?x33)))
 (let (($x277 (= 0.0 ?x207)))
 (let (($x727 (not $x277)))
 (let (($x739 (and $x727 (< 0.0 ?x151))))
 (let (($x105 (> 0.0 ?x207)))
 (let (($x647 (not $x105)))
 (let (($x472 (ite $x277 zero_is_negative!1691 $x647)))
 (let (($x196 (and $x277 $x472)))
 (let (($x226 (or $x196 $x739)))
 (let (($x139 (and $x277 (not $x226))))
 (let (($x200 (and $x277 $x226)))
 (let (($x767 (or $x200 $x139)))
 (let (($x425 (not $x767)))
 (let (($x388 (and (and $x425 (= 0.0 ?x788)) $x267)))
 (let (($x56 (and (not $x388) (or $x767 (and $x425 $x267)))))
 (not (or $x56 $x388))))))))))))))))))))))))))
(assert
 (let ((?x176 (+ b_i sum_n_15)))
 (let ((?x123 (+ ?x176 1.0)))
 (let (($x267 (= 0.0 ?x123)))
 (let ((?x207 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x151 (/ 1.0 ?x207)))
 (let ((?x33 (* 1.0 ?x151)))
 (let ((?x260 (* b_i p_i_t)))
 (let ((?x339 (+ ?x260 sum_n_12)))
 (let ((?x788 (+ ?x339 ?x33)))
 (let (($x277 (= 0.0 ?x207)))
 (let (($x727 (not $x277)))
 (let (($x739 (and $x727 (< 0.0 ?x151))))
 (let (($x105 (> 0.0 ?x207)))
 (let (($x647 (not $x105)))
 (let (($x472 (ite $x277 zero_is_negative!1691 $x647)))
 (let (($x196 (and $x277 $x472)))
 (let (($x226 (or $x196 $x739)))
 (let (($x139 (and $x277 (not $x226))))
 (let (($x200 (and $x277 $x226)))
 (let (($x767 (or $x200 $x139)))
 (let (($x425 (not $x767)))
 (let (($x388 (and (and $x425 (= 0.0 ?x788)) $x267)))
 (let (($x56 (and (not $x388) (or $x767 (and $x425 $x267)))))
 (let (($x134 (not (or $x56 $x388))))
 (let (($x137 (not (and $x727 $x425 $x425 $x134))))
 (not $x137)))))))))))))))))))))))))))
(assert
 (let ((?x176 (+ b_i sum_n_15)))
(let ((?x123 (+ ?x176 1.0)))
(let ((?x207 (+ 2.0 (+ (- 2.0) k))))
(let ((?x151 (/ 1.0 ?x207)))
(let ((?x33 (* 1.0 ?x151)))
(let ((?x260 (* b_i p_i_t)))
(let ((?x339 (+ ?x260 sum_n_12)))
(let ((?x788 (+ ?x339 ?x33)))
(let ((?x420 (/ ?x788 ?x123)))
(< ?x420 0.0)))))))))))
(check-sat)
