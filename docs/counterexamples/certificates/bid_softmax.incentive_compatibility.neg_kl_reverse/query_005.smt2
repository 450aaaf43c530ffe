; bid_softmax, every n and k: q(t) >= 0 wherever q(t) is finite
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
(declare-fun zero_is_negative!9772 () Bool)
(declare-fun zero_is_negative!9771 () Bool)
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
 (let (($x3327 (>= ?x1654 1.0)))
 (=> $x3327 (>= max_n_12 b_J)))))
(assert
 (let (($x6405 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x3327 (>= ?x1654 1.0)))
 (=> $x3327 $x6405)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x3327 (>= ?x1654 1.0)))
 (=> $x3327 (> sum_n_13 0.0)))))
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
 (let ((?x4902 (* exp_app_0 exp_app_1)))
 (let ((?x4733 (+ ?x4902 (* sum_n_13 exp_app_1))))
 (let ((?x3088 (/ 1.0 ?x4733)))
 (let ((?x1760 (/ ?x4902 ?x4733)))
 (let ((?x7742 (+ ?x1760 (* sum_n_13 exp_app_1 ?x3088))))
 (let (($x7300 (= 0.0 ?x7742)))
 (let (($x6672 (and (= 0.0 (+ (* ?x1760 p_i_t) (* sum_n_14 exp_app_1 ?x3088))) $x7300)))
 (not (or (and (not $x6672) $x7300) $x6672))))))))))
(assert
 (let ((?x4902 (* exp_app_0 exp_app_1)))
 (let ((?x4733 (+ ?x4902 (* sum_n_13 exp_app_1))))
 (let ((?x3088 (/ 1.0 ?x4733)))
 (let ((?x1760 (/ ?x4902 ?x4733)))
 (let ((?x7742 (+ ?x1760 (* sum_n_13 exp_app_1 ?x3088))))
 (let (($x7300 (= 0.0 ?x7742)))
 (let (($x6672 (and (= 0.0 (+ (* ?x1760 p_i_t) (* sum_n_14 exp_app_1 ?x3088))) $x7300)))
 (let (($x4574 (not (or (and (not $x6672) $x7300) $x6672))))
 (let (($x4180 (= 0.0 p_J_t)))
 (let (($x5695 (= 0.0 ?x4733)))
 (let (($x4667 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x5695)) $x5695)))
 (let (($x7578 (and (= 0.0 (* exp_app_2 exp_app_1)) $x5695)))
 (let (($x232 (or $x7578 (and $x4667 $x4180))))
 (let (($x5343 (> 0.0 p_J_t)))
 (let (($x1905 (not (or $x4667 $x7578))))
 (let (($x1433 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x4733))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x4733)))))
 (let (($x894 (ite $x5695 zero_is_negative!9772 $x1433)))
 (let (($x3069 (or (and $x4667 (not $x894)) (and $x1905 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x4733))))))
 (let (($x7768 (< 0.0 p_J_t)))
 (let (($x6830 (or (and $x4667 $x894) (and $x1905 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x4733))))))
 (let (($x2847 (or (and $x6830 $x7768) (and $x3069 $x5343))))
 (let (($x745 (and (not $x232) $x4667)))
 (let (($x6471 (= 0.0 ?x4902)))
 (let (($x8214 (and $x6471 $x5695)))
 (let (($x6516 (or $x8214 (and (and (not $x8214) $x5695) (= 0.0 p_i_t)))))
 (let (($x5151 (> 0.0 p_i_t)))
 (let (($x37 (or (and (< 0.0 ?x4902) (not (> 0.0 ?x4733))) (and (> 0.0 ?x4902) (> 0.0 ?x4733)))))
 (let (($x7534 (ite $x5695 zero_is_negative!9771 $x37)))
 (let (($x4538 (and (not $x8214) $x5695)))
 (let (($x5540 (or (and $x4538 (not $x7534)) (and (not (or $x4538 $x8214)) (> 0.0 ?x1760)))))
 (let (($x179 (< 0.0 p_i_t)))
 (let (($x1115 (and (or (and $x4538 $x7534) (and (not (or $x4538 $x8214)) (< 0.0 ?x1760))) $x179)))
 (let (($x7246 (or $x1115 (and $x5540 $x5151))))
 (let (($x6186 (and (not $x6516) $x4538)))
 (let (($x1354 (and (not (or (or (and $x6186 $x7246) (and $x6186 (not $x7246))) $x6516)) (not (or (or (and $x745 $x2847) (and $x745 (not $x2847))) $x232)) $x4574)))
 (let (($x6043 (not $x1354)))
 (not $x6043))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x4902 (* exp_app_0 exp_app_1)))
 (let ((?x4733 (+ ?x4902 (* sum_n_13 exp_app_1))))
 (let ((?x3088 (/ 1.0 ?x4733)))
 (let ((?x1760 (/ ?x4902 ?x4733)))
 (let ((?x7742 (+ ?x1760 (* sum_n_13 exp_app_1 ?x3088))))
 (let ((?x4006 (+ (* ?x1760 p_i_t) (* sum_n_14 exp_app_1 ?x3088))))
 (< (/ ?x4006 ?x7742) 0.0))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x6298 (+ 1.0 b_i)))
 (>= exp_app_0 ?x6298)))
(assert
 (let (($x3580 (<= exp_app_0 1.0)))
 (let (($x920 (<= b_i 0.0)))
 (=> $x920 $x3580))))
(assert
 (let (($x5311 (< b_i 1.0)))
 (=> $x5311 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x8205 (= n 1.0)))
 (let ((?x873 (ite (or $x8205 (and (not $x8205) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5519 (* (- 1.0) ?x873)))
 (let ((?x1054 (+ 1.0 ?x5519)))
 (>= exp_app_1 ?x1054))))))
(assert
 (let (($x2689 (<= exp_app_1 1.0)))
 (let (($x8205 (= n 1.0)))
 (let ((?x873 (ite (or $x8205 (and (not $x8205) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5519 (* (- 1.0) ?x873)))
 (let (($x5716 (<= ?x5519 0.0)))
 (=> $x5716 $x2689)))))))
(assert
 (let (($x8205 (= n 1.0)))
 (let ((?x873 (ite (or $x8205 (and (not $x8205) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5519 (* (- 1.0) ?x873)))
 (let ((?x4312 (- 1.0 ?x5519)))
 (let (($x4565 (< ?x5519 1.0)))
 (=> $x4565 (<= (* exp_app_1 ?x4312) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1309 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1309)))
(assert
 (let (($x7993 (<= exp_app_2 1.0)))
 (let (($x836 (<= b_J 0.0)))
 (=> $x836 $x7993))))
(assert
 (let (($x1129 (< b_J 1.0)))
 (=> $x1129 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x8205 (= n 1.0)))
 (let ((?x873 (ite (or $x8205 (and (not $x8205) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5519 (* (- 1.0) ?x873)))
 (let (($x3501 (< b_i ?x5519)))
 (=> $x3501 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x8205 (= n 1.0)))
 (let ((?x873 (ite (or $x8205 (and (not $x8205) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5519 (* (- 1.0) ?x873)))
 (let (($x719 (< ?x5519 b_i)))
 (=> $x719 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x8433 (< b_i b_J)))
 (=> $x8433 (< exp_app_0 exp_app_2))))
(assert
 (let (($x7229 (< b_J b_i)))
 (=> $x7229 (< exp_app_2 exp_app_0))))
(assert
 (let (($x8205 (= n 1.0)))
 (let ((?x873 (ite (or $x8205 (and (not $x8205) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5519 (* (- 1.0) ?x873)))
 (let (($x1131 (< ?x5519 b_J)))
 (=> $x1131 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x8205 (= n 1.0)))
 (let ((?x873 (ite (or $x8205 (and (not $x8205) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5519 (* (- 1.0) ?x873)))
 (let (($x857 (< b_J ?x5519)))
 (=> $x857 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x2099 (= exp_app_0 exp_app_1)))
 (let (($x8205 (= n 1.0)))
 (let ((?x873 (ite (or $x8205 (and (not $x8205) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x5519 (* (- 1.0) ?x873)))
 (=> (= b_i ?x5519) $x2099))))))
(assert
 (let (($x6121 (= exp_app_0 exp_app_2)))
 (let (($x5094 (= b_i b_J)))
 (=> $x5094 $x6121))))
(assert
 (let (($x3336 (= exp_app_1 exp_app_2)))
(let (($x8205 (= n 1.0)))
(let ((?x873 (ite (or $x8205 (and (not $x8205) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x5519 (* (- 1.0) ?x873)))
(=> (= ?x5519 b_J) $x3336))))))
(check-sat)
