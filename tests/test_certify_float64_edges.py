"""certify's float64 spot check after a real-arithmetic proof reaches float64's edges.

Rules that are exactly a distribution (and monotone) in real arithmetic overflow in
float64 at extreme bids (tests/test_traps_redteam4.py): the prover proves them, rightly,
about the real-number program; the float64 question (the default) must still end
*refuted*, with a counterexample that replays bit for bit (docs/definitions.md#verdicts).
The spot check reaches them through ``properties.strategies.extreme_profiles``.
"""

from fractions import Fraction

import array_api_compat
import mechanisms
import numpy as np
import properties
import pytest
from properties.strategies import extreme_profiles
from tokenauction.certify import Question, certify

from test_traps_redteam4 import _pool, pool_times_overflowing_one, unstabilised_softmax_pool

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")

#: sqrt of float64's largest finite number: m · m overflows to +inf exactly for m above it.
SQUARE_OVERFLOW = float(np.sqrt(np.finfo(np.float64).max))


def pool_times_overflowing_square(p, b):
    """The pool of weights 1 + b times √(m·m)/m with m = 1 + max_j b_j: exactly 1, but +inf in
    float64 once m·m overflows (m > 1.34e154), far beyond every bid a drawn profile has."""
    xp = array_api_compat.array_namespace(p, b)
    m = xp.max(b) + 1.0
    return _pool(p, 1.0 + b) * (xp.sqrt(m * m) / m)


#: Generous: the proofs take about 3 s on an idle machine, but the suite runs on two busy cores
#: and each step gets only a share of the budget (a CI run at 150 s once ended unknown).
BUDGET = 300.0


def _certify(rule, prop, arithmetic="float64"):
    return certify(rule, Question(property=prop, agents=2, tokens=2, timeout=BUDGET, arithmetic=arithmetic),
                   name=rule.__name__)


def _steps(result) -> str:
    """Each check's name, verdict, seconds and detail: what an assertion on the verdict shows."""
    return "; ".join(f"{c.name}: {c.verdict} in {c.seconds:.1f} s ({c.detail[:300]})" for c in result.checks)


@pytest.mark.parametrize("rule, prop", [(unstabilised_softmax_pool, "validity"),
                                        (pool_times_overflowing_one, "monotonicity"),
                                        (pool_times_overflowing_one, "validity"),
                                        (pool_times_overflowing_square, "monotonicity")])
def test_a_rule_that_overflows_is_proved_in_real_arithmetic_and_refuted_in_float64(rule, prop):
    real = _certify(rule, prop, "real")
    assert real.verdict == "proved", _steps(real)
    result = _certify(rule, prop)
    assert result.verdict == "refuted", _steps(result)
    cx = result.counterexample
    assert properties.replay(rule, cx) > properties.TOLERANCE
    # the violation is float64's: some profile of it has a non-finite output
    outputs = [rule(cx.p_array(), cx.b_array())]
    if cx.bid is not None:
        raised = cx.b_array().copy()
        raised[cx.agent] = float(cx.bid)
        outputs.append(rule(cx.p_array(), raised))
    assert not all(np.all(np.isfinite(q)) for q in outputs)


def test_the_square_overflow_is_found_past_its_threshold():
    cx = _certify(pool_times_overflowing_square, "monotonicity").counterexample
    assert max(float(cx.bid), *cx.b_array()) + 1 > SQUARE_OVERFLOW


@pytest.mark.parametrize("n, k", [(2, 2), (None, None)])
def test_linear_stays_proved_after_the_extreme_spot_check(n, k):
    result = certify(mechanisms.linear, Question(agents=n, tokens=k, timeout=BUDGET), name="linear")
    assert result.verdict == "proved", _steps(result)
    spot = [c for c in result.checks if c.name == "fuzz (float64 spot check)"]
    assert spot and "no counterexample" in spot[0].detail


def test_extreme_profiles_reach_float64_edges_inside_the_domain():
    everywhere = extreme_profiles(3, 4)
    assert max(max(prof.b) for prof in everywhere) == Fraction(10) ** 290
    assert min(float(x) for prof in everywhere for x in prof.p_float.ravel()) == 1e-300
    capped = extreme_profiles(3, 4, bid_max=50.0, prob_floor=0.1)
    assert capped and all(max(prof.b) <= 50 and any(prof.b) for prof in capped)
    for prof in capped:
        assert all(sum(row) == 1 and min(row) >= Fraction(0.1) for row in prof.p)
        mechanisms.check_profile(prof.p_float, prof.b_float)


@pytest.mark.parametrize("prop", sorted(properties.PROPERTIES))
def test_every_property_searches_the_extreme_profiles(prop):
    """Each property's search takes float64's edges without failing (a linear rule: nothing to find
    below 1e300 but rounding; the payment properties integrate, so the run is cut at 3 s)."""
    stated = properties.PROPERTIES[prop]
    order = next(name for name, o in properties.ORDERS.items() if not stated.uses_order or stated.accepts(o))
    result = properties.find_counterexample(mechanisms.linear, prop, order, n=2, k=2, max_examples=1, timeout=3.0,
                                            examples=extreme_profiles(2, 2))
    assert result.examples >= 1
