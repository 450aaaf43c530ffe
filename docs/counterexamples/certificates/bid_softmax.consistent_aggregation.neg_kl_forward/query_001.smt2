; bid_softmax, every n and k: no segment violation
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
(declare-fun x_raised () Real)
(declare-fun exp_app_4 () Real)
(declare-fun exp_app_3 () Real)
(declare-fun exp_app_1 () Real)
(declare-fun exp_app_0 () Real)
(declare-fun exp_app_2 () Real)
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
 (>= x_raised b_i))
(assert
 (let ((?x80 (* exp_app_3 exp_app_4)))
 (let ((?x82 (+ ?x80 (* sum_n_13 exp_app_4))))
 (let ((?x85 (/ 1.0 ?x82)))
 (let ((?x83 (/ ?x80 ?x82)))
 (let ((?x90 (+ ?x83 (* sum_n_13 exp_app_4 ?x85))))
 (let (($x91 (= 0.0 ?x90)))
 (let (($x110 (and (= 0.0 (+ (* ?x83 p_i_u) (* sum_n_15 exp_app_4 ?x85))) $x91)))
 (let ((?x61 (* exp_app_0 exp_app_1)))
 (let ((?x63 (+ ?x61 (* sum_n_13 exp_app_1))))
 (let ((?x66 (/ 1.0 ?x63)))
 (let ((?x64 (/ ?x61 ?x63)))
 (let ((?x71 (+ ?x64 (* sum_n_13 exp_app_1 ?x66))))
 (let (($x72 (= 0.0 ?x71)))
 (let (($x101 (and (= 0.0 (+ (* ?x64 p_i_u) (* sum_n_15 exp_app_1 ?x66))) $x72)))
 (let (($x92 (and (= 0.0 (+ (* ?x83 p_i_t) (* sum_n_14 exp_app_4 ?x85))) $x91)))
 (let (($x73 (and (= 0.0 (+ (* ?x64 p_i_t) (* sum_n_14 exp_app_1 ?x66))) $x72)))
 (and (not (or (and (not $x73) $x72) $x73)) (not (or (and (not $x92) $x91) $x92)) (not (or (and (not $x101) $x72) $x101)) (not (or (and (not $x110) $x91) $x110))))))))))))))))))))
(assert
 (let ((?x61 (* exp_app_0 exp_app_1)))
 (let ((?x63 (+ ?x61 (* sum_n_13 exp_app_1))))
 (let ((?x66 (/ 1.0 ?x63)))
 (let ((?x64 (/ ?x61 ?x63)))
 (let ((?x71 (+ ?x64 (* sum_n_13 exp_app_1 ?x66))))
 (let ((?x67 (* sum_n_14 exp_app_1 ?x66)))
 (let ((?x68 (+ (* ?x64 p_i_t) ?x67)))
 (let ((?x117 (/ ?x68 ?x71)))
 (let ((?x80 (* exp_app_3 exp_app_4)))
 (let ((?x82 (+ ?x80 (* sum_n_13 exp_app_4))))
 (let ((?x85 (/ 1.0 ?x82)))
 (let ((?x83 (/ ?x80 ?x82)))
 (let ((?x90 (+ ?x83 (* sum_n_13 exp_app_4 ?x85))))
 (let ((?x86 (* sum_n_14 exp_app_4 ?x85)))
 (let ((?x87 (+ (* ?x83 p_i_t) ?x86)))
 (let ((?x118 (- (/ ?x87 ?x90) ?x117)))
 (or (> 0.0 (* ?x118 (- p_i_t ?x117))) (< (* (- p_i_t ?x117) (- p_i_t ?x117)) (* ?x118 ?x118))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (>= exp_app_0 (+ 1.0 b_i)))
(assert
 (let (($x130 (<= exp_app_0 1.0)))
 (let (($x129 (<= b_i 0.0)))
 (=> $x129 $x130))))
(assert
 (=> (< b_i 1.0) (<= (* exp_app_0 (- 1.0 b_i)) 1.0)))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (>= exp_app_1 (+ 1.0 ?x146))))))
(assert
 (let (($x150 (<= exp_app_1 1.0)))
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (<= ?x146 0.0) $x150))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (< ?x146 1.0) (<= (* exp_app_1 (- 1.0 ?x146)) 1.0))))))
(assert
 (> exp_app_2 0.0))
(assert
 (>= exp_app_2 (+ 1.0 b_J)))
(assert
 (let (($x162 (<= exp_app_2 1.0)))
 (let (($x161 (<= b_J 0.0)))
 (=> $x161 $x162))))
(assert
 (=> (< b_J 1.0) (<= (* exp_app_2 (- 1.0 b_J)) 1.0)))
(assert
 (> exp_app_3 0.0))
(assert
 (>= exp_app_3 (+ 1.0 x_raised)))
(assert
 (let (($x173 (<= exp_app_3 1.0)))
 (let (($x172 (<= x_raised 0.0)))
 (=> $x172 $x173))))
(assert
 (=> (< x_raised 1.0) (<= (* exp_app_3 (- 1.0 x_raised)) 1.0)))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (>= exp_app_4 (+ 1.0 ?x186))))))
(assert
 (let (($x190 (<= exp_app_4 1.0)))
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (<= ?x186 0.0) $x190))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (< ?x186 1.0) (<= (* exp_app_4 (- 1.0 ?x186)) 1.0))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (< b_i ?x146) (< exp_app_0 exp_app_1))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (< ?x146 b_i) (< exp_app_1 exp_app_0))))))
(assert
 (=> (< b_i b_J) (< exp_app_0 exp_app_2)))
(assert
 (=> (< b_J b_i) (< exp_app_2 exp_app_0)))
(assert
 (=> (< b_i x_raised) (< exp_app_0 exp_app_3)))
(assert
 (=> (< x_raised b_i) (< exp_app_3 exp_app_0)))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (< b_i ?x186) (< exp_app_0 exp_app_4))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (< ?x186 b_i) (< exp_app_4 exp_app_0))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (< ?x146 b_J) (< exp_app_1 exp_app_2))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (< b_J ?x146) (< exp_app_2 exp_app_1))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (< ?x146 x_raised) (< exp_app_1 exp_app_3))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (< x_raised ?x146) (< exp_app_3 exp_app_1))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (< ?x146 ?x186) (< exp_app_1 exp_app_4))))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (< ?x186 ?x146) (< exp_app_4 exp_app_1))))))))
(assert
 (=> (< b_J x_raised) (< exp_app_2 exp_app_3)))
(assert
 (=> (< x_raised b_J) (< exp_app_3 exp_app_2)))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (< b_J ?x186) (< exp_app_2 exp_app_4))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (< ?x186 b_J) (< exp_app_4 exp_app_2))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (< x_raised ?x186) (< exp_app_3 exp_app_4))))))
(assert
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (< ?x186 x_raised) (< exp_app_4 exp_app_3))))))
(assert
 (let (($x258 (= exp_app_0 exp_app_1)))
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (= b_i ?x146) $x258))))))
(assert
 (let (($x261 (= exp_app_0 exp_app_2)))
 (let (($x260 (= b_i b_J)))
 (=> $x260 $x261))))
(assert
 (let (($x264 (= exp_app_0 exp_app_3)))
 (let (($x263 (= b_i x_raised)))
 (=> $x263 $x264))))
(assert
 (let (($x267 (= exp_app_0 exp_app_4)))
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (= b_i ?x186) $x267))))))
(assert
 (let (($x270 (= exp_app_1 exp_app_2)))
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (= ?x146 b_J) $x270))))))
(assert
 (let (($x273 (= exp_app_1 exp_app_3)))
 (let (($x139 (= n 1.0)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (= ?x146 x_raised) $x273))))))
(assert
 (let (($x276 (= exp_app_1 exp_app_4)))
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (let ((?x145 (ite (or $x139 (and (not $x139) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x146 (* (- 1.0) ?x145)))
 (=> (= ?x146 ?x186) $x276))))))))
(assert
 (let (($x279 (= exp_app_2 exp_app_3)))
 (let (($x278 (= b_J x_raised)))
 (=> $x278 $x279))))
(assert
 (let (($x282 (= exp_app_2 exp_app_4)))
 (let (($x139 (= n 1.0)))
 (let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x186 (* (- 1.0) ?x185)))
 (=> (= b_J ?x186) $x282))))))
(assert
 (let (($x285 (= exp_app_3 exp_app_4)))
(let (($x139 (= n 1.0)))
(let ((?x185 (ite (or $x139 (and (not $x139) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x186 (* (- 1.0) ?x185)))
(=> (= x_raised ?x186) $x285))))))
(check-sat)
