; bid_softmax, every n and k: no output entry is +inf or -inf
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
(declare-fun exp_app_3 () Real)
(declare-fun x_raised () Real)
(declare-fun exp_app_4 () Real)
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
 (let (($x39 (>= (- n 1.0) 1.0)))
 (=> $x39 (>= max_n_12 b_J))))
(assert
 (let (($x43 (>= max_n_12 0.0)))
 (let (($x39 (>= (- n 1.0) 1.0)))
 (=> $x39 $x43))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let (($x39 (>= (- n 1.0) 1.0)))
 (=> $x39 (> sum_n_13 0.0))))
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
 (let ((?x59 (* exp_app_0 exp_app_1)))
 (let ((?x61 (+ ?x59 (* sum_n_13 exp_app_1))))
 (let ((?x64 (/ 1.0 ?x61)))
 (let ((?x62 (/ ?x59 ?x61)))
 (let ((?x69 (+ ?x62 (* sum_n_13 exp_app_1 ?x64))))
 (let (($x70 (= 0.0 ?x69)))
 (let (($x71 (and (= 0.0 (+ (* ?x62 p_i_t) (* sum_n_14 exp_app_1 ?x64))) $x70)))
 (and (not $x71) $x70)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (>= exp_app_0 (+ 1.0 b_i)))
(assert
 (let (($x78 (<= exp_app_0 1.0)))
 (let (($x77 (<= b_i 0.0)))
 (=> $x77 $x78))))
(assert
 (=> (< b_i 1.0) (<= (* exp_app_0 (- 1.0 b_i)) 1.0)))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (>= exp_app_1 (+ 1.0 ?x94))))))
(assert
 (let (($x98 (<= exp_app_1 1.0)))
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (<= ?x94 0.0) $x98))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (< ?x94 1.0) (<= (* exp_app_1 (- 1.0 ?x94)) 1.0))))))
(assert
 (> exp_app_2 0.0))
(assert
 (>= exp_app_2 (+ 1.0 b_J)))
(assert
 (let (($x110 (<= exp_app_2 1.0)))
 (let (($x109 (<= b_J 0.0)))
 (=> $x109 $x110))))
(assert
 (=> (< b_J 1.0) (<= (* exp_app_2 (- 1.0 b_J)) 1.0)))
(assert
 (> exp_app_3 0.0))
(assert
 (>= exp_app_3 (+ 1.0 x_raised)))
(assert
 (let (($x123 (<= exp_app_3 1.0)))
 (let (($x122 (<= x_raised 0.0)))
 (=> $x122 $x123))))
(assert
 (=> (< x_raised 1.0) (<= (* exp_app_3 (- 1.0 x_raised)) 1.0)))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (>= exp_app_4 (+ 1.0 ?x137))))))
(assert
 (let (($x141 (<= exp_app_4 1.0)))
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (<= ?x137 0.0) $x141))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (< ?x137 1.0) (<= (* exp_app_4 (- 1.0 ?x137)) 1.0))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (< b_i ?x94) (< exp_app_0 exp_app_1))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (< ?x94 b_i) (< exp_app_1 exp_app_0))))))
(assert
 (=> (< b_i b_J) (< exp_app_0 exp_app_2)))
(assert
 (=> (< b_J b_i) (< exp_app_2 exp_app_0)))
(assert
 (=> (< b_i x_raised) (< exp_app_0 exp_app_3)))
(assert
 (=> (< x_raised b_i) (< exp_app_3 exp_app_0)))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (< b_i ?x137) (< exp_app_0 exp_app_4))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (< ?x137 b_i) (< exp_app_4 exp_app_0))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (< ?x94 b_J) (< exp_app_1 exp_app_2))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (< b_J ?x94) (< exp_app_2 exp_app_1))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (< ?x94 x_raised) (< exp_app_1 exp_app_3))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (< x_raised ?x94) (< exp_app_3 exp_app_1))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (< ?x94 ?x137) (< exp_app_1 exp_app_4))))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (< ?x137 ?x94) (< exp_app_4 exp_app_1))))))))
(assert
 (=> (< b_J x_raised) (< exp_app_2 exp_app_3)))
(assert
 (=> (< x_raised b_J) (< exp_app_3 exp_app_2)))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (< b_J ?x137) (< exp_app_2 exp_app_4))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (< ?x137 b_J) (< exp_app_4 exp_app_2))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (< x_raised ?x137) (< exp_app_3 exp_app_4))))))
(assert
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (< ?x137 x_raised) (< exp_app_4 exp_app_3))))))
(assert
 (let (($x209 (= exp_app_0 exp_app_1)))
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (= b_i ?x94) $x209))))))
(assert
 (let (($x212 (= exp_app_0 exp_app_2)))
 (let (($x211 (= b_i b_J)))
 (=> $x211 $x212))))
(assert
 (let (($x215 (= exp_app_0 exp_app_3)))
 (let (($x214 (= b_i x_raised)))
 (=> $x214 $x215))))
(assert
 (let (($x218 (= exp_app_0 exp_app_4)))
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (= b_i ?x137) $x218))))))
(assert
 (let (($x221 (= exp_app_1 exp_app_2)))
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (= ?x94 b_J) $x221))))))
(assert
 (let (($x224 (= exp_app_1 exp_app_3)))
 (let (($x87 (= n 1.0)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (= ?x94 x_raised) $x224))))))
(assert
 (let (($x227 (= exp_app_1 exp_app_4)))
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (let ((?x93 (ite (or $x87 (and (not $x87) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x94 (* (- 1.0) ?x93)))
 (=> (= ?x94 ?x137) $x227))))))))
(assert
 (let (($x230 (= exp_app_2 exp_app_3)))
 (let (($x229 (= b_J x_raised)))
 (=> $x229 $x230))))
(assert
 (let (($x233 (= exp_app_2 exp_app_4)))
 (let (($x87 (= n 1.0)))
 (let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x137 (* (- 1.0) ?x136)))
 (=> (= b_J ?x137) $x233))))))
(assert
 (let (($x236 (= exp_app_3 exp_app_4)))
(let (($x87 (= n 1.0)))
(let ((?x136 (ite (or $x87 (and (not $x87) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x137 (* (- 1.0) ?x136)))
(=> (= x_raised ?x137) $x236))))))
(check-sat)
