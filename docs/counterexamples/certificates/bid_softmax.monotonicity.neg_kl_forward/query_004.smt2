; bid_softmax, every n and k: every linear or constant value is finite at token t wherever q(t) is finite
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
(declare-fun max_n_12 () Real)
(declare-fun sum_n_13 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
(declare-fun sum_n_16 () Real)
(declare-fun exp_app_1 () Real)
(declare-fun exp_app_0 () Real)
(declare-fun exp_app_2 () Real)
(declare-fun zero_is_negative!7683 () Bool)
(declare-fun zero_is_negative!7682 () Bool)
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
 (let ((?x1654 (- n 1.0)))
 (let (($x5614 (>= ?x1654 1.0)))
 (=> $x5614 (>= max_n_12 b_J)))))
(assert
 (let (($x4616 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x5614 (>= ?x1654 1.0)))
 (=> $x5614 $x4616)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x5614 (>= ?x1654 1.0)))
 (=> $x5614 (> sum_n_13 0.0)))))
(assert
 (>= sum_n_14 0.0))
(assert
 (<= sum_n_14 sum_n_13))
(assert
 (>= sum_n_15 0.0))
(assert
 (<= sum_n_15 sum_n_13))
(assert
 (>= sum_n_16 0.0))
(assert
 (let ((?x2662 (* exp_app_0 exp_app_1)))
 (let ((?x7361 (+ ?x2662 (* sum_n_13 exp_app_1))))
 (let ((?x634 (/ 1.0 ?x7361)))
 (let ((?x7300 (/ ?x2662 ?x7361)))
 (let (($x4077 (= 0.0 (+ ?x7300 (* sum_n_13 exp_app_1 ?x634)))))
 (let (($x6468 (and (= 0.0 (+ (* ?x7300 p_i_t) (* sum_n_14 exp_app_1 ?x634))) $x4077)))
 (not (or (and (not $x6468) $x4077) $x6468)))))))))
(assert
 (let ((?x2662 (* exp_app_0 exp_app_1)))
 (let ((?x7361 (+ ?x2662 (* sum_n_13 exp_app_1))))
 (let ((?x634 (/ 1.0 ?x7361)))
 (let ((?x7300 (/ ?x2662 ?x7361)))
 (let (($x4077 (= 0.0 (+ ?x7300 (* sum_n_13 exp_app_1 ?x634)))))
 (let (($x6468 (and (= 0.0 (+ (* ?x7300 p_i_t) (* sum_n_14 exp_app_1 ?x634))) $x4077)))
 (let (($x131 (not (or (and (not $x6468) $x4077) $x6468))))
 (let (($x2841 (= 0.0 p_J_t)))
 (let (($x7521 (= 0.0 ?x7361)))
 (let (($x2744 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x7521)) $x7521)))
 (let (($x6405 (and (= 0.0 (* exp_app_2 exp_app_1)) $x7521)))
 (let (($x4936 (or $x6405 (and $x2744 $x2841))))
 (let (($x3088 (> 0.0 p_J_t)))
 (let (($x1344 (not (or $x2744 $x6405))))
 (let (($x6951 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x7361))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x7361)))))
 (let (($x862 (ite $x7521 zero_is_negative!7683 $x6951)))
 (let (($x1701 (or (and $x2744 (not $x862)) (and $x1344 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x7361))))))
 (let (($x347 (< 0.0 p_J_t)))
 (let (($x5776 (or (and $x2744 $x862) (and $x1344 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x7361))))))
 (let (($x6023 (or (and $x5776 $x347) (and $x1701 $x3088))))
 (let (($x6225 (and (not $x4936) $x2744)))
 (let (($x1656 (= 0.0 ?x2662)))
 (let (($x8488 (and $x1656 $x7521)))
 (let (($x3942 (or $x8488 (and (and (not $x8488) $x7521) (= 0.0 p_i_t)))))
 (let (($x344 (> 0.0 p_i_t)))
 (let (($x1673 (or (and (< 0.0 ?x2662) (not (> 0.0 ?x7361))) (and (> 0.0 ?x2662) (> 0.0 ?x7361)))))
 (let (($x3350 (ite $x7521 zero_is_negative!7682 $x1673)))
 (let (($x4534 (and (not $x8488) $x7521)))
 (let (($x7248 (or (and $x4534 (not $x3350)) (and (not (or $x4534 $x8488)) (> 0.0 ?x7300)))))
 (let (($x6920 (< 0.0 p_i_t)))
 (let (($x5628 (and (or (and $x4534 $x3350) (and (not (or $x4534 $x8488)) (< 0.0 ?x7300))) $x6920)))
 (let (($x2960 (or $x5628 (and $x7248 $x344))))
 (let (($x3977 (and (not $x3942) $x4534)))
 (let (($x6516 (and (not (or (or (and $x3977 $x2960) (and $x3977 (not $x2960))) $x3942)) (not (or (or (and $x6225 $x6023) (and $x6225 (not $x6023))) $x4936)) $x131)))
 (not $x6516))))))))))))))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x4527 (+ 1.0 b_i)))
 (>= exp_app_0 ?x4527)))
(assert
 (let (($x6672 (<= exp_app_0 1.0)))
 (let (($x4249 (<= b_i 0.0)))
 (=> $x4249 $x6672))))
(assert
 (let (($x8039 (< b_i 1.0)))
 (=> $x8039 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x6908 (= n 1.0)))
 (let ((?x643 (ite (or $x6908 (and (not $x6908) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5229 (* (- 1.0) ?x643)))
 (let ((?x1173 (+ 1.0 ?x5229)))
 (>= exp_app_1 ?x1173))))))
(assert
 (let (($x2147 (<= exp_app_1 1.0)))
 (let (($x6908 (= n 1.0)))
 (let ((?x643 (ite (or $x6908 (and (not $x6908) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5229 (* (- 1.0) ?x643)))
 (let (($x5861 (<= ?x5229 0.0)))
 (=> $x5861 $x2147)))))))
(assert
 (let (($x6908 (= n 1.0)))
 (let ((?x643 (ite (or $x6908 (and (not $x6908) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5229 (* (- 1.0) ?x643)))
 (let ((?x3741 (- 1.0 ?x5229)))
 (let (($x6509 (< ?x5229 1.0)))
 (=> $x6509 (<= (* exp_app_1 ?x3741) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x53 (+ 1.0 b_J)))
 (>= exp_app_2 ?x53)))
(assert
 (let (($x5313 (<= exp_app_2 1.0)))
 (let (($x8578 (<= b_J 0.0)))
 (=> $x8578 $x5313))))
(assert
 (let (($x3522 (< b_J 1.0)))
 (=> $x3522 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x6908 (= n 1.0)))
 (let ((?x643 (ite (or $x6908 (and (not $x6908) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5229 (* (- 1.0) ?x643)))
 (let (($x875 (< b_i ?x5229)))
 (=> $x875 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x6908 (= n 1.0)))
 (let ((?x643 (ite (or $x6908 (and (not $x6908) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5229 (* (- 1.0) ?x643)))
 (let (($x3568 (< ?x5229 b_i)))
 (=> $x3568 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x84 (< b_i b_J)))
 (=> $x84 (< exp_app_0 exp_app_2))))
(assert
 (let (($x1906 (< b_J b_i)))
 (=> $x1906 (< exp_app_2 exp_app_0))))
(assert
 (let (($x6908 (= n 1.0)))
 (let ((?x643 (ite (or $x6908 (and (not $x6908) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5229 (* (- 1.0) ?x643)))
 (let (($x7412 (< ?x5229 b_J)))
 (=> $x7412 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x6908 (= n 1.0)))
 (let ((?x643 (ite (or $x6908 (and (not $x6908) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5229 (* (- 1.0) ?x643)))
 (let (($x3595 (< b_J ?x5229)))
 (=> $x3595 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x3675 (= exp_app_0 exp_app_1)))
 (let (($x6908 (= n 1.0)))
 (let ((?x643 (ite (or $x6908 (and (not $x6908) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5229 (* (- 1.0) ?x643)))
 (=> (= b_i ?x5229) $x3675))))))
(assert
 (let (($x4841 (= exp_app_0 exp_app_2)))
 (let (($x2296 (= b_i b_J)))
 (=> $x2296 $x4841))))
(assert
 (let (($x667 (= exp_app_1 exp_app_2)))
(let (($x6908 (= n 1.0)))
(let ((?x643 (ite (or $x6908 (and (not $x6908) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x5229 (* (- 1.0) ?x643)))
(=> (= ?x5229 b_J) $x667))))))
(check-sat)
