"""One test per fix of red team 5's findings (tests/test_traps_redteam5.py), each of which
would have caught its finding: guards evaluated over the reals at every validation profile,
tied non-dyadic bids, the spot check's bid cap, its larger sizes, its completion, real
counterexamples confirmed at two mpmath precisions, and exact sums against numpy's rounding."""

from fractions import Fraction

import array_api_compat
import mechanisms
import numpy as np
import pytest
from hypothesis import given, settings
from mechanisms.validation import check_positive_total
from properties import Counterexample, Status, find_counterexample
from properties.strategies import TIED_NON_DYADIC_BID, extreme_profiles, profiles
from proofs import namespace as sym
from proofs.exact_program import Undecided, exact_guards
from proofs.polymorphic import trace_program
from proofs.program import evaluate_nodes
from proofs.replay import confirm_in_real_arithmetic
from proofs.symbolic import SymArray
from proofs.trace_validation import first_mismatch
from proofs.verdict import Domain
from test_traps_redteam5 import (guard_zero_in_real_arithmetic, log_over_log1p, log_ratio_overflowing,
                                 spread_pool)
from tokenauction.certify import (SPOT_CHECK_LARGER_SIZES, Check, CheckKind, Question, _float64_edges,
                                  combine)

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")

P = np.array([[0.5, 0.5], [0.2, 0.8]])
P3 = np.array([[0.5, 0.5], [0.2, 0.8], [0.9, 0.1]])


# ---- finding 1: the every-size validation evaluates guards over the reals


def test_a_guard_is_evaluated_over_the_reals_not_in_float64():
    """x − ((1 + x) − 1) with x = 1e-30·Σb: numpy's float64 value is x > 0 at b = (1, 0), the
    real value 0 (rationals: (1 + x) − 1 = x exactly); the validation names the real failure."""
    program = trace_program(guard_zero_in_real_arithmetic)
    (node, _), = program.guards
    inputs = {"p": P, "b": np.array([1.0, 0.0])}
    assert bool(evaluate_nodes(program, inputs)[node]) is True
    assert exact_guards(program, inputs) == [False]
    assert "over the reals" in first_mismatch(guard_zero_in_real_arithmetic, program)


def test_a_guard_through_a_transcendental_is_decided_with_a_margin_or_refused():
    """log(1 + s) − log(1 + s) is 0 over the reals: its sign is undecided at any precision, so the
    guard refuses; log(2 + s) − log(1 + s) = log((2 + s)/(1 + s)) > 0 is decided (true)."""
    def guarded(offset):
        def rule(p, b):
            xp = array_api_compat.array_namespace(p, b)
            s = xp.sum(b)
            check_positive_total(xp.log(offset + s) - xp.log(1.0 + s), "no gap")
            return xp.sum(b[:, None] * p, axis=0) / s
        return rule

    inputs = {"p": P, "b": np.array([0.5, 0.25])}
    assert exact_guards(trace_program(guarded(2.0)), inputs) == [True]
    with pytest.raises(Undecided, match="not decided"):
        exact_guards(trace_program(guarded(1.0)), inputs)


# ---- finding 2: tied non-dyadic bids


def test_tied_non_dyadic_bids_round_the_variance_positive_and_are_tried():
    """Three bids 0.7 (the float64 number, exactly): mean(b²) − mean(b)² is 0 in Fractions and
    positive in float64; the spread pool's guard then fails over the reals where numpy answers.
    The float64 spot check's extreme profiles hold such ties."""
    x = Fraction(0.7)
    assert sum([x * x] * 3) / 3 - (sum([x] * 3) / 3) ** 2 == 0
    tied = np.full(3, 0.7)
    assert np.mean(tied * tied) - np.mean(tied) ** 2 > 0
    program = trace_program(spread_pool)
    assert exact_guards(program, {"p": P3, "b": tied}) == [False]
    spread_pool(P3, tied)  # numpy answers there
    assert any(set(profile.b) == {TIED_NON_DYADIC_BID} for profile in extreme_profiles(3, 2))


# ---- finding 4: the spot check searches inside the bid cap, and only a finished one counts


@given(profiles(n=3, k=4, bid_max=2.5, prob_floor=0.01))
@settings(max_examples=40, deadline=None)
def test_drawn_profiles_lie_inside_the_bid_cap_and_probability_floor(profile):
    assert max(profile.b_float) <= 2.5 and profile.p_float.min() >= 0.01 - 1e-15
    assert np.allclose(profile.p_float.sum(axis=1), 1.0)


def test_a_search_under_a_bid_cap_finds_the_violation_inside_it():
    """log_ratio_overflowing is NaN only beyond Σb = 1.8e8 and off by 8.9e-5 at b = 1e-12·b:
    with bid_max = 100 the counterexample found has every bid at most 100."""
    result = find_counterexample(log_ratio_overflowing, "validity", n=2, k=2, seed=0, max_examples=30,
                                 timeout=20, bid_max=100.0)
    assert result.found and max(result.counterexample.b_array()) <= 100.0
    assert np.isfinite(result.counterexample.margin)


def test_a_spot_check_that_did_not_finish_does_not_spot_check_a_proof():
    """A covering real-arithmetic proof under the float64 question: proved after a spot check
    that searched to its end, unknown after one that stopped with an error or was vetted away."""
    proof = Check("all sizes", CheckKind.ALL_SIZES, "Z3", Status.PROVED, "", 0.0, "real", scope=Domain(None, None))

    def spot(clean):
        return Check("fuzz", CheckKind.FUZZ, "search", Status.UNKNOWN, "", 0.0, "float64",
                     detail="stopped" if not clean else "5 instances tried, no counterexample",
                     searched_clean=clean)

    assert combine(Question(), [proof, spot(True)], "r", 0.0).verdict == "proved"
    cert = combine(Question(), [proof, spot(False)], "r", 0.0)
    assert cert.verdict == "unknown" and "did not finish" in cert.domain


# ---- finding 3: the spot check after an every-size proof tries larger sizes


def test_the_every_size_spot_check_reaches_thirty_two_agents():
    sizes = {(len(profile.p), len(profile.p[0])) for profile in _float64_edges(Question())}
    assert set(SPOT_CHECK_LARGER_SIZES) <= sizes and max(n for n, _ in sizes) == 32
    assert {(len(pr.p), len(pr.p[0])) for pr in _float64_edges(Question(agents=2, tokens=3))} == {(2, 3)}


# ---- finding 5: real-arithmetic counterexamples hold at 50 and 100 mpmath digits


def _validity_cx(b):
    return Counterexample(p=[[Fraction(1, 2)] * 2, [Fraction(1, 5), Fraction(4, 5)]], b=b, agent=None, bid=None,
                          token=None, margin=1.0, property="validity", order=None)


def test_a_counterexample_of_float64_rounding_is_not_confirmed_over_the_reals():
    """log(1 + s)/log1p(s) is 1 over the reals (np.longdouble still errs by 4e-9 at s = 1e-12);
    twice the linear rule sums to 2 over the reals: confirmed, at both precisions."""
    assert confirm_in_real_arithmetic(log_over_log1p, _validity_cx([1e-12, 0.0])) is False

    def doubled(p, b):
        return 2.0 * mechanisms.linear(p, b)

    assert confirm_in_real_arithmetic(doubled, _validity_cx([Fraction(2), Fraction(1)])) is True


# ---- finding 6: the symbolic sum is exact, numpy's rounds


def test_an_exact_sum_differs_from_numpys_by_its_rounding_only():
    """−1.5 + 1.4e-300 + 1.5: numpy's sum is 0 (the tiny term is lost), the symbolic sum is the
    exact 1.4e-300, within the bound (m − 1)·eps·Σ|x| the conformance test allows."""
    x = np.array([-1.5, 1.4e-300, 1.5])
    assert np.sum(x) == 0.0
    exact = sym.sum(SymArray.coerce(x)).elems.reshape(-1)[0].val
    assert exact == Fraction(1.4e-300)
    assert abs(float(exact) - np.sum(x)) <= (x.size - 1) * np.finfo(np.float64).eps * np.sum(np.abs(x))
