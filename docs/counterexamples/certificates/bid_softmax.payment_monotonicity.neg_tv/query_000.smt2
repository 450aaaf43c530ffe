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
 (let ((?x3862 (- n 1.0)))
 (let (($x3162 (>= ?x3862 1.0)))
 (=> $x3162 (>= max_n_12 b_J)))))
(assert
 (let (($x3852 (>= max_n_12 0.0)))
 (let ((?x3862 (- n 1.0)))
 (let (($x3162 (>= ?x3862 1.0)))
 (=> $x3162 $x3852)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x3862 (- n 1.0)))
 (let (($x3162 (>= ?x3862 1.0)))
 (=> $x3162 (> sum_n_13 0.0)))))
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
 (let ((?x4946 (* sum_n_13 exp_app_1)))
 (let ((?x4392 (* exp_app_0 exp_app_1)))
 (let ((?x8546 (+ ?x4392 ?x4946)))
 (let ((?x6045 (/ 1.0 ?x8546)))
 (let ((?x8372 (/ ?x4392 ?x8546)))
 (let (($x1326 (= 0.0 (+ ?x8372 (* sum_n_13 exp_app_1 ?x6045)))))
 (let (($x4603 (and (= 0.0 (+ (* ?x8372 p_i_t) (* sum_n_14 exp_app_1 ?x6045))) $x1326)))
 (and (not $x4603) $x1326)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x1145 (+ 1.0 b_i)))
 (>= exp_app_0 ?x1145)))
(assert
 (let (($x7885 (<= exp_app_0 1.0)))
 (let (($x4388 (<= b_i 0.0)))
 (=> $x4388 $x7885))))
(assert
 (let (($x2906 (< b_i 1.0)))
 (=> $x2906 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let ((?x2285 (+ 1.0 ?x4367)))
 (>= exp_app_1 ?x2285))))))
(assert
 (let (($x366 (<= exp_app_1 1.0)))
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let (($x6570 (<= ?x4367 0.0)))
 (=> $x6570 $x366)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let ((?x1282 (- 1.0 ?x4367)))
 (let (($x961 (< ?x4367 1.0)))
 (=> $x961 (<= (* exp_app_1 ?x1282) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x7449 (+ 1.0 b_J)))
 (>= exp_app_2 ?x7449)))
(assert
 (let (($x1852 (<= exp_app_2 1.0)))
 (let (($x2010 (<= b_J 0.0)))
 (=> $x2010 $x1852))))
(assert
 (let (($x3526 (< b_J 1.0)))
 (=> $x3526 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x1200 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x1200)))
(assert
 (let (($x6046 (<= exp_app_3 1.0)))
 (let (($x3535 (<= x_raised 0.0)))
 (=> $x3535 $x6046))))
(assert
 (let (($x3333 (< x_raised 1.0)))
 (=> $x3333 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let ((?x5954 (+ 1.0 ?x5582)))
 (>= exp_app_4 ?x5954))))))
(assert
 (let (($x5290 (<= exp_app_4 1.0)))
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let (($x1228 (<= ?x5582 0.0)))
 (=> $x1228 $x5290)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let ((?x6995 (- 1.0 ?x5582)))
 (let (($x5007 (< ?x5582 1.0)))
 (=> $x5007 (<= (* exp_app_4 ?x6995) 1.0))))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let (($x1867 (< b_i ?x4367)))
 (=> $x1867 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let (($x6031 (< ?x4367 b_i)))
 (=> $x6031 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x8086 (< b_i b_J)))
 (=> $x8086 (< exp_app_0 exp_app_2))))
(assert
 (let (($x6920 (< b_J b_i)))
 (=> $x6920 (< exp_app_2 exp_app_0))))
(assert
 (let (($x7618 (< b_i x_raised)))
 (=> $x7618 (< exp_app_0 exp_app_3))))
(assert
 (let (($x1709 (< x_raised b_i)))
 (=> $x1709 (< exp_app_3 exp_app_0))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let (($x5667 (< b_i ?x5582)))
 (=> $x5667 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let (($x7237 (< ?x5582 b_i)))
 (=> $x7237 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let (($x7492 (< ?x4367 b_J)))
 (=> $x7492 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let (($x4802 (< b_J ?x4367)))
 (=> $x4802 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let (($x1004 (< ?x4367 x_raised)))
 (=> $x1004 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let (($x2677 (< x_raised ?x4367)))
 (=> $x2677 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let (($x2764 (< ?x4367 ?x5582)))
 (=> $x2764 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let (($x699 (< ?x5582 ?x4367)))
 (=> $x699 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1935 (< b_J x_raised)))
 (=> $x1935 (< exp_app_2 exp_app_3))))
(assert
 (let (($x8353 (< x_raised b_J)))
 (=> $x8353 (< exp_app_3 exp_app_2))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let (($x4588 (< b_J ?x5582)))
 (=> $x4588 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let (($x5877 (< ?x5582 b_J)))
 (=> $x5877 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let (($x3522 (< x_raised ?x5582)))
 (=> $x3522 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let (($x5053 (< ?x5582 x_raised)))
 (=> $x5053 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x4819 (= exp_app_0 exp_app_1)))
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (=> (= b_i ?x4367) $x4819))))))
(assert
 (let (($x4660 (= exp_app_0 exp_app_2)))
 (let (($x924 (= b_i b_J)))
 (=> $x924 $x4660))))
(assert
 (let (($x2296 (= exp_app_0 exp_app_3)))
 (let (($x419 (= b_i x_raised)))
 (=> $x419 $x2296))))
(assert
 (let (($x6280 (= exp_app_0 exp_app_4)))
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (=> (= b_i ?x5582) $x6280))))))
(assert
 (let (($x5306 (= exp_app_1 exp_app_2)))
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (=> (= ?x4367 b_J) $x5306))))))
(assert
 (let (($x8416 (= exp_app_1 exp_app_3)))
 (let (($x3738 (= n 1.0)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (=> (= ?x4367 x_raised) $x8416))))))
(assert
 (let (($x4291 (= exp_app_1 exp_app_4)))
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (let ((?x462 (ite (or $x3738 (and (not $x3738) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x4367 (* (- 1.0) ?x462)))
 (=> (= ?x4367 ?x5582) $x4291))))))))
(assert
 (let (($x2003 (= exp_app_2 exp_app_3)))
 (let (($x2248 (= b_J x_raised)))
 (=> $x2248 $x2003))))
(assert
 (let (($x4805 (= exp_app_2 exp_app_4)))
 (let (($x3738 (= n 1.0)))
 (let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x5582 (* (- 1.0) ?x3184)))
 (=> (= b_J ?x5582) $x4805))))))
(assert
 (let (($x4627 (= exp_app_3 exp_app_4)))
(let (($x3738 (= n 1.0)))
(let ((?x3184 (ite (or $x3738 (and (not $x3738) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x5582 (* (- 1.0) ?x3184)))
(=> (= x_raised ?x5582) $x4627))))))
(check-sat)
