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
 (let ((?x308 (+ x_raised sum_n_15)))
 (let (($x265 (= 0.0 ?x308)))
 (let (($x470 (and (= 0.0 (+ (* x_raised p_i_u) sum_n_13)) $x265)))
 (let (($x203 (and (not $x470) $x265)))
 (let ((?x163 (+ b_i sum_n_15)))
 (let (($x392 (= 0.0 ?x163)))
 (let (($x148 (and (= 0.0 (+ (* b_i p_i_u) sum_n_13)) $x392)))
 (let (($x244 (and (not $x148) $x392)))
 (let (($x73 (and (= 0.0 (+ (* x_raised p_i_t) sum_n_12)) $x265)))
 (let (($x116 (and (not $x73) $x265)))
 (let (($x47 (and (= 0.0 (+ (* b_i p_i_t) sum_n_12)) $x392)))
 (let (($x69 (and (not $x47) $x392)))
 (and (not (or $x69 $x47)) (not (or $x116 $x73)) (not (or $x244 $x148)) (not (or $x203 $x470))))))))))))))))
(assert
 (let ((?x163 (+ b_i sum_n_15)))
(let ((?x41 (* b_i p_i_t)))
(let ((?x233 (+ ?x41 sum_n_12)))
(let ((?x222 (/ ?x233 ?x163)))
(let ((?x308 (+ x_raised sum_n_15)))
(let ((?x143 (+ (* x_raised p_i_t) sum_n_12)))
(let ((?x67 (/ ?x143 ?x308)))
(let ((?x66 (- ?x67 ?x222)))
(or (> 0.0 (* ?x66 (- p_i_t ?x222))) (< (* (- p_i_t ?x222) (- p_i_t ?x222)) (* ?x66 ?x66))))))))))))
(check-sat)
