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
(declare-fun abs_zero_is_negative_2 () Bool)
(declare-fun abs_zero_is_negative_1 () Bool)
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
 (not (or (and (not $x71) $x70) $x71))))))))))
(assert
 (let ((?x59 (* exp_app_0 exp_app_1)))
 (let ((?x61 (+ ?x59 (* sum_n_13 exp_app_1))))
 (let ((?x64 (/ 1.0 ?x61)))
 (let ((?x62 (/ ?x59 ?x61)))
 (let ((?x69 (+ ?x62 (* sum_n_13 exp_app_1 ?x64))))
 (let (($x70 (= 0.0 ?x69)))
 (let (($x71 (and (= 0.0 (+ (* ?x62 p_i_t) (* sum_n_14 exp_app_1 ?x64))) $x70)))
 (let (($x75 (not (or (and (not $x71) $x70) $x71))))
 (let (($x123 (= 0.0 p_J_t)))
 (let (($x77 (= 0.0 ?x61)))
 (let (($x122 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x77)) $x77)))
 (let (($x120 (and (= 0.0 (* exp_app_2 exp_app_1)) $x77)))
 (let (($x125 (or $x120 (and $x122 $x123))))
 (let (($x137 (not (or $x122 $x120))))
 (let (($x133 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x61))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x61)))))
 (let (($x134 (ite $x77 abs_zero_is_negative_2 $x133)))
 (let (($x148 (or (and $x122 (not $x134)) (and $x137 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x61))))))
 (let (($x141 (or (and $x122 $x134) (and $x137 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x61))))))
 (let (($x151 (or (and $x141 (< 0.0 p_J_t)) (and $x148 (> 0.0 p_J_t)))))
 (let (($x127 (and (not $x125) $x122)))
 (let (($x76 (= 0.0 ?x59)))
 (let (($x78 (and $x76 $x77)))
 (let (($x83 (or $x78 (and (and (not $x78) $x77) (= 0.0 p_i_t)))))
 (let (($x93 (or (and (< 0.0 ?x59) (not (> 0.0 ?x61))) (and (> 0.0 ?x59) (> 0.0 ?x61)))))
 (let (($x94 (ite $x77 abs_zero_is_negative_1 $x93)))
 (let (($x80 (and (not $x78) $x77)))
 (let (($x107 (or (and $x80 (not $x94)) (and (not (or $x80 $x78)) (> 0.0 ?x62)))))
 (let (($x102 (and (or (and $x80 $x94) (and (not (or $x80 $x78)) (< 0.0 ?x62))) (< 0.0 p_i_t))))
 (let (($x110 (or $x102 (and $x107 (> 0.0 p_i_t)))))
 (let (($x85 (and (not $x83) $x80)))
 (let (($x158 (and (not (or (or (and $x85 $x110) (and $x85 (not $x110))) $x83)) (not (or (or (and $x127 $x151) (and $x127 (not $x151))) $x125)) $x75)))
 (not $x158)))))))))))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (>= exp_app_0 (+ 1.0 b_i)))
(assert
 (let (($x164 (<= exp_app_0 1.0)))
 (let (($x163 (<= b_i 0.0)))
 (=> $x163 $x164))))
(assert
 (=> (< b_i 1.0) (<= (* exp_app_0 (- 1.0 b_i)) 1.0)))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x173 (= n 1.0)))
 (let ((?x179 (ite (or $x173 (and (not $x173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x180 (* (- 1.0) ?x179)))
 (>= exp_app_1 (+ 1.0 ?x180))))))
(assert
 (let (($x184 (<= exp_app_1 1.0)))
 (let (($x173 (= n 1.0)))
 (let ((?x179 (ite (or $x173 (and (not $x173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x180 (* (- 1.0) ?x179)))
 (=> (<= ?x180 0.0) $x184))))))
(assert
 (let (($x173 (= n 1.0)))
 (let ((?x179 (ite (or $x173 (and (not $x173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x180 (* (- 1.0) ?x179)))
 (=> (< ?x180 1.0) (<= (* exp_app_1 (- 1.0 ?x180)) 1.0))))))
(assert
 (> exp_app_2 0.0))
(assert
 (>= exp_app_2 (+ 1.0 b_J)))
(assert
 (let (($x195 (<= exp_app_2 1.0)))
 (let (($x194 (<= b_J 0.0)))
 (=> $x194 $x195))))
(assert
 (=> (< b_J 1.0) (<= (* exp_app_2 (- 1.0 b_J)) 1.0)))
(assert
 (let (($x173 (= n 1.0)))
 (let ((?x179 (ite (or $x173 (and (not $x173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x180 (* (- 1.0) ?x179)))
 (=> (< b_i ?x180) (< exp_app_0 exp_app_1))))))
(assert
 (let (($x173 (= n 1.0)))
 (let ((?x179 (ite (or $x173 (and (not $x173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x180 (* (- 1.0) ?x179)))
 (=> (< ?x180 b_i) (< exp_app_1 exp_app_0))))))
(assert
 (=> (< b_i b_J) (< exp_app_0 exp_app_2)))
(assert
 (=> (< b_J b_i) (< exp_app_2 exp_app_0)))
(assert
 (let (($x173 (= n 1.0)))
 (let ((?x179 (ite (or $x173 (and (not $x173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x180 (* (- 1.0) ?x179)))
 (=> (< ?x180 b_J) (< exp_app_1 exp_app_2))))))
(assert
 (let (($x173 (= n 1.0)))
 (let ((?x179 (ite (or $x173 (and (not $x173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x180 (* (- 1.0) ?x179)))
 (=> (< b_J ?x180) (< exp_app_2 exp_app_1))))))
(assert
 (let (($x221 (= exp_app_0 exp_app_1)))
 (let (($x173 (= n 1.0)))
 (let ((?x179 (ite (or $x173 (and (not $x173) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x180 (* (- 1.0) ?x179)))
 (=> (= b_i ?x180) $x221))))))
(assert
 (let (($x224 (= exp_app_0 exp_app_2)))
 (let (($x223 (= b_i b_J)))
 (=> $x223 $x224))))
(assert
 (let (($x227 (= exp_app_1 exp_app_2)))
(let (($x173 (= n 1.0)))
(let ((?x179 (ite (or $x173 (and (not $x173) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x180 (* (- 1.0) ?x179)))
(=> (= ?x180 b_J) $x227))))))
(check-sat)
