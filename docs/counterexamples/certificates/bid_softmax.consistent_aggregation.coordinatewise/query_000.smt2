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
 (let ((?x1654 (- n 1.0)))
 (let (($x7456 (>= ?x1654 1.0)))
 (=> $x7456 (>= max_n_12 b_J)))))
(assert
 (let (($x8390 (>= max_n_12 0.0)))
 (let ((?x1654 (- n 1.0)))
 (let (($x7456 (>= ?x1654 1.0)))
 (=> $x7456 $x8390)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x1654 (- n 1.0)))
 (let (($x7456 (>= ?x1654 1.0)))
 (=> $x7456 (> sum_n_13 0.0)))))
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
 (let ((?x1768 (* exp_app_0 exp_app_1)))
 (let ((?x3430 (+ ?x1768 (* sum_n_13 exp_app_1))))
 (let ((?x6395 (/ 1.0 ?x3430)))
 (let ((?x1401 (/ ?x1768 ?x3430)))
 (let (($x2514 (= 0.0 (+ ?x1401 (* sum_n_13 exp_app_1 ?x6395)))))
 (let (($x2794 (and (= 0.0 (+ (* ?x1401 p_i_t) (* sum_n_14 exp_app_1 ?x6395))) $x2514)))
 (and (not $x2794) $x2514))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x3303 (+ 1.0 b_i)))
 (>= exp_app_0 ?x3303)))
(assert
 (let (($x5665 (<= exp_app_0 1.0)))
 (let (($x7941 (<= b_i 0.0)))
 (=> $x7941 $x5665))))
(assert
 (let (($x3524 (< b_i 1.0)))
 (=> $x3524 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let ((?x2287 (+ 1.0 ?x6756)))
 (>= exp_app_1 ?x2287))))))
(assert
 (let (($x7408 (<= exp_app_1 1.0)))
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let (($x757 (<= ?x6756 0.0)))
 (=> $x757 $x7408)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let ((?x8049 (- 1.0 ?x6756)))
 (let (($x7697 (< ?x6756 1.0)))
 (=> $x7697 (<= (* exp_app_1 ?x8049) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x1977 (+ 1.0 b_J)))
 (>= exp_app_2 ?x1977)))
(assert
 (let (($x3766 (<= exp_app_2 1.0)))
 (let (($x1131 (<= b_J 0.0)))
 (=> $x1131 $x3766))))
(assert
 (let (($x5873 (< b_J 1.0)))
 (=> $x5873 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x7500 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x7500)))
(assert
 (let (($x7196 (<= exp_app_3 1.0)))
 (let (($x6629 (<= x_raised 0.0)))
 (=> $x6629 $x7196))))
(assert
 (let (($x7511 (< x_raised 1.0)))
 (=> $x7511 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let ((?x453 (+ 1.0 ?x588)))
 (>= exp_app_4 ?x453))))))
(assert
 (let (($x6407 (<= exp_app_4 1.0)))
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let (($x3267 (<= ?x588 0.0)))
 (=> $x3267 $x6407)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let ((?x5059 (- 1.0 ?x588)))
 (let (($x3386 (< ?x588 1.0)))
 (=> $x3386 (<= (* exp_app_4 ?x5059) 1.0))))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let (($x1433 (< b_i ?x6756)))
 (=> $x1433 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let (($x6601 (< ?x6756 b_i)))
 (=> $x6601 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x2485 (< b_i b_J)))
 (=> $x2485 (< exp_app_0 exp_app_2))))
(assert
 (let (($x6114 (< b_J b_i)))
 (=> $x6114 (< exp_app_2 exp_app_0))))
(assert
 (let (($x70 (< b_i x_raised)))
 (=> $x70 (< exp_app_0 exp_app_3))))
(assert
 (let (($x8429 (< x_raised b_i)))
 (=> $x8429 (< exp_app_3 exp_app_0))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let (($x523 (< b_i ?x588)))
 (=> $x523 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let (($x4965 (< ?x588 b_i)))
 (=> $x4965 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let (($x1644 (< ?x6756 b_J)))
 (=> $x1644 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let (($x5540 (< b_J ?x6756)))
 (=> $x5540 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let (($x1585 (< ?x6756 x_raised)))
 (=> $x1585 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let (($x7797 (< x_raised ?x6756)))
 (=> $x7797 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let (($x6119 (< ?x6756 ?x588)))
 (=> $x6119 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let (($x8175 (< ?x588 ?x6756)))
 (=> $x8175 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x4430 (< b_J x_raised)))
 (=> $x4430 (< exp_app_2 exp_app_3))))
(assert
 (let (($x8372 (< x_raised b_J)))
 (=> $x8372 (< exp_app_3 exp_app_2))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let (($x2421 (< b_J ?x588)))
 (=> $x2421 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let (($x4553 (< ?x588 b_J)))
 (=> $x4553 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let (($x7821 (< x_raised ?x588)))
 (=> $x7821 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let (($x8160 (< ?x588 x_raised)))
 (=> $x8160 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x4524 (= exp_app_0 exp_app_1)))
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (=> (= b_i ?x6756) $x4524))))))
(assert
 (let (($x4423 (= exp_app_0 exp_app_2)))
 (let (($x4006 (= b_i b_J)))
 (=> $x4006 $x4423))))
(assert
 (let (($x5472 (= exp_app_0 exp_app_3)))
 (let (($x659 (= b_i x_raised)))
 (=> $x659 $x5472))))
(assert
 (let (($x7256 (= exp_app_0 exp_app_4)))
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (=> (= b_i ?x588) $x7256))))))
(assert
 (let (($x5255 (= exp_app_1 exp_app_2)))
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (=> (= ?x6756 b_J) $x5255))))))
(assert
 (let (($x661 (= exp_app_1 exp_app_3)))
 (let (($x8064 (= n 1.0)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (=> (= ?x6756 x_raised) $x661))))))
(assert
 (let (($x4396 (= exp_app_1 exp_app_4)))
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (let ((?x6873 (ite (or $x8064 (and (not $x8064) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x6756 (* (- 1.0) ?x6873)))
 (=> (= ?x6756 ?x588) $x4396))))))))
(assert
 (let (($x8558 (= exp_app_2 exp_app_3)))
 (let (($x5776 (= b_J x_raised)))
 (=> $x5776 $x8558))))
(assert
 (let (($x2670 (= exp_app_2 exp_app_4)))
 (let (($x8064 (= n 1.0)))
 (let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x588 (* (- 1.0) ?x6013)))
 (=> (= b_J ?x588) $x2670))))))
(assert
 (let (($x3967 (= exp_app_3 exp_app_4)))
(let (($x8064 (= n 1.0)))
(let ((?x6013 (ite (or $x8064 (and (not $x8064) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x588 (* (- 1.0) ?x6013)))
(=> (= x_raised ?x588) $x3967))))))
(check-sat)
