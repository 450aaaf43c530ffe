"""Red-team traps, fifth round: InvalidInput guards as a claim's domain, log1p/expm1, certify's float64 spot check.

Targets (docs/proofs.md §3.2 and §5): validity proved "where the rule does not raise
InvalidInput" at a fixed size and for every size, ``log1p``/``expm1`` in the fixed-size
namespace, and ``certify``'s float64 spot check at float64's edges
(``properties.strategies.extreme_profiles``). Every rule is first shown bad with numpy at a
hand-built profile; then the verdict it must never get is asserted.

Findings (``xfail(strict=True)`` until fixed):

1. For every size the guard is validated in float64, not exactly. ``trace_validation``
   evaluates the traced program's guard nodes with numpy, so they agree with the rule's
   raise by construction, while the Z3 queries use the guard's real value. A guard
   ``x − ((1 + x) − 1) > 0`` (``x = 10^{-30} Σb``) is 0 in real arithmetic, so the stated
   domain is empty and any output is "proved" valid; numpy never raises at positive bids
   and returns twice the pool. The fixed-size prover, whose validation evaluates the guard
   exactly, says *unknown* (held below). (Fixed: the all-sizes prover also checks the guards
   it relies on exactly at n = k = 2 and n = 3, k = 2; an ordinary test now.)
2. At a fixed size the guard is exact and numpy's raise is float64: the spread pool
   (weights ``(b_i − m)²`` over ``n·var``, ``var = mean(b²) − m²``, undefined at tied bids)
   is proved valid at n = 3, k = 2 "where the rule does not raise", yet at tied bids
   ``0.9337…`` numpy's ``var`` is 1.1e-16 > 0, it does not raise and returns (0, 0). The
   validation's tied bids are 1.5, where float64's variance is exactly 0.
3. (Fixed during this round by 9913875, extremes stop at 1e290; ordinary tests now.)
   certify's validity spot check stopped at the first extreme profile: the validity search
   scales bids by 1e9 (``_validity_bids``), and ``10^300 · 10^9`` does not convert to a
   float (OverflowError). The fuzz check ended *unknown* with that error, which counted as
   the float64 run, and certify said *proved*; the tiny-probability rows after it, and
   every drawn profile, were never tried. A pool times ``m²/m²`` (m = least probability: NaN
   in float64 below 1.5e-162) was *proved* valid in float64 at n = k = 2 and for every size.
   Still open: a fuzz check that stops with an error counts as the spot check (certify's
   ``_answered``).
4. Wrong *refuted* in real arithmetic: ``pool · log(1 + s)/log1p(s)`` (s = Σb) is exactly the
   pool over the reals, and the fixed-size prover proves it valid at n = k = 2; for every
   size certify's real-arithmetic fuzzer refutes it at b = 1e-12, where ``log(1 + s)``'s
   rounding is still above the tolerance in ``np.longdouble`` (relative 4e-9), the only
   confirmation the real question asks for.

5. The float64 question at every size is answered by a real-arithmetic proof and a spot
   check at n = k = 2 (extremes) and n <= 4, k <= 8 (draws): ``c·pool(1 + b) + (1 − c)·pool(1/(1 + b))``
   with ``c = (n·10^15 + 1) − n·10^15`` (1 over the reals, 0 in float64 from n = 10) is
   *proved* coordinatewise monotone by certify, yet at n = 10 agent 0's bid 0 → 1 moves q_0
   from 1/10 to 1/19 with p_00 = 1.
6. Under a bid cap the spot check searches outside it (``find_counterexample`` gets no
   ``bid_max``; the validity search also tries the bids times 1e9), stops at the first
   violation, which is out of the domain, so vetting drops it (*unknown*) and certify says
   *proved*; ``pool · log(1 + s)/log1p(s)``, NaN beyond s = 1.8e8, is proved valid with
   ``bid_max = 100`` though its total is 1.0000889 at b = (1e-12, 0).

Held (ordinary tests): guards do not narrow (or reach) the monotonicity provers, and a
reversal only where the rule raises is not refuted; a rule that catches its own InvalidInput and returns an invalid
output is never proved valid (fixed size or every size); a guard of ``1/min b`` (+inf at a
zero bid, where the output is NaN) excludes nothing; the guard of finding 1 at a fixed
size; ``log1p(1e-20)/1e-20`` and ``expm1(1e-20)/1e-20`` (1 in float64, 1 ∓ 5e-21 over the
reals) times the pool are not proved valid; and ``log1p(expm1(b))``, the bid itself over the reals but +inf beyond a bid of 709.8,
is refuted in float64 by certify's spot check, as is a pool that
steps by 1e-6 between the binades of (Σb)² for Σb in (5e9, 5e11) (monotonicity at n = k = 2).
"""

import mechanisms
import mpmath
import numpy as np
import properties
import pytest
from mechanisms.validation import check_positive_total
from proofs import PROVED, REFUTED, prove_monotone
from proofs.validity import prove_validity
from tokenauction.certify import Question, certify

# the traps divide by zero and overflow on purpose (``where`` evaluates both branches)
pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")

# BUDGET: seconds per prover call; P: p_0 = (1/2, 1/2), p_1 = (1/5, 4/5); _pool: q = Σ_j w_j p_j / Σ_j w_j
from test_traps_redteam4 import BUDGET, P, _pool, _xp  # noqa: E402


def _certify(rule, prop, n=2, k=2, arithmetic="float64"):
    return certify(rule, Question(property=prop, agents=n, tokens=k, timeout=60, arithmetic=arithmetic),
                   name=getattr(rule, "__name__", type(rule).__name__))


# ------------------------------------------------------------------ guards


def guard_zero_in_real_arithmetic(p, b):
    """Twice the pool of weights 1 + b, guarded by ``x − ((1 + x) − 1) > 0`` with x = 1e-30 Σb:
    0 over the reals (every input excluded), x in float64 (numpy raises only at zero bids)."""
    xp = _xp(p, b)
    x = xp.sum(b) * 1e-30
    check_positive_total(x - ((1.0 + x) - 1.0), "the total vanishes")
    return 2.0 * _pool(p, 1.0 + b)


def spread_pool(p, b):
    """Weights (b_i − m)² over n·var with the one-pass var = mean(b²) − m² (m = mean bid): a
    distribution where var > 0, undefined (raises) where the bids tie."""
    xp = _xp(p, b)
    m = xp.mean(b)
    var = xp.mean(b * b) - m * m
    check_positive_total(var, "all bids are tied: the spread pool is undefined")
    d = b - m
    return xp.sum((d * d)[:, None] * p, axis=0) / (xp.sum(xp.ones_like(b)) * var)


def catches_its_own_invalid_input(p, b):
    """The pool of weights b; where its guard raises (all bids zero) it catches InvalidInput
    and returns 2 p_0 instead (total 2)."""
    xp = _xp(p, b)
    try:
        check_positive_total(xp.sum(b), "all bids are zero")
    except mechanisms.InvalidInput:
        return 2.0 * p[0, :]
    return _pool(p, b)


def guard_infinite_at_a_zero_bid(p, b):
    """The pool of weights b times 1 + 0·(1/min b), guarded by Σb > 0 and 1/min b > 0: the
    second holds in numpy at a zero bid (+inf > 0), where the output is 0·inf = NaN."""
    xp = _xp(p, b)
    check_positive_total(xp.sum(b), "all bids are zero")
    inverse = 1.0 / xp.min(b)
    check_positive_total(inverse, "the least bid's inverse is not positive")
    return _pool(p, b) * (1.0 + 0.0 * inverse)


def test_guard_traps_are_invalid_where_numpy_does_not_raise():
    """At b = (1, 0) numpy raises for none of them: twice the pool sums to 2, the guard of
    1/min b lets NaN through. At three tied bids 0.9337415654915321, float64's one-pass
    variance is 2^-53 > 0 (exactly 0 over the reals) and every d = b − m is 0, so the spread
    pool returns (0, 0). At zero bids the catching rule returns 2 p_0."""
    assert np.sum(guard_zero_in_real_arithmetic(P, np.array([1.0, 0.0]))) == pytest.approx(2.0)
    assert np.all(np.isnan(guard_infinite_at_a_zero_bid(P, np.array([1.0, 0.0]))))
    tied = np.full(3, 0.9337415654915321)
    assert np.mean(tied * tied) - np.mean(tied) ** 2 > 0
    assert np.all(spread_pool(np.vstack([P, [[0.9, 0.1]]]), tied) == 0.0)
    assert np.sum(catches_its_own_invalid_input(P, np.zeros(2))) == pytest.approx(2.0)
    with pytest.raises(mechanisms.InvalidInput, match="vanishes"):
        guard_zero_in_real_arithmetic(P, np.zeros(2))


def test_a_guard_that_is_zero_over_the_reals_is_never_proved_for_every_size():
    """The traced guard is identically false over the reals, so every query is unsat on an
    empty domain; numpy never raises at positive bids and returns a total of 2 there."""
    assert prove_validity(guard_zero_in_real_arithmetic, None, None, timeout=BUDGET).verdict != PROVED


def test_a_guard_that_is_zero_over_the_reals_is_never_proved_at_a_fixed_size():
    """The fixed-size validation evaluates the guard exactly (0: fails) where numpy returns an output."""
    verdict = prove_validity(guard_zero_in_real_arithmetic, 2, 2, timeout=BUDGET)
    assert verdict.verdict != PROVED
    assert "traced guard" in verdict.reason


def test_a_guard_that_rounds_positive_at_tied_bids_is_never_proved():
    """See finding 2: the claim's domain "where the rule does not raise InvalidInput" is not
    where numpy raises; the validation's tied bids (1.5) round to exactly 0."""
    assert prove_validity(spread_pool, 3, 2, timeout=BUDGET).verdict != PROVED


@pytest.mark.parametrize("n, k", [(2, 2), (None, None)])
@pytest.mark.parametrize("rule", [catches_its_own_invalid_input, guard_infinite_at_a_zero_bid])
def test_a_guard_numpy_does_not_honour_is_never_proved(rule, n, k):
    """A rule that swallows its own InvalidInput answers where the traced guard fails; a guard
    that is +inf in numpy does not exclude the zero bid its NaN is at."""
    assert prove_validity(rule, n, k, timeout=BUDGET).verdict != PROVED


def reversed_where_undefined(p, b):
    """The pool of weights 1 + b where Σb > 2 and of the reversed weights 1/(1 + b) elsewhere,
    where it raises (guard Σb − 2 > 0): non-monotone only on inputs outside its domain."""
    xp = _xp(p, b)
    s = xp.sum(b)
    check_positive_total(s - 2.0, "the total bid is at most 2")
    return _pool(p, xp.where(s > 2.0, 1.0 + b, 1.0 / (1.0 + b)))


def test_a_violation_only_where_the_rule_raises_is_never_refuted():
    """Guards do not reach the monotonicity provers, so Z3 finds the reversal at Σb <= 2; its
    candidate raises InvalidInput in numpy and must not refute. Where defined the rule is the
    monotone pool: p = one-hot rows, b = (2, 1) to (3, 1) raises q_0 from 3/5 to 4/6."""
    onehot = np.eye(2)
    with pytest.raises(mechanisms.InvalidInput, match="at most 2"):
        reversed_where_undefined(onehot, np.array([1.0, 0.5]))
    assert reversed_where_undefined(onehot, np.array([2.0, 1.0]))[0] == pytest.approx(3 / 5)
    assert reversed_where_undefined(onehot, np.array([3.0, 1.0]))[0] == pytest.approx(4 / 6)
    assert prove_monotone(reversed_where_undefined, "coordinatewise", 2, 2, timeout=BUDGET).verdict != REFUTED


# ------------------------------------------------------------------ certify's float64 spot check


def pool_times_underflowing_one(p, b):
    """The pool of weights 1 + b times m²/m² (m = least probability; 1 where m = 0): exactly 1
    over the reals, 0/0 = NaN in float64 once m² underflows (m below 1.5e-162)."""
    xp = _xp(p, b)
    m = xp.min(p)
    return _pool(p, 1.0 + b) * xp.where(m > 0, (m * m) / (m * m), 1.0)


def test_the_underflow_trap_is_nan_at_tiny_probabilities():
    """Rows (1 − e, e) and (e, 1 − e), bids (1, 1): m² = 0 in float64 for e = 1e-200 and 1e-300;
    at ordinary probabilities the factor is 1."""
    for tiny in (1e-200, 1e-300):
        rows = np.array([[1.0 - tiny, tiny], [tiny, 1.0 - tiny]])
        assert np.all(np.isnan(pool_times_underflowing_one(rows, np.ones(2))))
    assert np.allclose(pool_times_underflowing_one(P, np.ones(2)), _pool(P, np.full(2, 2.0)))


def test_the_validity_spot_check_runs_to_the_end():
    """linear is valid; its spot check must end with "no counterexample", not an error
    (finding 3: the 1e300 extreme times the validity search's 1e9 stopped it)."""
    result = _certify(mechanisms.linear, "validity")
    assert result.verdict == "proved", result.checks
    spot = [c for c in result.checks if c.kind == "fuzz"]
    assert spot and "no counterexample" in spot[0].detail, spot


@pytest.mark.parametrize("n, k", [(2, 2), (None, None)])
def test_a_rule_nan_at_tiny_probabilities_is_never_certified_valid_in_float64(n, k):
    """The real-arithmetic proof is right; the float64 question is not answered by it: the
    spot check reaches the 1e-300 rows and refutes with a counterexample that replays."""
    result = _certify(pool_times_underflowing_one, "validity", n, k)
    assert result.verdict == "refuted", result.checks
    assert properties.replay(pool_times_underflowing_one, result.counterexample) > properties.TOLERANCE


def reversed_from_ten_agents(p, b):
    """c·pool(1 + b) + (1 − c)·pool(1/(1 + b)) with c = (n·10^15 + 1) − n·10^15 (n = Σ 1): c = 1
    over the reals, the monotone pool; in float64 c = 0 from n = 10 (10^16 + 1 rounds to 10^16)
    and the weights are reversed."""
    xp = _xp(p, b)
    big = xp.sum(xp.ones_like(b)) * 1e15
    c = (big + 1.0) - big
    return c * _pool(p, 1.0 + b) + (1.0 - c) * _pool(p, 1.0 / (1.0 + b))


def cancelled_blend(p, b):
    """pool(1 + b)·c + (1 − c)·mean_j p_j with c = ((B² + 10^12) − B²)/10^12 (B = Σb) below
    B = 5e11, else 1: the monotone pool over the reals; in float64 c steps up and down by
    about 1e-6 between the binades of B² for B in (5e9, 5e11)."""
    xp = _xp(p, b)
    total = xp.sum(b)
    c = xp.where(total < 5e11, ((total * total + 1e12) - total * total) / 1e12, 1.0)
    return _pool(p, 1.0 + b) * c + (1.0 - c) * xp.mean(p, axis=0)


def test_reversed_from_ten_agents_is_not_monotone_in_float64():
    """n = 10, agent 0 one-hot on token 0, the others on token 1, bids 0: q_0 = 1/10; agent 0
    bids 1: weights 1/2 and 1 (reversed), q_0 = (1/2)/(19/2) = 1/19 < 1/10 while p_00 = 1.
    Below ten agents c = 1 exactly: the pool of weights 1 + b."""
    p = np.zeros((10, 2))
    p[:, 1] = 1.0
    p[0] = (1.0, 0.0)
    bids = np.zeros(10)
    assert reversed_from_ten_agents(p, bids)[0] == pytest.approx(1 / 10)
    bids[0] = 1.0
    assert reversed_from_ten_agents(p, bids)[0] == pytest.approx(1 / 19)
    assert np.array_equal(reversed_from_ten_agents(p[:9], bids[:9]), _pool(p[:9], 1.0 + bids[:9]))


def test_a_rule_reversed_from_ten_agents_in_float64_is_never_certified():
    """The all-sizes proof is right over the reals; the float64 question is not answered by it."""
    assert certify(reversed_from_ten_agents, Question(timeout=60), name="reversed").verdict != "proved"


def test_a_window_of_moderate_bids_is_refuted_by_the_spot_checks_bid_paths():
    """Proved at n = k = 2 over the reals; the spot check's paths through (5e9, 5e11) refute it."""
    assert _certify(cancelled_blend, "monotonicity").verdict == "refuted"


# ------------------------------------------------------------------ log1p / expm1


def log_over_log1p(p, b):
    """The pool of weights 1 + b times log(1 + s)/log1p(s) (s = Σb; 1 where s = 0): exactly the
    pool over the reals; in float64 log(1 + s) loses s's digits (0 for s below 1.1e-16)."""
    xp = _xp(p, b)
    s = xp.sum(b)
    return _pool(p, 1.0 + b) * xp.where(s > 0, xp.log(1.0 + s) / xp.log1p(s), 1.0)


def log1p_of_expm1(p, b):
    """The pool of weights 1 + log1p(expm1(b)), i.e. 1 + b over the reals; expm1 overflows to
    +inf beyond b = 709.78, so at b = (1000, 0) numpy's output is inf/inf = NaN."""
    xp = _xp(p, b)
    return _pool(p, 1.0 + xp.log1p(xp.expm1(b)))


def test_log1p_traps_are_float64_artefacts():
    """log(1 + 1e-20) is 0 in float64 (the output is 0), log1p is not; the ratio at s = 1e-12
    is 1.0000889 in float64 and 1 − 4e-9 in long double, 1 over the reals (|log(1+s) − s + s²/2| ≤ s³)."""
    assert np.all(log_over_log1p(P, np.array([1e-20, 0.0])) == 0.0)
    s = 1e-12
    assert np.log(1.0 + s) / np.log1p(s) == pytest.approx(1.0000889, rel=1e-7)
    assert np.all(np.isnan(log1p_of_expm1(P, np.array([1000.0, 0.0]))))
    assert np.allclose(log1p_of_expm1(P, np.array([3.0, 0.0])), _pool(P, np.array([4.0, 1.0])))


def pool_times_log1p_ratio(p, b):
    """The pool of weights 1 + b times log1p(1e-20)/1e-20 (an expression in b, so traced): 1 in
    float64, 1 − 5e-21 over the reals (log1p(x) = x − x²/2 + …), so the total is not 1."""
    xp = _xp(p, b)
    return _pool(p, 1.0 + b) * (xp.log1p(1e-20 + 0.0 * xp.sum(b)) / 1e-20)


def pool_times_expm1_ratio(p, b):
    """The same with expm1(1e-20)/1e-20: 1 in float64, 1 + 5e-21 over the reals."""
    xp = _xp(p, b)
    return _pool(p, 1.0 + b) * (xp.expm1(1e-20 + 0.0 * xp.sum(b)) / 1e-20)


@pytest.mark.parametrize("rule, below_one", [(pool_times_log1p_ratio, True), (pool_times_expm1_ratio, False)])
def test_a_log1p_constant_is_not_rounded_to_float64_in_a_proof(rule, below_one):
    """Over the reals the factor differs from 1 by 5e-21 (mpmath at 50 digits), which float64
    rounds away: validity is a float64 fact here, and a real-arithmetic proof would be wrong."""
    with mpmath.workdps(50):
        ratio = (mpmath.log1p if below_one else mpmath.expm1)(mpmath.mpf("1e-20")) / mpmath.mpf("1e-20")
    assert abs(ratio - 1) == pytest.approx(5e-21, rel=1e-6) and (ratio < 1) == below_one
    assert np.sum(rule(P, np.ones(2))) == 1.0
    assert prove_validity(rule, 2, 2, timeout=BUDGET).verdict != PROVED


def test_log_over_log1p_is_proved_valid_in_real_arithmetic_and_refuted_in_float64():
    """The fixed-size prover encodes log1p(s) as log(1 + s), exactly: the ratio is 1."""
    assert prove_validity(log_over_log1p, 2, 2, timeout=BUDGET).verdict == PROVED
    result = _certify(log_over_log1p, "validity")
    assert result.verdict == "refuted", result.checks
    assert properties.replay(log_over_log1p, result.counterexample) > properties.TOLERANCE


def test_log_over_log1p_is_never_refuted_in_real_arithmetic():
    """Over the reals the rule is the pool, a distribution at every input (proved at n = k = 2)."""
    assert _certify(log_over_log1p, "validity", None, None, arithmetic="real").verdict != "refuted"


def log_ratio_overflowing(p, b):
    """:func:`log_over_log1p` times (10^300 s)/(10^300 s) above s = 10^6 (s = Σb): 1 over the reals,
    inf/inf = NaN in float64 from s = 1.8e8."""
    xp = _xp(p, b)
    s = xp.sum(b)
    big = s * 1e300
    return log_over_log1p(p, b) * xp.where(s > 1e6, big / big, 1.0)


def test_log_ratio_overflowing_is_invalid_inside_and_outside_a_bid_cap_of_100():
    """Inside the cap: total 1.0000889 at b = (1e-12, 0). Outside: NaN at b = (1e9, 0)."""
    assert np.sum(log_ratio_overflowing(P, np.array([1e-12, 0.0]))) == pytest.approx(1.0000889, rel=1e-7)
    assert np.all(np.isnan(log_ratio_overflowing(P, np.array([1e9, 0.0]))))


def test_an_in_domain_float64_violation_is_never_certified_valid_under_a_bid_cap():
    """Over the reals the rule is the pool (proved at n = k = 2, bids <= 100); in float64 it is
    not a distribution at b = (1e-12, 0), inside the cap."""
    result = certify(log_ratio_overflowing, Question(property="validity", agents=2, tokens=2, bid_max=100.0,
                                                     timeout=60), name="log_ratio_overflowing")
    assert result.verdict != "proved", result.checks


def test_expm1_overflow_is_refuted_by_the_float64_spot_check():
    """The overflow at b = 1000 is among the extreme profiles tried first."""
    result = _certify(log1p_of_expm1, "validity")
    assert result.verdict == "refuted", result.checks
    assert properties.replay(log1p_of_expm1, result.counterexample) > properties.TOLERANCE
