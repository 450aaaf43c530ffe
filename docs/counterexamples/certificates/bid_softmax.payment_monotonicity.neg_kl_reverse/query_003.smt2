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
(declare-fun zero_is_negative!7187 () Bool)
(declare-fun zero_is_negative!7186 () Bool)
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
 (let ((?x982 (- n 1.0)))
 (let (($x2652 (>= ?x982 1.0)))
 (=> $x2652 (>= max_n_12 b_J)))))
(assert
 (let (($x797 (>= max_n_12 0.0)))
 (let ((?x982 (- n 1.0)))
 (let (($x2652 (>= ?x982 1.0)))
 (=> $x2652 $x797)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x982 (- n 1.0)))
 (let (($x2652 (>= ?x982 1.0)))
 (=> $x2652 (> sum_n_13 0.0)))))
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
 (let ((?x55 (* exp_app_0 exp_app_1)))
 (let ((?x140 (+ ?x55 (* sum_n_13 exp_app_1))))
 (let ((?x1870 (/ 1.0 ?x140)))
 (let ((?x2602 (/ ?x55 ?x140)))
 (let ((?x3224 (+ ?x2602 (* sum_n_13 exp_app_1 ?x1870))))
 (let (($x237 (= 0.0 ?x3224)))
 (let (($x1484 (and (= 0.0 (+ (* ?x2602 p_i_t) (* sum_n_14 exp_app_1 ?x1870))) $x237)))
 (not (or (and (not $x1484) $x237) $x1484))))))))))
(assert
 (let ((?x55 (* exp_app_0 exp_app_1)))
 (let ((?x140 (+ ?x55 (* sum_n_13 exp_app_1))))
 (let ((?x1870 (/ 1.0 ?x140)))
 (let ((?x2602 (/ ?x55 ?x140)))
 (let ((?x3224 (+ ?x2602 (* sum_n_13 exp_app_1 ?x1870))))
 (let (($x237 (= 0.0 ?x3224)))
 (let (($x1484 (and (= 0.0 (+ (* ?x2602 p_i_t) (* sum_n_14 exp_app_1 ?x1870))) $x237)))
 (let (($x3596 (not (or (and (not $x1484) $x237) $x1484))))
 (let (($x3351 (= 0.0 p_J_t)))
 (let (($x849 (= 0.0 ?x140)))
 (let (($x979 (and (not (and (= 0.0 (* exp_app_2 exp_app_1)) $x849)) $x849)))
 (let (($x354 (and (= 0.0 (* exp_app_2 exp_app_1)) $x849)))
 (let (($x2474 (or $x354 (and $x979 $x3351))))
 (let (($x2949 (> 0.0 p_J_t)))
 (let (($x113 (not (or $x979 $x354))))
 (let (($x3429 (or (and (< 0.0 (* exp_app_2 exp_app_1)) (not (> 0.0 ?x140))) (and (> 0.0 (* exp_app_2 exp_app_1)) (> 0.0 ?x140)))))
 (let (($x1440 (ite $x849 zero_is_negative!7187 $x3429)))
 (let (($x3334 (or (and $x979 (not $x1440)) (and $x113 (> 0.0 (/ (* exp_app_2 exp_app_1) ?x140))))))
 (let (($x2297 (< 0.0 p_J_t)))
 (let (($x724 (or (and $x979 $x1440) (and $x113 (< 0.0 (/ (* exp_app_2 exp_app_1) ?x140))))))
 (let (($x310 (or (and $x724 $x2297) (and $x3334 $x2949))))
 (let (($x1250 (and (not $x2474) $x979)))
 (let (($x1198 (= 0.0 ?x55)))
 (let (($x3430 (and $x1198 $x849)))
 (let (($x611 (or $x3430 (and (and (not $x3430) $x849) (= 0.0 p_i_t)))))
 (let (($x3568 (> 0.0 p_i_t)))
 (let (($x2840 (or (and (< 0.0 ?x55) (not (> 0.0 ?x140))) (and (> 0.0 ?x55) (> 0.0 ?x140)))))
 (let (($x3373 (ite $x849 zero_is_negative!7186 $x2840)))
 (let (($x2724 (and (not $x3430) $x849)))
 (let (($x2135 (or (and $x2724 (not $x3373)) (and (not (or $x2724 $x3430)) (> 0.0 ?x2602)))))
 (let (($x796 (< 0.0 p_i_t)))
 (let (($x2991 (and (or (and $x2724 $x3373) (and (not (or $x2724 $x3430)) (< 0.0 ?x2602))) $x796)))
 (let (($x3516 (or $x2991 (and $x2135 $x3568))))
 (let (($x3026 (and (not $x611) $x2724)))
 (let (($x125 (and (not (or (or (and $x3026 $x3516) (and $x3026 (not $x3516))) $x611)) (not (or (or (and $x1250 $x310) (and $x1250 (not $x310))) $x2474)) $x3596)))
 (let (($x85 (not $x125)))
 (not $x85))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x55 (* exp_app_0 exp_app_1)))
 (let ((?x140 (+ ?x55 (* sum_n_13 exp_app_1))))
 (let ((?x1870 (/ 1.0 ?x140)))
 (let ((?x2602 (/ ?x55 ?x140)))
 (let ((?x3224 (+ ?x2602 (* sum_n_13 exp_app_1 ?x1870))))
 (let ((?x913 (+ (* ?x2602 p_i_t) (* sum_n_14 exp_app_1 ?x1870))))
 (< (/ ?x913 ?x3224) 0.0))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x2411 (+ 1.0 b_i)))
 (>= exp_app_0 ?x2411)))
(assert
 (let (($x112 (<= exp_app_0 1.0)))
 (let (($x3339 (<= b_i 0.0)))
 (=> $x3339 $x112))))
(assert
 (let (($x1798 (< b_i 1.0)))
 (=> $x1798 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x293 (= n 1.0)))
 (let ((?x3276 (ite (or $x293 (and (not $x293) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x97 (* (- 1.0) ?x3276)))
 (let ((?x23 (+ 1.0 ?x97)))
 (>= exp_app_1 ?x23))))))
(assert
 (let (($x679 (<= exp_app_1 1.0)))
 (let (($x293 (= n 1.0)))
 (let ((?x3276 (ite (or $x293 (and (not $x293) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x97 (* (- 1.0) ?x3276)))
 (let (($x2043 (<= ?x97 0.0)))
 (=> $x2043 $x679)))))))
(assert
 (let (($x293 (= n 1.0)))
 (let ((?x3276 (ite (or $x293 (and (not $x293) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x97 (* (- 1.0) ?x3276)))
 (let ((?x1090 (- 1.0 ?x97)))
 (let (($x1868 (< ?x97 1.0)))
 (=> $x1868 (<= (* exp_app_1 ?x1090) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x267 (+ 1.0 b_J)))
 (>= exp_app_2 ?x267)))
(assert
 (let (($x1706 (<= exp_app_2 1.0)))
 (let (($x2692 (<= b_J 0.0)))
 (=> $x2692 $x1706))))
(assert
 (let (($x497 (< b_J 1.0)))
 (=> $x497 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (let (($x293 (= n 1.0)))
 (let ((?x3276 (ite (or $x293 (and (not $x293) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x97 (* (- 1.0) ?x3276)))
 (let (($x1001 (< b_i ?x97)))
 (=> $x1001 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x293 (= n 1.0)))
 (let ((?x3276 (ite (or $x293 (and (not $x293) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x97 (* (- 1.0) ?x3276)))
 (let (($x2424 (< ?x97 b_i)))
 (=> $x2424 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x3227 (< b_i b_J)))
 (=> $x3227 (< exp_app_0 exp_app_2))))
(assert
 (let (($x153 (< b_J b_i)))
 (=> $x153 (< exp_app_2 exp_app_0))))
(assert
 (let (($x293 (= n 1.0)))
 (let ((?x3276 (ite (or $x293 (and (not $x293) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x97 (* (- 1.0) ?x3276)))
 (let (($x3597 (< ?x97 b_J)))
 (=> $x3597 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x293 (= n 1.0)))
 (let ((?x3276 (ite (or $x293 (and (not $x293) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x97 (* (- 1.0) ?x3276)))
 (let (($x3378 (< b_J ?x97)))
 (=> $x3378 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x2063 (= exp_app_0 exp_app_1)))
 (let (($x293 (= n 1.0)))
 (let ((?x3276 (ite (or $x293 (and (not $x293) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x97 (* (- 1.0) ?x3276)))
 (=> (= b_i ?x97) $x2063))))))
(assert
 (let (($x1908 (= exp_app_0 exp_app_2)))
 (let (($x2594 (= b_i b_J)))
 (=> $x2594 $x1908))))
(assert
 (let (($x2079 (= exp_app_1 exp_app_2)))
(let (($x293 (= n 1.0)))
(let ((?x3276 (ite (or $x293 (and (not $x293) (not (<= b_i max_n_12)))) b_i max_n_12)))
(let ((?x97 (* (- 1.0) ?x3276)))
(=> (= ?x97 b_J) $x2079))))))
(check-sat)
