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
 (let ((?x4917 (* x_raised x_raised)))
 (let ((?x6758 (+ ?x4917 sum_n_15)))
 (let (($x7684 (= 0.0 ?x6758)))
 (let (($x6015 (and (= 0.0 (+ (* ?x4917 p_i_u) sum_n_13)) $x7684)))
 (let (($x3634 (and (not $x6015) $x7684)))
 (let ((?x4887 (* b_i b_i)))
 (let ((?x4019 (+ ?x4887 sum_n_15)))
 (let (($x1012 (= 0.0 ?x4019)))
 (let (($x5545 (and (= 0.0 (+ (* ?x4887 p_i_u) sum_n_13)) $x1012)))
 (let (($x7823 (and (not $x5545) $x1012)))
 (let (($x3675 (and (= 0.0 (+ (* ?x4917 p_i_t) sum_n_12)) $x7684)))
 (let (($x2055 (and (not $x3675) $x7684)))
 (let (($x5399 (and (= 0.0 (+ (* ?x4887 p_i_t) sum_n_12)) $x1012)))
 (let (($x7904 (and (not $x5399) $x1012)))
 (and (not (or $x7904 $x5399)) (not (or $x2055 $x3675)) (not (or $x7823 $x5545)) (not (or $x3634 $x6015))))))))))))))))))
(assert
 (let ((?x4887 (* b_i b_i)))
(let ((?x4019 (+ ?x4887 sum_n_15)))
(let ((?x6888 (+ (* ?x4887 p_i_u) sum_n_13)))
(let ((?x6305 (/ ?x6888 ?x4019)))
(let ((?x6197 (- p_i_u ?x6305)))
(let ((?x755 (+ (* ?x4887 p_i_t) sum_n_12)))
(let ((?x4769 (/ ?x755 ?x4019)))
(let ((?x4917 (* x_raised x_raised)))
(let ((?x6758 (+ ?x4917 sum_n_15)))
(let ((?x1462 (+ (* ?x4917 p_i_t) sum_n_12)))
(let ((?x6291 (/ ?x1462 ?x6758)))
(let ((?x3304 (- ?x6291 ?x4769)))
(let ((?x4555 (* ?x3304 ?x6197)))
(let ((?x581 (- p_i_t ?x4769)))
(let ((?x7046 (+ (* ?x4917 p_i_u) sum_n_13)))
(let ((?x3763 (/ ?x7046 ?x6758)))
(let ((?x6705 (- ?x3763 ?x6305)))
(let ((?x3397 (* ?x6705 ?x581)))
(or (< ?x4555 ?x3397) (< ?x3397 ?x4555)))))))))))))))))))))
(check-sat)
