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
(declare-fun zero_is_negative!8626 () Bool)
(declare-fun zero_is_negative!8625 () Bool)
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
 (let (($x3921 (>= ?x1654 1.0)))
 (=> $x3921 (>= max_n_12 b_J)))))
(assert
 (let (($x1149 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x3921 (>= ?x1654 1.0)))
 (=> $x3921 $x1149)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x3921 (>= ?x1654 1.0)))
 (=> $x3921 (> sum_n_13 0.0)))))
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
 (let ((?x7226 (* sum_n_13 exp_app_1)))
 (let ((?x3376 (* exp_app_0 exp_app_1)))
 (let ((?x1334 (+ ?x3376 ?x7226)))
 (let ((?x3741 (/ 1.0 ?x1334)))
 (let ((?x7281 (/ ?x3376 ?x1334)))
 (let (($x1308 (= 0.0 (+ ?x7281 (* sum_n_13 exp_app_1 ?x3741)))))
 (let (($x6516 (and (= 0.0 (+ (* ?x7281 p_i_t) (* sum_n_14 exp_app_1 ?x3741))) $x1308)))
 (not (or (and (not $x6516) $x1308) $x6516))))))))))
(assert
 (let ((?x7226 (* sum_n_13 exp_app_1)))
 (let ((?x3376 (* exp_app_0 exp_app_1)))
 (let ((?x1334 (+ ?x3376 ?x7226)))
 (let ((?x3741 (/ 1.0 ?x1334)))
 (let ((?x7281 (/ ?x3376 ?x1334)))
 (let (($x1308 (= 0.0 (+ ?x7281 (* sum_n_13 exp_app_1 ?x3741)))))
 (let (($x6516 (and (= 0.0 (+ (* ?x7281 p_i_t) (* sum_n_14 exp_app_1 ?x3741))) $x1308)))
 (let (($x7670 (not (or (and (not $x6516) $x1308) $x6516))))
 (let (($x4396 (= 0.0 p_J_t)))
 (let (($x8316 (= 0.0 ?x1334)))
 (let (($x6947 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x8316)) $x8316)))
 (let (($x4936 (and (= 0.0 (* exp_app_2 exp_app_1)) $x8316)))
 (let (($x6245 (or $x4936 (and $x6947 $x4396))))
 (let (($x3766 (> 0.0 p_J_t)))
 (let (($x5614 (not (or $x6947 $x4936))))
 (let (($x7366 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x1334))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x1334)))))
 (let (($x5817 (ite $x8316 zero_is_negative!8626 $x7366)))
 (let (($x4766 (or (and $x6947 (not $x5817)) (and $x5614 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x1334))))))
 (let (($x1906 (< 0.0 p_J_t)))
 (let (($x4165 (or (and $x6947 $x5817) (and $x5614 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x1334))))))
 (let (($x1971 (or (and $x4165 $x1906) (and $x4766 $x3766))))
 (let (($x3842 (and (not $x6245) $x6947)))
 (let (($x8147 (= 0.0 ?x3376)))
 (let (($x7609 (and $x8147 $x8316)))
 (let (($x3945 (or $x7609 (and (and (not $x7609) $x8316) (= 0.0 p_i_t)))))
 (let (($x387 (> 0.0 p_i_t)))
 (let (($x3969 (or (and (< 0.0 ?x3376) (not (> 0.0 ?x1334))) (and (> 0.0 ?x3376) (> 0.0 ?x1334)))))
 (let (($x2421 (ite $x8316 zero_is_negative!8625 $x3969)))
 (let (($x8053 (and (not $x7609) $x8316)))
 (let (($x269 (or (and $x8053 (not $x2421)) (and (not (or $x8053 $x7609)) (> 0.0 ?x7281)))))
 (let (($x6493 (< 0.0 p_i_t)))
 (let (($x4181 (and (or (and $x8053 $x2421) (and (not (or $x8053 $x7609)) (< 0.0 ?x7281))) $x6493)))
 (let (($x8276 (or $x4181 (and $x269 $x387))))
 (let (($x4504 (and (not $x3945) $x8053)))
 (let (($x8176 (and (not (or (or (and $x4504 $x8276) (and $x4504 (not $x8276))) $x3945)) (not (or (or (and $x3842 $x1971) (and $x3842 (not $x1971))) $x6245)) $x7670)))
 (not $x8176)))))))))))))))))))))))))))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x37 (+ 1.0 b_i)))
 (>= exp_app_0 ?x37)))
(assert
 (let (($x7456 (<= exp_app_0 1.0)))
 (let (($x4126 (<= b_i 0.0)))
 (=> $x4126 $x7456))))
(assert
 (let (($x237 (< b_i 1.0)))
 (=> $x237 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x7196 (= n 1.0)))
 (let ((?x5447 (ite (or $x7196 (and (not $x7196) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4603 (* (- 1.0) ?x5447)))
 (let ((?x6246 (+ 1.0 ?x4603)))
 (>= exp_app_1 ?x6246))))))
(assert
 (let (($x1375 (<= exp_app_1 1.0)))
 (let (($x7196 (= n 1.0)))
 (let ((?x5447 (ite (or $x7196 (and (not $x7196) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4603 (* (- 1.0) ?x5447)))
 (let (($x6938 (<= ?x4603 0.0)))
 (=> $x6938 $x1375)))))))
(assert
 (let (($x7196 (= n 1.0)))
 (let ((?x5447 (ite (or $x7196 (and (not $x7196) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4603 (* (- 1.0) ?x5447)))
 (let ((?x5669 (- 1.0 ?x4603)))
 (let (($x6304 (< ?x4603 1.0)))
 (=> $x6304 (<= (* exp_app_1 ?x5669) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x2619 (+ 1.0 b_J)))
 (>= exp_app_2 ?x2619)))
(assert
 (let (($x1464 (<= exp_app_2 1.0)))
 (let (($x3326 (<= b_J 0.0)))
 (=> $x3326 $x1464))))
(assert
 (let (($x103 (< b_J 1.0)))
 (=> $x103 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x7196 (= n 1.0)))
 (let ((?x5447 (ite (or $x7196 (and (not $x7196) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4603 (* (- 1.0) ?x5447)))
 (let (($x4726 (< b_i ?x4603)))
 (=> $x4726 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x7196 (= n 1.0)))
 (let ((?x5447 (ite (or $x7196 (and (not $x7196) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4603 (* (- 1.0) ?x5447)))
 (let (($x5237 (< ?x4603 b_i)))
 (=> $x5237 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x5004 (< b_i b_J)))
 (=> $x5004 (< exp_app_0 exp_app_2))))
(assert
 (let (($x4785 (< b_J b_i)))
 (=> $x4785 (< exp_app_2 exp_app_0))))
(assert
 (let (($x7196 (= n 1.0)))
 (let ((?x5447 (ite (or $x7196 (and (not $x7196) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4603 (* (- 1.0) ?x5447)))
 (let (($x2357 (< ?x4603 b_J)))
 (=> $x2357 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x7196 (= n 1.0)))
 (let ((?x5447 (ite (or $x7196 (and (not $x7196) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4603 (* (- 1.0) ?x5447)))
 (let (($x7186 (< b_J ?x4603)))
 (=> $x7186 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x2414 (= exp_app_0 exp_app_1)))
 (let (($x7196 (= n 1.0)))
 (let ((?x5447 (ite (or $x7196 (and (not $x7196) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4603 (* (- 1.0) ?x5447)))
 (=> (= b_i ?x4603) $x2414))))))
(assert
 (let (($x7325 (= exp_app_0 exp_app_2)))
 (let (($x4891 (= b_i b_J)))
 (=> $x4891 $x7325))))
(assert
 (let (($x116 (= exp_app_1 exp_app_2)))
(let (($x7196 (= n 1.0)))
(let ((?x5447 (ite (or $x7196 (and (not $x7196) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x4603 (* (- 1.0) ?x5447)))
(=> (= ?x4603 b_J) $x116))))))
(check-sat)
