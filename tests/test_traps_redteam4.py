"""Red-team traps, fourth round: the non-finite queries and the exact evaluation of traces.

Targets: the monotonicity provers' query "no output entry is ±inf" (proofs.monotone,
proofs.all_sizes), fixed-size and all-sizes ``validity`` (every output finite, not only
``distributions_where_finite``), and the evaluation of the solver's terms against numpy
at the validation profiles (proofs.trace_values, proofs.trace_check) for NaN comparisons.
Each rule is first shown bad with numpy at a hand-built profile; then no prover may call
it *proved*.

Finding (``xfail(strict=True)``): float64 overflow. The unstabilised softmax pool
``Σ e^{b_j} p_j / Σ e^{b_j}`` is proved *valid* (every output finite) at n = k = 2 and for
every size, yet numpy returns NaN (inf/inf) at b = (1000, 0), an extreme bid the validity
definition includes. Trace validation skips exactly the profiles numpy overflows on (the
bid near 1e300), so only docs/proofs.md's "Exact real arithmetic" assumption covers it.
Its monotonicity is unaffected (a NaN row takes part in no comparison), but the pool
times ``√(e^m) / e^{m/2}`` (m = max bid; exactly 1) is +inf in numpy from b = (1000, 0)
and is proved coordinatewise monotone and valid at n = k = 2 (the all-sizes prover does
not prove it): numpy goes from q(0) = 0.49957… at b = (700, 0) to +inf. The xfails stay on the
prover, which is about real arithmetic; ``certify`` on the float64 question refutes both
rules through its spot check at float64's edges (tests/test_certify_float64_edges.py).

Held (ordinary tests): ±inf only at one total bid or at a zero bid is never proved
monotone or valid; a NaN compared with ``>=`` (False in numpy) doubling the pool is
refuted, and not proved valid.

Probed and consistent with docs/definitions.md (not traps): ``maximum``/``clip`` of a
0/0 NaN times the pool is proved monotone (a NaN row takes part in no comparison) and not
proved valid; ``(0/0) ** 0`` is 1 in numpy, and the pool times it is proved valid, rightly.
"""

import array_api_compat
import numpy as np
import pytest

from proofs import PROVED, prove_all_sizes, prove_monotone
from proofs.validity import prove_validity

# the traps divide by zero on purpose (``where`` evaluates both branches)
pytestmark = pytest.mark.filterwarnings("ignore:divide by zero:RuntimeWarning",
                                        "ignore:invalid value:RuntimeWarning")

#: Seconds per prover call; each trap here is decided in under a second today.
BUDGET = 20.0
#: p_0 = (1/2, 1/2), p_1 = (1/5, 4/5).
P = np.array([[0.5, 0.5], [0.2, 0.8]])


def _xp(*arrays):
    return array_api_compat.array_namespace(*arrays)


def _pool(p, w):
    """q = Σ_j w_j p_j / Σ_j w_j."""
    xp = _xp(p, w)
    return xp.sum(w[:, None] * p, axis=0) / xp.sum(w)


def neg_inf_at_one_total_bid(p, b):
    """The pool of weights 1 + b, plus −1/(Σb − 2.25)² · mean_j p_j exactly where Σb = 2.25
    (−1/(+0) = −inf there, on full-support rows every token), 0 elsewhere."""
    xp = _xp(p, b)
    gap = xp.sum(b) - 2.25
    return _pool(p, 1.0 + b) + xp.where(gap == 0, -1.0 / (gap * gap), 0.0) * xp.mean(p, axis=0)


def inf_at_a_zero_bid(p, b):
    """The pool of weights 1 + b, plus (1/min_j b_j) · mean_j p_j exactly where the least bid is
    0 (+inf there: 1/(+0)), 0 elsewhere."""
    xp = _xp(p, b)
    least = xp.min(b)
    return _pool(p, 1.0 + b) + xp.where(least == 0, 1.0 / least, 0.0) * xp.mean(p, axis=0)


def doubled_where_nan_compares_false(p, b):
    """t = (Σb − 2.25)/(Σb − 2.25): 1, or 0/0 = NaN at Σb = 2.25, where ``t >= 1`` is False in
    numpy (IEEE: every ordered comparison with NaN is False), so q = 2 · pool there. An
    encoding of ``x >= 1`` as ``not (x < 1)`` would see the pool everywhere."""
    xp = _xp(p, b)
    gap = xp.sum(b) - 2.25
    return xp.where(gap / gap >= 1.0, 1.0, 2.0) * _pool(p, 1.0 + b)


def test_neg_inf_trap_violates_coordinatewise_monotonicity():
    """At b = (1, 1.25), q = (−inf, −inf); agent 0 raising its bid to 2 gives the pool of weights
    (3, 2.25): q'(1) = (0.5·3 + 0.8·2.25)/5.25 = 0.628…, above the interval [q(1), p_01] = [−inf, 1/2]."""
    with np.errstate(divide="ignore"):
        q = neg_inf_at_one_total_bid(P, np.array([1.0, 1.25]))
    q_new = neg_inf_at_one_total_bid(P, np.array([2.0, 1.25]))
    assert np.all(np.isneginf(q))
    assert q_new[1] == pytest.approx((0.5 * 3 + 0.8 * 2.25) / 5.25, abs=1e-15)
    assert q_new[1] > max(P[0, 1], q[1])


def test_inf_trap_violates_coordinatewise_monotonicity():
    """At b = (0, 1), q = (+inf, +inf); agent 0 raising its bid to 1 gives the pool of weights
    (2, 2): q' = (0.35, 0.65). q'(0) = 0.35 lies below the interval [p_00, q(0)] = [1/2, inf]."""
    with np.errstate(divide="ignore"):
        q = inf_at_a_zero_bid(P, np.array([0.0, 1.0]))
    q_new = inf_at_a_zero_bid(P, np.array([1.0, 1.0]))
    assert np.all(np.isposinf(q))
    assert q_new == pytest.approx([0.35, 0.65], abs=1e-15)
    assert q_new[0] < min(P[0, 0], q[0])


def test_nan_comparison_trap_sums_to_two_at_one_total_bid():
    with np.errstate(invalid="ignore"):
        q = doubled_where_nan_compares_false(P, np.array([1.0, 1.25]))
    # the pool of weights (2, 2.25): (0.5·2 + 0.2·2.25)/4.25 + (0.5·2 + 0.8·2.25)/4.25 = 1, doubled
    assert q.sum() == pytest.approx(2.0, abs=1e-12)
    assert doubled_where_nan_compares_false(P, np.array([1.0, 2.0])).sum() == pytest.approx(1.0, abs=1e-12)


@pytest.mark.parametrize("rule", [inf_at_a_zero_bid, neg_inf_at_one_total_bid])
def test_monotonicity_is_never_proved_with_an_infinite_output(rule):
    assert prove_monotone(rule, "coordinatewise", 2, 2, timeout=BUDGET).verdict != PROVED
    assert prove_all_sizes(rule, timeout=BUDGET).verdict != PROVED


@pytest.mark.parametrize("rule", [inf_at_a_zero_bid, neg_inf_at_one_total_bid, doubled_where_nan_compares_false])
@pytest.mark.parametrize("size", [2, None])
def test_validity_is_never_proved_for_a_rule_invalid_at_one_profile(rule, size):
    assert prove_validity(rule, size, size, timeout=BUDGET).verdict != PROVED


def test_nan_comparison_trap_violates_coordinatewise_monotonicity():
    """At b = (1, 1.25), q = 2 · pool = (0.682…, 1.317…); agent 0 raising to 2 gives the pool
    q' = (0.371…, 0.628…): q'(0) lies below the interval [p_00, q(0)] = [1/2, 0.682…]."""
    with np.errstate(invalid="ignore"):
        q = doubled_where_nan_compares_false(P, np.array([1.0, 1.25]))
    q_new = doubled_where_nan_compares_false(P, np.array([2.0, 1.25]))
    assert q[0] == pytest.approx(2 * (0.5 * 2 + 0.2 * 2.25) / 4.25, abs=1e-15)
    assert q_new[0] == pytest.approx((0.5 * 3 + 0.2 * 2.25) / 5.25, abs=1e-15)
    assert q_new[0] < min(P[0, 0], q[0])


def test_nan_comparison_trap_is_never_proved_monotone():
    assert prove_monotone(doubled_where_nan_compares_false, "coordinatewise", 2, 2, timeout=BUDGET).verdict != PROVED
    assert prove_all_sizes(doubled_where_nan_compares_false, timeout=BUDGET).verdict != PROVED


# ------------------------------------------------ finding: float64 overflow and "validity"


def unstabilised_softmax_pool(p, b):
    """q = Σ_j e^{b_j} p_j / Σ_j e^{b_j}, without the max shift: a distribution in exact reals,
    but e^{710} overflows float64, so numpy gives inf/inf = NaN once a bid reaches 710."""
    xp = _xp(p, b)
    w = xp.exp(b)
    return xp.sum(w[:, None] * p, axis=0) / xp.sum(w)


def test_unstabilised_softmax_pool_is_nan_at_an_extreme_bid():
    with np.errstate(over="ignore", invalid="ignore"):
        assert np.all(np.isnan(unstabilised_softmax_pool(P, np.array([1000.0, 0.0]))))
    # exactly: e^{1000} dominates, q = p_0 up to e^{-1000}; numpy's stabilised form agrees
    stabilised = np.exp(np.array([0.0, -1000.0]))
    assert np.allclose(stabilised @ P / stabilised.sum(), P[0], atol=1e-300)


@pytest.mark.xfail(strict=True, reason="red team 4: validity (every output finite, docs/definitions.md#validity, "
                   "'extreme bids' included) is proved for a pool whose float64 weights overflow to NaN at "
                   "b = (1000, 0); trace validation skips the profiles numpy overflows on (the 1e300 bid), and "
                   "docs/proofs.md's 'Exact real arithmetic' assumption is the only cover")
@pytest.mark.parametrize("size", [2, None])
def test_validity_is_never_proved_for_a_rule_that_overflows_to_nan(size):
    assert prove_validity(unstabilised_softmax_pool, size, size, timeout=BUDGET).verdict != PROVED


def pool_times_overflowing_one(p, b):
    """The pool of weights 1 + b times √(e^m) / e^{m/2} with m = max_j b_j: exactly 1, but for
    710 ≤ m < 1420 numpy's e^m overflows to +inf while e^{m/2} does not, so q = (+inf, …)."""
    xp = _xp(p, b)
    m = xp.max(b)
    return _pool(p, 1.0 + b) * (xp.sqrt(xp.exp(m)) / xp.exp(m / 2))


def test_overflowing_one_violates_coordinatewise_monotonicity():
    """Agent 0 raising 700 → 1000 (b_1 = 0): q = pool of weights (701, 1), q(0) = (0.5·701 + 0.2)/702
    = 0.49957…; then q'(0) = +inf, above the interval [q(0), p_00] = [0.49957…, 1/2]."""
    with np.errstate(over="ignore"):
        q = pool_times_overflowing_one(P, np.array([700.0, 0.0]))
        q_new = pool_times_overflowing_one(P, np.array([1000.0, 0.0]))
    assert q[0] == pytest.approx((0.5 * 701 + 0.2) / 702, rel=1e-12)
    assert np.all(np.isposinf(q_new)) and q_new[0] > max(P[0, 0], q[0])


@pytest.mark.xfail(strict=True, reason="red team 4: coordinatewise monotonicity at n = k = 2 (and validity) is "
                   "proved for a rule that is exactly the pool but +inf in float64 from b = (1000, 0) (e^m overflows, "
                   "e^{m/2} does not); validation skips overflowing profiles; docs/proofs.md's 'Exact real "
                   "arithmetic' assumption is the only cover")
@pytest.mark.parametrize("prove", [lambda rule: prove_monotone(rule, "coordinatewise", 2, 2, timeout=BUDGET),
                                   lambda rule: prove_validity(rule, 2, 2, timeout=BUDGET)],
                         ids=["monotone", "validity"])
def test_fixed_size_proofs_never_prove_a_rule_that_overflows_to_inf(prove):
    assert prove(pool_times_overflowing_one).verdict != PROVED
