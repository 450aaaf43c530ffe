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
(declare-fun zero_is_negative!2296 () Bool)
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
 (let ((?x634 (+ b_i sum_n_15)))
 (let ((?x2822 (+ ?x634 1.0)))
 (let (($x2820 (= 0.0 ?x2822)))
 (let ((?x1141 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x2733 (/ 1.0 ?x1141)))
 (let ((?x1121 (* 1.0 ?x2733)))
 (let ((?x548 (* b_i p_i_t)))
 (let ((?x468 (+ ?x548 sum_n_12)))
 (let ((?x2709 (+ ?x468 ?x1121)))
 (let (($x728 (= 0.0 ?x1141)))
 (let (($x1552 (not $x728)))
 (let (($x1669 (and $x1552 (< 0.0 ?x2733))))
 (let (($x152 (> 0.0 ?x1141)))
 (let (($x286 (not $x152)))
 (let (($x1498 (ite $x728 zero_is_negative!2296 $x286)))
 (let (($x359 (and $x728 $x1498)))
 (let (($x1163 (or $x359 $x1669)))
 (let (($x1060 (and $x728 (not $x1163))))
 (let (($x2798 (and $x728 $x1163)))
 (let (($x2656 (or $x2798 $x1060)))
 (let (($x415 (not $x2656)))
 (let (($x826 (and (and $x415 (= 0.0 ?x2709)) $x2820)))
 (let (($x1627 (and (not $x826) (or $x2656 (and $x415 $x2820)))))
 (not (or $x1627 $x826))))))))))))))))))))))))))
(assert
 (let ((?x634 (+ b_i sum_n_15)))
 (let ((?x2822 (+ ?x634 1.0)))
 (let (($x2820 (= 0.0 ?x2822)))
 (let ((?x1141 (+ 2.0 (+ (- 2.0) k))))
 (let ((?x2733 (/ 1.0 ?x1141)))
 (let ((?x1121 (* 1.0 ?x2733)))
 (let ((?x548 (* b_i p_i_t)))
 (let ((?x468 (+ ?x548 sum_n_12)))
 (let ((?x2709 (+ ?x468 ?x1121)))
 (let (($x728 (= 0.0 ?x1141)))
 (let (($x1552 (not $x728)))
 (let (($x1669 (and $x1552 (< 0.0 ?x2733))))
 (let (($x152 (> 0.0 ?x1141)))
 (let (($x286 (not $x152)))
 (let (($x1498 (ite $x728 zero_is_negative!2296 $x286)))
 (let (($x359 (and $x728 $x1498)))
 (let (($x1163 (or $x359 $x1669)))
 (let (($x1060 (and $x728 (not $x1163))))
 (let (($x2798 (and $x728 $x1163)))
 (let (($x2656 (or $x2798 $x1060)))
 (let (($x415 (not $x2656)))
 (let (($x826 (and (and $x415 (= 0.0 ?x2709)) $x2820)))
 (let (($x1627 (and (not $x826) (or $x2656 (and $x415 $x2820)))))
 (let (($x528 (not (or $x1627 $x826))))
 (let (($x2671 (not (and $x1552 $x415 $x415 $x528))))
 (not $x2671)))))))))))))))))))))))))))
(assert
 (let ((?x634 (+ b_i sum_n_15)))
(let ((?x2822 (+ ?x634 1.0)))
(let ((?x1141 (+ 2.0 (+ (- 2.0) k))))
(let ((?x2733 (/ 1.0 ?x1141)))
(let ((?x1121 (* 1.0 ?x2733)))
(let ((?x548 (* b_i p_i_t)))
(let ((?x468 (+ ?x548 sum_n_12)))
(let ((?x2709 (+ ?x468 ?x1121)))
(let ((?x1643 (/ ?x2709 ?x2822)))
(< ?x1643 0.0)))))))))))
(check-sat)
