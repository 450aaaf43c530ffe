; bid_softmax, every n and k: the outputs sum to 1 wherever q(t) is finite
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
(declare-fun zero_is_negative!9164 () Bool)
(declare-fun zero_is_negative!9163 () Bool)
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
 (let (($x7229 (>= ?x1654 1.0)))
 (=> $x7229 (>= max_n_12 b_J)))))
(assert
 (let (($x857 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x7229 (>= ?x1654 1.0)))
 (=> $x7229 $x857)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x7229 (>= ?x1654 1.0)))
 (=> $x7229 (> sum_n_13 0.0)))))
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
 (let ((?x2107 (* exp_app_0 exp_app_1)))
 (let ((?x6664 (+ ?x2107 (* sum_n_13 exp_app_1))))
 (let ((?x4916 (/ 1.0 ?x6664)))
 (let ((?x2436 (* sum_n_13 exp_app_1 ?x4916)))
 (let ((?x7768 (/ ?x2107 ?x6664)))
 (let ((?x2570 (+ ?x7768 ?x2436)))
 (let (($x5385 (= 0.0 ?x2570)))
 (let (($x116 (and (= 0.0 (+ (* ?x7768 p_i_t) (* sum_n_14 exp_app_1 ?x4916))) $x5385)))
 (not (or (and (not $x116) $x5385) $x116)))))))))))
(assert
 (let ((?x2107 (* exp_app_0 exp_app_1)))
 (let ((?x6664 (+ ?x2107 (* sum_n_13 exp_app_1))))
 (let ((?x4916 (/ 1.0 ?x6664)))
 (let ((?x2436 (* sum_n_13 exp_app_1 ?x4916)))
 (let ((?x7768 (/ ?x2107 ?x6664)))
 (let ((?x2570 (+ ?x7768 ?x2436)))
 (let (($x5385 (= 0.0 ?x2570)))
 (let (($x116 (and (= 0.0 (+ (* ?x7768 p_i_t) (* sum_n_14 exp_app_1 ?x4916))) $x5385)))
 (let (($x4533 (not (or (and (not $x116) $x5385) $x116))))
 (let (($x5929 (= 0.0 p_J_t)))
 (let (($x4538 (= 0.0 ?x6664)))
 (let (($x4101 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x4538)) $x4538)))
 (let (($x3069 (and (= 0.0 (* exp_app_2 exp_app_1)) $x4538)))
 (let (($x1191 (or $x3069 (and $x4101 $x5929))))
 (let (($x6672 (> 0.0 p_J_t)))
 (let (($x3904 (not (or $x4101 $x3069))))
 (let (($x1668 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x6664))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x6664)))))
 (let (($x8447 (ite $x4538 zero_is_negative!9164 $x1668)))
 (let (($x4801 (or (and $x4101 (not $x8447)) (and $x3904 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x6664))))))
 (let (($x4348 (< 0.0 p_J_t)))
 (let (($x4146 (or (and $x4101 $x8447) (and $x3904 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x6664))))))
 (let (($x1971 (or (and $x4146 $x4348) (and $x4801 $x6672))))
 (let (($x4090 (and (not $x1191) $x4101)))
 (let (($x4704 (= 0.0 ?x2107)))
 (let (($x2528 (and $x4704 $x4538)))
 (let (($x2414 (or $x2528 (and (and (not $x2528) $x4538) (= 0.0 p_i_t)))))
 (let (($x6744 (> 0.0 p_i_t)))
 (let (($x7202 (or (and (< 0.0 ?x2107) (not (> 0.0 ?x6664))) (and (> 0.0 ?x2107) (> 0.0 ?x6664)))))
 (let (($x1546 (ite $x4538 zero_is_negative!9163 $x7202)))
 (let (($x7228 (and (not $x2528) $x4538)))
 (let (($x2501 (or (and $x7228 (not $x1546)) (and (not (or $x7228 $x2528)) (> 0.0 ?x7768)))))
 (let (($x7500 (< 0.0 p_i_t)))
 (let (($x7152 (and (or (and $x7228 $x1546) (and (not (or $x7228 $x2528)) (< 0.0 ?x7768))) $x7500)))
 (let (($x1907 (or $x7152 (and $x2501 $x6744))))
 (let (($x7534 (and (not $x2414) $x7228)))
 (let (($x3792 (and (not (or (or (and $x7534 $x1907) (and $x7534 (not $x1907))) $x2414)) (not (or (or (and $x4090 $x1971) (and $x4090 (not $x1971))) $x1191)) $x4533)))
 (let (($x8459 (not $x3792)))
 (not $x8459)))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x2107 (* exp_app_0 exp_app_1)))
 (let ((?x6664 (+ ?x2107 (* sum_n_13 exp_app_1))))
 (let ((?x4916 (/ 1.0 ?x6664)))
 (let ((?x2436 (* sum_n_13 exp_app_1 ?x4916)))
 (let ((?x7768 (/ ?x2107 ?x6664)))
 (let ((?x2570 (+ ?x7768 ?x2436)))
 (let ((?x1354 (* sum_n_14 exp_app_1 ?x4916)))
 (let ((?x3315 (+ (* ?x7768 p_i_t) ?x1354)))
 (let (($x5628 (< (/ ?x3315 ?x2570) 0.0)))
 (not $x5628)))))))))))
(assert
 (let ((?x2107 (* exp_app_0 exp_app_1)))
 (let ((?x6664 (+ ?x2107 (* sum_n_13 exp_app_1))))
 (let ((?x4916 (/ 1.0 ?x6664)))
 (let ((?x2436 (* sum_n_13 exp_app_1 ?x4916)))
 (let ((?x7768 (/ ?x2107 ?x6664)))
 (let ((?x2570 (+ ?x7768 ?x2436)))
 (let ((?x1206 (+ (* ?x7768 1.0) ?x2436)))
 (let (($x5385 (= 0.0 ?x2570)))
 (let (($x2105 (and (= 0.0 ?x1206) $x5385)))
 (or (not (not (or (and (not $x2105) $x5385) $x2105))) (and (distinct (/ ?x1206 ?x2570) 1.0) true))))))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x7525 (+ 1.0 b_i)))
 (>= exp_app_0 ?x7525)))
(assert
 (let (($x1405 (<= exp_app_0 1.0)))
 (let (($x7930 (<= b_i 0.0)))
 (=> $x7930 $x1405))))
(assert
 (let (($x6480 (< b_i 1.0)))
 (=> $x6480 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x7821 (= n 1.0)))
 (let ((?x3802 (ite (or $x7821 (and (not $x7821) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1098 (* (- 1.0) ?x3802)))
 (let ((?x8064 (+ 1.0 ?x1098)))
 (>= exp_app_1 ?x8064))))))
(assert
 (let (($x80 (<= exp_app_1 1.0)))
 (let (($x7821 (= n 1.0)))
 (let ((?x3802 (ite (or $x7821 (and (not $x7821) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1098 (* (- 1.0) ?x3802)))
 (let (($x1583 (<= ?x1098 0.0)))
 (=> $x1583 $x80)))))))
(assert
 (let (($x7821 (= n 1.0)))
 (let ((?x3802 (ite (or $x7821 (and (not $x7821) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1098 (* (- 1.0) ?x3802)))
 (let ((?x901 (- 1.0 ?x1098)))
 (let (($x4396 (< ?x1098 1.0)))
 (=> $x4396 (<= (* exp_app_1 ?x901) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x6220 (+ 1.0 b_J)))
 (>= exp_app_2 ?x6220)))
(assert
 (let (($x347 (<= exp_app_2 1.0)))
 (let (($x5255 (<= b_J 0.0)))
 (=> $x5255 $x347))))
(assert
 (let (($x208 (< b_J 1.0)))
 (=> $x208 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x7821 (= n 1.0)))
 (let ((?x3802 (ite (or $x7821 (and (not $x7821) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1098 (* (- 1.0) ?x3802)))
 (let (($x159 (< b_i ?x1098)))
 (=> $x159 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x7821 (= n 1.0)))
 (let ((?x3802 (ite (or $x7821 (and (not $x7821) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1098 (* (- 1.0) ?x3802)))
 (let (($x5152 (< ?x1098 b_i)))
 (=> $x5152 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x7455 (< b_i b_J)))
 (=> $x7455 (< exp_app_0 exp_app_2))))
(assert
 (let (($x7246 (< b_J b_i)))
 (=> $x7246 (< exp_app_2 exp_app_0))))
(assert
 (let (($x7821 (= n 1.0)))
 (let ((?x3802 (ite (or $x7821 (and (not $x7821) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1098 (* (- 1.0) ?x3802)))
 (let (($x3596 (< ?x1098 b_J)))
 (=> $x3596 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x7821 (= n 1.0)))
 (let ((?x3802 (ite (or $x7821 (and (not $x7821) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1098 (* (- 1.0) ?x3802)))
 (let (($x1233 (< b_J ?x1098)))
 (=> $x1233 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x5752 (= exp_app_0 exp_app_1)))
 (let (($x7821 (= n 1.0)))
 (let ((?x3802 (ite (or $x7821 (and (not $x7821) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x1098 (* (- 1.0) ?x3802)))
 (=> (= b_i ?x1098) $x5752))))))
(assert
 (let (($x1974 (= exp_app_0 exp_app_2)))
 (let (($x6942 (= b_i b_J)))
 (=> $x6942 $x1974))))
(assert
 (let (($x344 (= exp_app_1 exp_app_2)))
(let (($x7821 (= n 1.0)))
(let ((?x3802 (ite (or $x7821 (and (not $x7821) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x1098 (* (- 1.0) ?x3802)))
(=> (= ?x1098 b_J) $x344))))))
(check-sat)
