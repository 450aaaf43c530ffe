; linear, every n and k: no segment violation
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
 (let ((?x83 (+ x_raised sum_n_15)))
 (let (($x274 (= 0.0 ?x83)))
 (let (($x152 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x274)))
 (let (($x60 (and (not $x152) $x274)))
 (let ((?x52 (+ b_i sum_n_15)))
 (let (($x224 (= 0.0 ?x52)))
 (let (($x235 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x224)))
 (let (($x470 (and (not $x235) $x224)))
 (let (($x352 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x274)))
 (let (($x135 (and (not $x352) $x274)))
 (let (($x159 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x224)))
 (let (($x154 (and (not $x159) $x224)))
 (and (not (or $x154 $x159)) (not (or $x135 $x352)) (not (or $x470 $x235)) (not (or $x60 $x152))))))))))))))))
(assert
 (let ((?x52 (+ b_i sum_n_15)))
(let ((?x75 (* b_i p_i_u)))
(let ((?x236 (+ ?x75 sum_n_13)))
(let ((?x301 (/ ?x236 ?x52)))
(let ((?x209 (- p_i_u ?x301)))
(let ((?x397 (* b_i p_i_t)))
(let ((?x168 (+ ?x397 sum_n_12)))
(let ((?x201 (/ ?x168 ?x52)))
(let ((?x83 (+ x_raised sum_n_15)))
(let ((?x249 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x155 (/ ?x249 ?x83)))
(let ((?x244 (- ?x155 ?x201)))
(let ((?x119 (* ?x244 ?x209)))
(let ((?x56 (- p_i_t ?x201)))
(let ((?x145 (+ (* x_raised p_i_u) sum_n_13)))
(let ((?x306 (/ ?x145 ?x83)))
(let ((?x194 (- ?x306 ?x301)))
(let ((?x327 (* ?x194 ?x56)))
(or (< ?x119 ?x327) (< ?x327 ?x119)))))))))))))))))))))
(check-sat)
