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
 (let ((?x146 (- n 1.0)))
 (let (($x11 (>= ?x146 1.0)))
 (=> $x11 (>= max_n_12 b_J)))))
(assert
 (let (($x136 (>= max_n_12 0.0)))
 (let ((?x146 (- n 1.0)))
 (let (($x11 (>= ?x146 1.0)))
 (=> $x11 $x136)))))
(assert
 (>= sum_n_13 0.0))
(assert
 (let ((?x146 (- n 1.0)))
 (let (($x11 (>= ?x146 1.0)))
 (=> $x11 (> sum_n_13 0.0)))))
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
 (let ((?x559 (* sum_n_13 exp_app_1)))
 (let ((?x1562 (* exp_app_0 exp_app_1)))
 (let ((?x597 (+ ?x1562 ?x559)))
 (let ((?x79 (/ 1.0 ?x597)))
 (let ((?x1711 (/ ?x1562 ?x597)))
 (let (($x80 (= 0.0 (+ ?x1711 (* sum_n_13 exp_app_1 ?x79)))))
 (let (($x117 (and (= 0.0 (+ (* ?x1711 p_i_t) (* sum_n_14 exp_app_1 ?x79))) $x80)))
 (and (not $x117) $x80)))))))))
(assert
 (> exp_app_0 0.0))
(assert
 (let ((?x679 (+ 1.0 b_i)))
 (>= exp_app_0 ?x679)))
(assert
 (let (($x1291 (<= exp_app_0 1.0)))
 (let (($x1092 (<= b_i 0.0)))
 (=> $x1092 $x1291))))
(assert
 (let (($x800 (< b_i 1.0)))
 (=> $x800 (<= (* exp_app_0 (- 1.0 b_i)) 1.0))))
(assert
 (> exp_app_1 0.0))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let ((?x1081 (+ 1.0 ?x803)))
 (>= exp_app_1 ?x1081))))))
(assert
 (let (($x195 (<= exp_app_1 1.0)))
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let (($x1463 (<= ?x803 0.0)))
 (=> $x1463 $x195)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let ((?x1134 (- 1.0 ?x803)))
 (let (($x836 (< ?x803 1.0)))
 (=> $x836 (<= (* exp_app_1 ?x1134) 1.0))))))))
(assert
 (> exp_app_2 0.0))
(assert
 (let ((?x53 (+ 1.0 b_J)))
 (>= exp_app_2 ?x53)))
(assert
 (let (($x1274 (<= exp_app_2 1.0)))
 (let (($x269 (<= b_J 0.0)))
 (=> $x269 $x1274))))
(assert
 (let (($x1188 (< b_J 1.0)))
 (=> $x1188 (<= (* exp_app_2 (- 1.0 b_J)) 1.0))))
(assert
 (> exp_app_3 0.0))
(assert
 (let ((?x196 (+ 1.0 x_raised)))
 (>= exp_app_3 ?x196)))
(assert
 (let (($x1760 (<= exp_app_3 1.0)))
 (let (($x1192 (<= x_raised 0.0)))
 (=> $x1192 $x1760))))
(assert
 (let (($x1230 (< x_raised 1.0)))
 (=> $x1230 (<= (* exp_app_3 (- 1.0 x_raised)) 1.0))))
(assert
 (> exp_app_4 0.0))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let ((?x1756 (+ 1.0 ?x467)))
 (>= exp_app_4 ?x1756))))))
(assert
 (let (($x1416 (<= exp_app_4 1.0)))
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let (($x1156 (<= ?x467 0.0)))
 (=> $x1156 $x1416)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let ((?x869 (- 1.0 ?x467)))
 (let (($x1340 (< ?x467 1.0)))
 (=> $x1340 (<= (* exp_app_4 ?x869) 1.0))))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let (($x132 (< b_i ?x803)))
 (=> $x132 (< exp_app_0 exp_app_1)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let (($x1108 (< ?x803 b_i)))
 (=> $x1108 (< exp_app_1 exp_app_0)))))))
(assert
 (let (($x691 (< b_i b_J)))
 (=> $x691 (< exp_app_0 exp_app_2))))
(assert
 (let (($x733 (< b_J b_i)))
 (=> $x733 (< exp_app_2 exp_app_0))))
(assert
 (let (($x1852 (< b_i x_raised)))
 (=> $x1852 (< exp_app_0 exp_app_3))))
(assert
 (let (($x1916 (< x_raised b_i)))
 (=> $x1916 (< exp_app_3 exp_app_0))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let (($x1681 (< b_i ?x467)))
 (=> $x1681 (< exp_app_0 exp_app_4)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let (($x817 (< ?x467 b_i)))
 (=> $x817 (< exp_app_4 exp_app_0)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let (($x1334 (< ?x803 b_J)))
 (=> $x1334 (< exp_app_1 exp_app_2)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let (($x275 (< b_J ?x803)))
 (=> $x275 (< exp_app_2 exp_app_1)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let (($x1053 (< ?x803 x_raised)))
 (=> $x1053 (< exp_app_1 exp_app_3)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let (($x1120 (< x_raised ?x803)))
 (=> $x1120 (< exp_app_3 exp_app_1)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let (($x296 (< ?x803 ?x467)))
 (=> $x296 (< exp_app_1 exp_app_4)))))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let (($x166 (< ?x467 ?x803)))
 (=> $x166 (< exp_app_4 exp_app_1)))))))))
(assert
 (let (($x1231 (< b_J x_raised)))
 (=> $x1231 (< exp_app_2 exp_app_3))))
(assert
 (let (($x1008 (< x_raised b_J)))
 (=> $x1008 (< exp_app_3 exp_app_2))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let (($x1738 (< b_J ?x467)))
 (=> $x1738 (< exp_app_2 exp_app_4)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let (($x483 (< ?x467 b_J)))
 (=> $x483 (< exp_app_4 exp_app_2)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let (($x1202 (< x_raised ?x467)))
 (=> $x1202 (< exp_app_3 exp_app_4)))))))
(assert
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let (($x1042 (< ?x467 x_raised)))
 (=> $x1042 (< exp_app_4 exp_app_3)))))))
(assert
 (let (($x217 (= exp_app_0 exp_app_1)))
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (=> (= b_i ?x803) $x217))))))
(assert
 (let (($x1794 (= exp_app_0 exp_app_2)))
 (let (($x699 (= b_i b_J)))
 (=> $x699 $x1794))))
(assert
 (let (($x444 (= exp_app_0 exp_app_3)))
 (let (($x138 (= b_i x_raised)))
 (=> $x138 $x444))))
(assert
 (let (($x51 (= exp_app_0 exp_app_4)))
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (=> (= b_i ?x467) $x51))))))
(assert
 (let (($x1186 (= exp_app_1 exp_app_2)))
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (=> (= ?x803 b_J) $x1186))))))
(assert
 (let (($x751 (= exp_app_1 exp_app_3)))
 (let (($x1078 (= n 1.0)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (=> (= ?x803 x_raised) $x751))))))
(assert
 (let (($x184 (= exp_app_1 exp_app_4)))
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (let ((?x1885 (ite (or $x1078 (and (not $x1078) (not (<= b_i max_n_12)))) b_i max_n_12)))
 (let ((?x803 (* (- 1.0) ?x1885)))
 (=> (= ?x803 ?x467) $x184))))))))
(assert
 (let (($x1137 (= exp_app_2 exp_app_3)))
 (let (($x1129 (= b_J x_raised)))
 (=> $x1129 $x1137))))
(assert
 (let (($x1362 (= exp_app_2 exp_app_4)))
 (let (($x1078 (= n 1.0)))
 (let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
 (let ((?x467 (* (- 1.0) ?x150)))
 (=> (= b_J ?x467) $x1362))))))
(assert
 (let (($x564 (= exp_app_3 exp_app_4)))
(let (($x1078 (= n 1.0)))
(let ((?x150 (ite (or $x1078 (and (not $x1078) (not (<= x_raised max_n_12)))) x_raised max_n_12)))
(let ((?x467 (* (- 1.0) ?x150)))
(=> (= x_raised ?x467) $x564))))))
(check-sat)
