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
 (let ((?x98 (* sum_n_15 exp_app_1 ?x66)))
 (let ((?x99 (+ (* ?x64 p_i_u) ?x98)))
 (let ((?x119 (/ ?x99 ?x71)))
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
 (let ((?x121 (* (- (/ ?x87 ?x90) ?x117) (- p_i_u ?x119))))
 (let ((?x123 (- (/ (+ (* ?x83 p_i_u) (* sum_n_15 exp_app_4 ?x85)) ?x90) ?x119)))
 (let ((?x125 (* ?x123 (- p_i_t ?x117))))
 (or (< ?x121 ?x125) (< ?x125 ?x121))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (>= exp_app_0 (+ 1.0 b_i)))
(assert
 (let (($x133 (<= exp_app_0 1.0)))
 (let (($x132 (<= b_i 0.0)))
 (=> $x132 $x133))))
(assert
 (=> (< b_i 1.0) (<= (* exp_app_0 (- 1.0 b_i)) 1.0)))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (>= exp_app_1 (+ 1.0 ?x149))))))
(assert
 (let (($x153 (<= exp_app_1 1.0)))
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (<= ?x149 0.0) $x153))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (< ?x149 1.0) (<= (* exp_app_1 (- 1.0 ?x149)) 1.0))))))
(assert
 (> exp_app_2 0.0))
(assert
 (>= exp_app_2 (+ 1.0 b_J)))
(assert
 (let (($x165 (<= exp_app_2 1.0)))
 (let (($x164 (<= b_J 0.0)))
 (=> $x164 $x165))))
(assert
 (=> (< b_J 1.0) (<= (* exp_app_2 (- 1.0 b_J)) 1.0)))
(assert
 (> exp_app_3 0.0))
(assert
 (>= exp_app_3 (+ 1.0 x_raised)))
(assert
 (let (($x176 (<= exp_app_3 1.0)))
 (let (($x175 (<= x_raised 0.0)))
 (=> $x175 $x176))))
(assert
 (=> (< x_raised 1.0) (<= (* exp_app_3 (- 1.0 x_raised)) 1.0)))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (>= exp_app_4 (+ 1.0 ?x189))))))
(assert
 (let (($x193 (<= exp_app_4 1.0)))
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (<= ?x189 0.0) $x193))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (< ?x189 1.0) (<= (* exp_app_4 (- 1.0 ?x189)) 1.0))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (< b_i ?x149) (< exp_app_0 exp_app_1))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (< ?x149 b_i) (< exp_app_1 exp_app_0))))))
(assert
 (=> (< b_i b_J) (< exp_app_0 exp_app_2)))
(assert
 (=> (< b_J b_i) (< exp_app_2 exp_app_0)))
(assert
 (=> (< b_i x_raised) (< exp_app_0 exp_app_3)))
(assert
 (=> (< x_raised b_i) (< exp_app_3 exp_app_0)))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (< b_i ?x189) (< exp_app_0 exp_app_4))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (< ?x189 b_i) (< exp_app_4 exp_app_0))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (< ?x149 b_J) (< exp_app_1 exp_app_2))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (< b_J ?x149) (< exp_app_2 exp_app_1))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (< ?x149 x_raised) (< exp_app_1 exp_app_3))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (< x_raised ?x149) (< exp_app_3 exp_app_1))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (< ?x149 ?x189) (< exp_app_1 exp_app_4))))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (< ?x189 ?x149) (< exp_app_4 exp_app_1))))))))
(assert
 (=> (< b_J x_raised) (< exp_app_2 exp_app_3)))
(assert
 (=> (< x_raised b_J) (< exp_app_3 exp_app_2)))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (< b_J ?x189) (< exp_app_2 exp_app_4))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (< ?x189 b_J) (< exp_app_4 exp_app_2))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (< x_raised ?x189) (< exp_app_3 exp_app_4))))))
(assert
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (< ?x189 x_raised) (< exp_app_4 exp_app_3))))))
(assert
 (let (($x261 (= exp_app_0 exp_app_1)))
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (= b_i ?x149) $x261))))))
(assert
 (let (($x264 (= exp_app_0 exp_app_2)))
 (let (($x263 (= b_i b_J)))
 (=> $x263 $x264))))
(assert
 (let (($x267 (= exp_app_0 exp_app_3)))
 (let (($x266 (= b_i x_raised)))
 (=> $x266 $x267))))
(assert
 (let (($x270 (= exp_app_0 exp_app_4)))
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (= b_i ?x189) $x270))))))
(assert
 (let (($x273 (= exp_app_1 exp_app_2)))
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (= ?x149 b_J) $x273))))))
(assert
 (let (($x276 (= exp_app_1 exp_app_3)))
 (let (($x142 (= n 1.0)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (= ?x149 x_raised) $x276))))))
(assert
 (let (($x279 (= exp_app_1 exp_app_4)))
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (let ((?x148 (ite (or $x142 (and (not $x142) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x149 (* (- 1.0) ?x148)))
 (=> (= ?x149 ?x189) $x279))))))))
(assert
 (let (($x282 (= exp_app_2 exp_app_3)))
 (let (($x281 (= b_J x_raised)))
 (=> $x281 $x282))))
(assert
 (let (($x285 (= exp_app_2 exp_app_4)))
 (let (($x142 (= n 1.0)))
 (let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x189 (* (- 1.0) ?x188)))
 (=> (= b_J ?x189) $x285))))))
(assert
 (let (($x288 (= exp_app_3 exp_app_4)))
(let (($x142 (= n 1.0)))
(let ((?x188 (ite (or $x142 (and (not $x142) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x189 (* (- 1.0) ?x188)))
(=> (= x_raised ?x189) $x288))))))
(check-sat)
