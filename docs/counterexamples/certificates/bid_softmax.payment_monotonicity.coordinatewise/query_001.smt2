; bid_softmax, every n and k: no coordinatewise violation
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
 (let (($x92 (and (= 0.0 (+ (* ?x83 p_i_t) (* sum_n_14 exp_app_4 ?x85))) $x91)))
 (let ((?x61 (* exp_app_0 exp_app_1)))
 (let ((?x63 (+ ?x61 (* sum_n_13 exp_app_1))))
 (let ((?x66 (/ 1.0 ?x63)))
 (let ((?x64 (/ ?x61 ?x63)))
 (let ((?x71 (+ ?x64 (* sum_n_13 exp_app_1 ?x66))))
 (let (($x72 (= 0.0 ?x71)))
 (let (($x73 (and (= 0.0 (+ (* ?x64 p_i_t) (* sum_n_14 exp_app_1 ?x66))) $x72)))
 (and (not (or (and (not $x73) $x72) $x73)) (not (or (and (not $x92) $x91) $x92))))))))))))))))))
(assert
 (let ((?x80 (* exp_app_3 exp_app_4)))
 (let ((?x82 (+ ?x80 (* sum_n_13 exp_app_4))))
 (let ((?x85 (/ 1.0 ?x82)))
 (let ((?x83 (/ ?x80 ?x82)))
 (let ((?x90 (+ ?x83 (* sum_n_13 exp_app_4 ?x85))))
 (let ((?x86 (* sum_n_14 exp_app_4 ?x85)))
 (let ((?x87 (+ (* ?x83 p_i_t) ?x86)))
 (let ((?x98 (/ ?x87 ?x90)))
 (let ((?x61 (* exp_app_0 exp_app_1)))
 (let ((?x63 (+ ?x61 (* sum_n_13 exp_app_1))))
 (let ((?x66 (/ 1.0 ?x63)))
 (let ((?x64 (/ ?x61 ?x63)))
 (let ((?x71 (+ ?x64 (* sum_n_13 exp_app_1 ?x66))))
 (let ((?x67 (* sum_n_14 exp_app_1 ?x66)))
 (let ((?x68 (+ (* ?x64 p_i_t) ?x67)))
 (let ((?x99 (/ ?x68 ?x71)))
 (or (and (< ?x98 ?x99) (< ?x98 p_i_t)) (and (< ?x99 ?x98) (< p_i_t ?x98))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (>= exp_app_0 (+ 1.0 b_i)))
(assert
 (let (($x111 (<= exp_app_0 1.0)))
 (let (($x110 (<= b_i 0.0)))
 (=> $x110 $x111))))
(assert
 (=> (< b_i 1.0) (<= (* exp_app_0 (- 1.0 b_i)) 1.0)))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (>= exp_app_1 (+ 1.0 ?x127))))))
(assert
 (let (($x131 (<= exp_app_1 1.0)))
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (<= ?x127 0.0) $x131))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (< ?x127 1.0) (<= (* exp_app_1 (- 1.0 ?x127)) 1.0))))))
(assert
 (> exp_app_2 0.0))
(assert
 (>= exp_app_2 (+ 1.0 b_J)))
(assert
 (let (($x143 (<= exp_app_2 1.0)))
 (let (($x142 (<= b_J 0.0)))
 (=> $x142 $x143))))
(assert
 (=> (< b_J 1.0) (<= (* exp_app_2 (- 1.0 b_J)) 1.0)))
(assert
 (> exp_app_3 0.0))
(assert
 (>= exp_app_3 (+ 1.0 x_raised)))
(assert
 (let (($x154 (<= exp_app_3 1.0)))
 (let (($x153 (<= x_raised 0.0)))
 (=> $x153 $x154))))
(assert
 (=> (< x_raised 1.0) (<= (* exp_app_3 (- 1.0 x_raised)) 1.0)))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (>= exp_app_4 (+ 1.0 ?x167))))))
(assert
 (let (($x171 (<= exp_app_4 1.0)))
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (<= ?x167 0.0) $x171))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (< ?x167 1.0) (<= (* exp_app_4 (- 1.0 ?x167)) 1.0))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (< b_i ?x127) (< exp_app_0 exp_app_1))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (< ?x127 b_i) (< exp_app_1 exp_app_0))))))
(assert
 (=> (< b_i b_J) (< exp_app_0 exp_app_2)))
(assert
 (=> (< b_J b_i) (< exp_app_2 exp_app_0)))
(assert
 (=> (< b_i x_raised) (< exp_app_0 exp_app_3)))
(assert
 (=> (< x_raised b_i) (< exp_app_3 exp_app_0)))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (< b_i ?x167) (< exp_app_0 exp_app_4))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (< ?x167 b_i) (< exp_app_4 exp_app_0))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (< ?x127 b_J) (< exp_app_1 exp_app_2))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (< b_J ?x127) (< exp_app_2 exp_app_1))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (< ?x127 x_raised) (< exp_app_1 exp_app_3))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (< x_raised ?x127) (< exp_app_3 exp_app_1))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (< ?x127 ?x167) (< exp_app_1 exp_app_4))))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (< ?x167 ?x127) (< exp_app_4 exp_app_1))))))))
(assert
 (=> (< b_J x_raised) (< exp_app_2 exp_app_3)))
(assert
 (=> (< x_raised b_J) (< exp_app_3 exp_app_2)))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (< b_J ?x167) (< exp_app_2 exp_app_4))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (< ?x167 b_J) (< exp_app_4 exp_app_2))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (< x_raised ?x167) (< exp_app_3 exp_app_4))))))
(assert
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (< ?x167 x_raised) (< exp_app_4 exp_app_3))))))
(assert
 (let (($x239 (= exp_app_0 exp_app_1)))
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (= b_i ?x127) $x239))))))
(assert
 (let (($x242 (= exp_app_0 exp_app_2)))
 (let (($x241 (= b_i b_J)))
 (=> $x241 $x242))))
(assert
 (let (($x245 (= exp_app_0 exp_app_3)))
 (let (($x244 (= b_i x_raised)))
 (=> $x244 $x245))))
(assert
 (let (($x248 (= exp_app_0 exp_app_4)))
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (= b_i ?x167) $x248))))))
(assert
 (let (($x251 (= exp_app_1 exp_app_2)))
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (= ?x127 b_J) $x251))))))
(assert
 (let (($x254 (= exp_app_1 exp_app_3)))
 (let (($x120 (= n 1.0)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (= ?x127 x_raised) $x254))))))
(assert
 (let (($x257 (= exp_app_1 exp_app_4)))
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (let ((?x126 (ite (or $x120 (and (not $x120) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x127 (* (- 1.0) ?x126)))
 (=> (= ?x127 ?x167) $x257))))))))
(assert
 (let (($x260 (= exp_app_2 exp_app_3)))
 (let (($x259 (= b_J x_raised)))
 (=> $x259 $x260))))
(assert
 (let (($x263 (= exp_app_2 exp_app_4)))
 (let (($x120 (= n 1.0)))
 (let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x167 (* (- 1.0) ?x166)))
 (=> (= b_J ?x167) $x263))))))
(assert
 (let (($x266 (= exp_app_3 exp_app_4)))
(let (($x120 (= n 1.0)))
(let ((?x166 (ite (or $x120 (and (not $x120) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x167 (* (- 1.0) ?x166)))
(=> (= x_raised ?x167) $x266))))))
(check-sat)
