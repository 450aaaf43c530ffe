"""The solver's traced terms evaluated at concrete profiles (proofs.trace_values), and the
fixed-size provers' validation of those terms (proofs.trace_check, docs/proofs.md §3).

* Differential: every catalogue rule, traced at two sizes, evaluated exactly at seeded
  random profiles, against the rule run by numpy in float64.
* Unit: closed forms (a rational, sqrt exact and irrational, exp/log, 0/0, x/0 of free sign).
* Traps: a rule that shows the solver (its elements are Z3 terms) a program that is
  trivially monotone and valid, and numpy another one that differs at a validation
  profile (a bid near 1e300), is never proved — under every fixed-size order and for
  validity — while the program the solver sees, given as a rule, is proved.
"""

import math
from fractions import Fraction

import array_api_compat
import mpmath
import numpy as np
import pytest
import z3

import mechanisms
from properties.orders import ORDERS
from proofs import PROVED, prove_monotone
from proofs.extended import Ext, NotSymbolic
from proofs.functions import Tracer, ext_exp, ext_log, ext_sqrt
from proofs.monotone import trace
from proofs.order_formulas import FIXED_SIZE_ORDERS
from proofs.symbolic import SymArray
from proofs.trace_check import Trace, validate_trace
from proofs.trace_values import ARBITRARY, TracedProgram
from proofs.validity import prove_validity

SIZES = [(2, 2), (3, 4)]


def _traced(rule, n, k):
    p, b = SymArray.variables("p", (n, k)), SymArray.variables("b", (n,))
    with Tracer() as tracer:
        q = trace(rule, p, b, k)
    return Trace(q, p, b), tracer


def _random_profiles(n, k, count=5, seed=11):
    rng = np.random.default_rng(seed)
    return [(rng.dirichlet(np.ones(k), size=n), rng.exponential(2.0, size=n)) for _ in range(count)]


def _as_float(v) -> float:
    return float(v) if isinstance(v, (Fraction, mpmath.mpf)) else v


@pytest.mark.parametrize("n, k", SIZES)
@pytest.mark.parametrize("name", list(mechanisms.CATALOGUE))
def test_traced_terms_evaluate_to_numpys_output(name, n, k):
    rule = mechanisms.CATALOGUE[name]
    try:
        traced, tracer = _traced(rule, n, k)
    except NotSymbolic as exc:
        pytest.skip(f"not traceable: {exc}")
    program = TracedProgram([traced.outputs], tracer)
    for p, b in _random_profiles(n, k):
        expected = rule(p, b)
        inputs = traced.variables([[Fraction(v) for v in row] for row in p], [Fraction(v) for v in b])
        got = program.at(0, inputs)
        assert len(got) == k
        for (val, pinf, ninf, nan), f in zip(got, expected):
            assert (nan, pinf, ninf) == (False, False, False), (p, b)
            assert _as_float(val) == pytest.approx(f, rel=1e-9, abs=1e-12), (p, b)


def test_a_rational_output_is_exact():
    """q_0 = b_0 / (b_0 + b_1) at b = (1/3, 1/6): exactly 2/3."""
    x, y = z3.Real("b_0"), z3.Real("b_1")
    [(val, *flags)] = TracedProgram([[Ext(x / (x + y))]]).at(0, {"b_0": Fraction(1, 3), "b_1": Fraction(1, 6)})
    assert val == Fraction(2, 3) and flags == [False, False, False]


def test_roots_are_exact_when_rational_and_close_otherwise():
    x = z3.Real("b_0")
    with Tracer() as tracer:
        root = ext_sqrt(Ext(x))
    program = TracedProgram([[root]], tracer)
    assert program.at(0, {"b_0": Fraction(9, 4)})[0][0] == Fraction(3, 2)
    with mpmath.workprec(600):
        assert abs(program.at(0, {"b_0": Fraction(2)})[0][0] - mpmath.sqrt(2)) < mpmath.mpf(2) ** -500


def test_exp_and_log_evaluate_at_high_precision():
    """log(exp(b_0) + 1) at b_0 = 1: log(e + 1) = 1.3132616875182228…"""
    x = z3.Real("b_0")
    with Tracer() as tracer:
        out = ext_log(ext_exp(Ext(x)) + Ext.of(1))
    val, pinf, ninf, nan = TracedProgram([[out]], tracer).at(0, {"b_0": Fraction(1)})[0]
    assert (pinf, ninf, nan) == (False, False, False)
    assert abs(val - math.log(math.e + 1)) < 1e-15


def test_log_of_zero_is_minus_infinity():
    x = z3.Real("b_0")
    with Tracer() as tracer:
        out = ext_log(Ext(x))
    _, pinf, ninf, nan = TracedProgram([[out]], tracer).at(0, {"b_0": Fraction(0)})[0]
    assert (pinf, ninf, nan) == (False, True, False)


def test_zero_over_zero_is_nan_and_a_free_zero_sign_stays_open():
    """0/0 is NaN whatever the zero's sign; 1/(b_0 − b_1) at tied bids is ±inf, the sign
    a free Boolean of the trace (the sign of a difference's zero is not tracked): open
    until it is bound, then one infinity."""
    x, y = z3.Real("b_0"), z3.Real("b_1")
    with Tracer():
        difference = Ext(x) - Ext(y)
        ratio, blow = difference / difference, Ext.of(1) / difference
    program = TracedProgram([[ratio, blow]])
    (_, _, _, nan), (_, pinf, ninf, blow_nan) = program.at(0, {"b_0": Fraction(3, 2), "b_1": Fraction(3, 2)})
    assert nan is True and blow_nan is False
    assert pinf is ARBITRARY and ninf is ARBITRARY
    signs = program.free_booleans(0)  # one per division by a zero of unknown sign
    assert signs
    for up in (False, True):  # the Boolean answers "is x / 0 +inf?" (proofs.extended)
        tied = {"b_0": Fraction(3, 2), "b_1": Fraction(3, 2)} | {sign: up for sign in signs}
        _, (_, pinf, ninf, _) = program.at(0, tied)
        assert (pinf, ninf) == (up, not up)


def test_validation_accepts_numpys_infinity_where_the_sign_is_open():
    """The pool plus 1/(b_0 − b_1) on token 0 where the bids tie: numpy's +inf (1/+0) at
    the validation profile "tied bids" is one of the trace's two signs, so it agrees."""
    def tie_blows_up(p, b):
        xp = array_api_compat.array_namespace(p, b)
        gap = b[0] - b[1]
        w = 1.0 + b
        q = xp.sum(w[:, None] * p, axis=0) / xp.sum(w)
        return q + xp.where(xp.asarray([1.0, 0.0]) > 0, xp.where(gap == 0, 1.0 / gap, 0.0), 0.0)

    with np.errstate(divide="ignore"):
        assert np.isposinf(tie_blows_up(np.full((2, 2), 0.5), np.array([1.5, 1.5]))[0])
        traced, tracer = _traced(tie_blows_up, 2, 2)
        assert validate_trace(tie_blows_up, [traced], tracer) is None


# ------------------------------------------------------------------ traps: the solver's terms


def _on_solver_terms(b) -> bool:
    """Are the bids the fixed-size prover's Z3 terms (not numbers, not Fractions)?"""
    elems = getattr(b, "elems", None)
    return elems is not None and type(elems.reshape(-1)[0].val).__module__.startswith("z3")


def mean_of_rows(p, b):
    """q = mean_j p_j: a distribution that no bid moves (monotone under every order)."""
    return array_api_compat.array_namespace(p, b).mean(p, axis=0)


def weights_fall_beyond_1e6_off_the_solver(p, b):
    """:func:`mean_of_rows` on the solver's terms; elsewhere the pool of weights 1, and
    1/(1 + b) for a bid beyond 1e6: raising a bid past 1e6 moves q away from the bidder."""
    xp = array_api_compat.array_namespace(p, b)
    if _on_solver_terms(b):
        return mean_of_rows(p, b)
    w = xp.where(b > 1e6, 1.0 / (1.0 + b), 1.0)
    return xp.sum(w[:, None] * p, axis=0) / xp.sum(w)


def halved_beyond_1e6_off_the_solver(p, b):
    """:func:`mean_of_rows` on the solver's terms; elsewhere halved once a bid exceeds 1e6."""
    xp = array_api_compat.array_namespace(p, b)
    q = mean_of_rows(p, b)
    return q if _on_solver_terms(b) else q * xp.where(xp.max(b) > 1e6, 0.5, 1.0)


MIRRORED = np.array([[0.75, 0.25], [0.25, 0.75]])


@pytest.mark.parametrize("order", FIXED_SIZE_ORDERS)
def test_falling_weight_trap_is_not_monotone_in_numpy(order):
    """Rows (3/4, 1/4), (1/4, 3/4), b = (1, 1): q = (1/2, 1/2); agent 0 bids 2e6: weight
    w = 1/(1 + 2e6), q'_0 = (3w/4 + 1/4)/(w + 1) ≈ 1/4, away from p_0 — a violation
    under every order."""
    rule = weights_fall_beyond_1e6_off_the_solver
    q, q_new = rule(MIRRORED, np.array([1.0, 1.0])), rule(MIRRORED, np.array([2e6, 1.0]))
    w = 1.0 / (1.0 + 2e6)
    assert q_new[0] == pytest.approx((0.75 * w + 0.25) / (w + 1.0)) and q[0] == 0.5
    assert ORDERS[order].violation(MIRRORED[0], q, q_new) > 1e-3


def test_halved_trap_is_not_a_distribution_in_numpy():
    q = halved_beyond_1e6_off_the_solver(MIRRORED, np.array([2e6, 1.0]))
    assert q.sum() == pytest.approx(0.5)


@pytest.mark.parametrize("order", FIXED_SIZE_ORDERS)
def test_the_program_the_solver_sees_is_proved(order):
    """Control for the traps below: without the disguise the trace is proved at once."""
    assert prove_monotone(mean_of_rows, order, 2, 2, timeout=20.0).verdict == PROVED


@pytest.mark.parametrize("order", FIXED_SIZE_ORDERS)
def test_a_rule_that_differs_off_the_solver_is_never_proved_monotone(order):
    verdict = prove_monotone(weights_fall_beyond_1e6_off_the_solver, order, 2, 2, timeout=20.0)
    assert verdict.verdict != PROVED
    assert verdict.reason.startswith("trace validation: the solver's trace"), verdict.reason


def test_a_rule_that_differs_off_the_solver_is_never_proved_valid():
    assert prove_validity(mean_of_rows, 2, 2, timeout=20.0).verdict == PROVED  # control
    verdict = prove_validity(halved_beyond_1e6_off_the_solver, 2, 2, timeout=20.0)
    assert verdict.verdict != PROVED
    assert verdict.reason.startswith("trace validation: the solver's trace"), verdict.reason
