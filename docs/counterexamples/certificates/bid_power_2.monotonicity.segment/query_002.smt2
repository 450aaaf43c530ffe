; bid_power_2, every n and k: no segment violation
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
 (>= sum_n_12 0.0))
(assert
 (>= sum_n_13 0.0))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_15 sum_n_12))
(assert
 (>= sum_n_15 sum_n_13))
(assert
 (>= x_raised b_i))
(assert
 (let ((?x2602 (* x_raised x_raised)))
 (let ((?x1282 (+ ?x2602 sum_n_15)))
 (let (($x6177 (= 0.0 ?x1282)))
 (let (($x6659 (and (= 0.0 (+ (* ?x2602 p_i_u) sum_n_13)) $x6177)))
 (let (($x5839 (and (not $x6659) $x6177)))
 (let ((?x6303 (* b_i b_i)))
 (let ((?x7324 (+ ?x6303 sum_n_15)))
 (let (($x5785 (= 0.0 ?x7324)))
 (let (($x3542 (and (= 0.0 (+ (* ?x6303 p_i_u) sum_n_13)) $x5785)))
 (let (($x6197 (and (not $x3542) $x5785)))
 (let (($x3184 (and (= 0.0 (+ (* ?x2602 p_i_t) sum_n_12)) $x6177)))
 (let (($x7723 (and (not $x3184) $x6177)))
 (let (($x5445 (and (= 0.0 (+ (* ?x6303 p_i_t) sum_n_12)) $x5785)))
 (let (($x8547 (and (not $x5445) $x5785)))
 (and (not (or $x8547 $x5445)) (not (or $x7723 $x3184)) (not (or $x6197 $x3542)) (not (or $x5839 $x6659))))))))))))))))))
(assert
 (let ((?x6303 (* b_i b_i)))
(let ((?x7324 (+ ?x6303 sum_n_15)))
(let ((?x8238 (+ (* ?x6303 p_i_u) sum_n_13)))
(let ((?x7688 (/ ?x8238 ?x7324)))
(let ((?x2602 (* x_raised x_raised)))
(let ((?x1282 (+ ?x2602 sum_n_15)))
(let ((?x187 (+ (* ?x2602 p_i_u) sum_n_13)))
(let ((?x2247 (/ ?x187 ?x1282)))
(let ((?x8337 (- ?x2247 ?x7688)))
(or (> 0.0 (* ?x8337 (- p_i_u ?x7688))) (< (* (- p_i_u ?x7688) (- p_i_u ?x7688)) (* ?x8337 ?x8337)))))))))))))
(check-sat)
