; bid_power_0.5, every n and k: no segment violation
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
(declare-fun abs_pow1_2_1 () Real)
(declare-fun abs_pow1_2_2 () Real)
(declare-fun sum_n_14 () Real)
(declare-fun sum_n_15 () Real)
(declare-fun sum_n_16 () Real)
(declare-fun sum_n_17 () Real)
(declare-fun x_raised () Real)
(declare-fun abs_pow1_2_3 () Real)
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
 (let (($x499 (and (> abs_pow1_2_1 0.0) (= (^ abs_pow1_2_1 2.0) (^ b_i 1.0)))))
 (let (($x437 (< 0.0 b_i)))
 (=> $x437 $x499))))
(assert
 (let (($x156 (and (> abs_pow1_2_2 0.0) (= (^ abs_pow1_2_2 2.0) (^ b_J 1.0)))))
 (let (($x511 (< 0.0 b_J)))
 (=> $x511 $x156))))
(assert
 (>= sum_n_14 0.0))
(assert
 (>= sum_n_15 0.0))
(assert
 (>= sum_n_16 0.0))
(assert
 (>= sum_n_17 0.0))
(assert
 (>= sum_n_17 sum_n_14))
(assert
 (>= sum_n_17 sum_n_15))
(assert
 (let (($x72 (and (> abs_pow1_2_3 0.0) (= (^ abs_pow1_2_3 2.0) (^ x_raised 1.0)))))
 (let (($x488 (< 0.0 x_raised)))
 (=> $x488 $x72))))
(assert
 (>= x_raised b_i))
(assert
 (let (($x488 (< 0.0 x_raised)))
 (let ((?x288 (ite $x488 abs_pow1_2_3 0.0)))
 (let ((?x252 (+ ?x288 sum_n_17)))
 (let (($x125 (> 0.0 x_raised)))
 (let (($x214 (not $x125)))
 (let (($x273 (and $x214 (= 0.0 ?x252))))
 (let (($x211 (or $x125 $x125 (and (and $x214 (= 0.0 (+ (* ?x288 p_i_u) sum_n_15))) $x273))))
 (let (($x151 (and $x214 $x273)))
 (let (($x690 (and (not $x211) $x151)))
 (let (($x437 (< 0.0 b_i)))
 (let ((?x596 (ite $x437 abs_pow1_2_1 0.0)))
 (let ((?x346 (+ ?x596 sum_n_17)))
 (let (($x60 (= 0.0 ?x346)))
 (let (($x623 (and (= 0.0 (+ (* ?x596 p_i_u) sum_n_15)) $x60)))
 (let (($x579 (and (not $x623) $x60)))
 (let (($x191 (or $x125 $x125 (and (and $x214 (= 0.0 (+ (* ?x288 p_i_t) sum_n_14))) $x273))))
 (let (($x378 (and (not $x191) $x151)))
 (let (($x107 (and (= 0.0 (+ (* ?x596 p_i_t) sum_n_14)) $x60)))
 (let (($x234 (and (not $x107) $x60)))
 (and (not (or $x234 $x107)) (not (or $x378 $x191)) (not (or $x579 $x623)) (not (or $x690 $x211)))))))))))))))))))))))
(assert
 (let (($x437 (< 0.0 b_i)))
(let ((?x596 (ite $x437 abs_pow1_2_1 0.0)))
(let ((?x346 (+ ?x596 sum_n_17)))
(let ((?x592 (+ (* ?x596 p_i_u) sum_n_15)))
(let ((?x828 (/ ?x592 ?x346)))
(let (($x488 (< 0.0 x_raised)))
(let ((?x288 (ite $x488 abs_pow1_2_3 0.0)))
(let ((?x252 (+ ?x288 sum_n_17)))
(let ((?x542 (+ (* ?x288 p_i_u) sum_n_15)))
(let ((?x141 (/ ?x542 ?x252)))
(let ((?x311 (- ?x141 ?x828)))
(or (> 0.0 (* ?x311 (- p_i_u ?x828))) (< (* (- p_i_u ?x828) (- p_i_u ?x828)) (* ?x311 ?x311)))))))))))))))
(check-sat)
