; bid_cap_1, every n and k: no segment violation
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
(declare-fun sum_n_12 () Real)
(declare-fun sum_n_13 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
(declare-fun x_raised () Real)
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
 (<= sum_n_12 0.0))
(assert
 (<= sum_n_13 0.0))
(assert
 (<= sum_n_14 0.0))
(assert
 (<= sum_n_15 0.0))
(assert
 (<= sum_n_15 sum_n_12))
(assert
 (<= sum_n_15 sum_n_13))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x276 (* (- 1.0) sum_n_15)))
 (let ((?x727 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
 (let ((?x1365 (+ ?x727 ?x276)))
 (let (($x2891 (= 0.0 ?x1365)))
 (let (($x362 (and (= 0.0 (+ (* ?x727 p_i_u) (* (- 1.0) sum_n_13))) $x2891)))
 (let (($x3280 (and (not $x362) $x2891)))
 (let ((?x2964 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
 (let ((?x1127 (+ ?x2964 ?x276)))
 (let (($x2061 (= 0.0 ?x1127)))
 (let (($x11 (and (= 0.0 (+ (* ?x2964 p_i_u) (* (- 1.0) sum_n_13))) $x2061)))
 (let (($x1817 (and (not $x11) $x2061)))
 (let (($x1706 (and (= 0.0 (+ (* ?x727 p_i_t) (* (- 1.0) sum_n_12))) $x2891)))
 (let (($x2161 (and (not $x1706) $x2891)))
 (let (($x3316 (and (= 0.0 (+ (* ?x2964 p_i_t) (* (- 1.0) sum_n_12))) $x2061)))
 (let (($x547 (and (not $x3316) $x2061)))
 (and (not (or $x547 $x3316)) (not (or $x2161 $x1706)) (not (or $x1817 $x11)) (not (or $x3280 $x362)))))))))))))))))))
(assert
 (let ((?x276 (* (- 1.0) sum_n_15)))
(let ((?x2964 (- (ite (< (- 1.0) (- b_i)) (- b_i) (- 1.0)))))
(let ((?x1127 (+ ?x2964 ?x276)))
(let ((?x2159 (* (- 1.0) sum_n_12)))
(let ((?x3319 (+ (* ?x2964 p_i_t) ?x2159)))
(let ((?x1485 (/ ?x3319 ?x1127)))
(let ((?x727 (- (ite (< (- 1.0) (- x_raised)) (- x_raised) (- 1.0)))))
(let ((?x1365 (+ ?x727 ?x276)))
(let ((?x3410 (+ (* ?x727 p_i_t) ?x2159)))
(let ((?x1256 (/ ?x3410 ?x1365)))
(let ((?x1076 (- ?x1256 ?x1485)))
(or (> 0.0 (* ?x1076 (- p_i_t ?x1485))) (< (* (- p_i_t ?x1485) (- p_i_t ?x1485)) (* ?x1076 ?x1076)))))))))))))))
(check-sat)
