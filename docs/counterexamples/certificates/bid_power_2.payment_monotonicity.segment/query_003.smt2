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
 (let ((?x2697 (* x_raised x_raised)))
 (let ((?x3211 (+ ?x2697 sum_n_15)))
 (let (($x2754 (= 0.0 ?x3211)))
 (let (($x1992 (and (= 0.0 (+ (* ?x2697 p_i_u) sum_n_13)) $x2754)))
 (let (($x2647 (and (not $x1992) $x2754)))
 (let ((?x2864 (* b_i b_i)))
 (let ((?x1920 (+ ?x2864 sum_n_15)))
 (let (($x1865 (= 0.0 ?x1920)))
 (let (($x2616 (and (= 0.0 (+ (* ?x2864 p_i_u) sum_n_13)) $x1865)))
 (let (($x3190 (and (not $x2616) $x1865)))
 (let (($x3254 (and (= 0.0 (+ (* ?x2697 p_i_t) sum_n_12)) $x2754)))
 (let (($x388 (and (not $x3254) $x2754)))
 (let (($x723 (and (= 0.0 (+ (* ?x2864 p_i_t) sum_n_12)) $x1865)))
 (let (($x1245 (and (not $x723) $x1865)))
 (and (not (or $x1245 $x723)) (not (or $x388 $x3254)) (not (or $x3190 $x2616)) (not (or $x2647 $x1992))))))))))))))))))
(assert
 (let ((?x2864 (* b_i b_i)))
(let ((?x1920 (+ ?x2864 sum_n_15)))
(let ((?x3193 (+ (* ?x2864 p_i_u) sum_n_13)))
(let ((?x979 (/ ?x3193 ?x1920)))
(let ((?x216 (- p_i_u ?x979)))
(let ((?x2972 (+ (* ?x2864 p_i_t) sum_n_12)))
(let ((?x2344 (/ ?x2972 ?x1920)))
(let ((?x2697 (* x_raised x_raised)))
(let ((?x3211 (+ ?x2697 sum_n_15)))
(let ((?x3557 (+ (* ?x2697 p_i_t) sum_n_12)))
(let ((?x3264 (/ ?x3557 ?x3211)))
(let ((?x150 (- ?x3264 ?x2344)))
(let ((?x2057 (* ?x150 ?x216)))
(let ((?x518 (- p_i_t ?x2344)))
(let ((?x44 (+ (* ?x2697 p_i_u) sum_n_13)))
(let ((?x965 (/ ?x44 ?x3211)))
(let ((?x768 (- ?x965 ?x979)))
(let ((?x3386 (* ?x768 ?x518)))
(or (< ?x2057 ?x3386) (< ?x3386 ?x2057)))))))))))))))))))))
(check-sat)
