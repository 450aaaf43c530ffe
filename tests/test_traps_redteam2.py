"""Red-team traps, second round: plain numpy and torch rules against the prover (issue 9).

The first round (tests/test_traps_redteam.py) read sizes as values and swallowed refusals in
threads; this round goes through the numpy and torch frontends and the dictator (first-argmax)
summary. Every rule here is shown non-monotone with numpy (coordinatewise, docs/definitions.md:
after agent 0 raises its bid, some token's probability leaves the interval between its old
value and agent 0's own probability), and no prover may call it *proved*.

The traps aim at the all-sizes abstraction, whose agent classes {i, J} and token classes
{t, u, V} are blind to *order*: reversing an axis (``x[::-1]``, ``torch.flip``) permutes
positions, which the classes would silently absorb; a first-argmax of a quantity that falls
in the bid, or torch's ``min(x, dim).indices`` (the lowest bidder); and sizes compared through
exceptions: ``p * b``, ``p @ b`` and ``einsum("ik,k->i")`` broadcast an agent axis against the
token axis, which numpy accepts exactly when n == k (no validation size has n == k), so a rule
that catches the error takes a different branch there; IEEE corners that real arithmetic does
not have (0 * log 0 = NaN, NaN != NaN, a float32 cast flushing 1e-50 to 0); and a softmax along
the token axis. All are held today: the reversal, the broadcast and the float32 cast are
refused, the others left unknown; none is *proved* at every size or at n = k = 2.

Findings (wrong *proved* before the fix, regression tests now): a rule that branches on a
floating-point *exception* numpy raises only on concrete arrays. Under
``np.errstate(over="raise")`` (or ``under="raise"``, or ``warnings.simplefilter("error")``),
``np.exp(b * 1e-100)`` raises once some bid exceeds 7.1e102, and ``p * 1e-300`` once some
probability is below 2.2e-8; the symbolic arrays never raise, so the trace recorded only the
``try`` branch, and the all-sizes argument, the fixed-size prover (array-API form) and
``certify`` said *proved* for a rule whose ``except`` branch reverses the weights. Fixed: both
tracers refuse any operation while floating-point events would raise
(``proofs.extended.observable_float_events``), and validation includes a bid near 1e300 and
probabilities near 1e-9 and 5e-324.
"""

import warnings

import array_api_compat
import numpy as np
import pytest
import torch

from violations import coordinatewise_excess, one_hot_rows
from proofs import PROVED, prove_all_sizes, prove_monotone
from tokenauction.certify import Question, certify

#: Seconds per prover call: every trap here is refused or left unknown in about a second.
BUDGET = 8.0


def _pool(p, w):
    """Linear pool q = sum_j w_j p_j / sum_j w_j (numpy or torch)."""
    return w @ p / w.sum()


def _pool_by_raise_direction(p, b, reversed_: bool):
    """w = 1 + b (monotone) or, when ``reversed_``, w = 1 / (1 + b): raising a bid lowers its weight."""
    return _pool(p, 1.0 / (1.0 + b) if reversed_ else 1.0 + b)


# ----------------------------------------------------------------- order that the classes cannot see


def reversed_tokens(p, b):
    """The monotone pool with its tokens reversed: q'_t is pool_{k-1-t}, which follows agent i's
    probability of another token (a token permutation the classes t, u, V would absorb)."""
    return _pool(p, 1.0 + b)[::-1]


def reversed_tokens_in_torch(p, b):
    """The same reversal with ``torch.flip`` along the token axis."""
    p, b = torch.as_tensor(p), torch.as_tensor(b)
    return torch.flip(_pool(p, 1.0 + b), dims=(0,))


def reversed_weights(p, b):
    """Agent a's distribution weighted by 1 + b_{n-1-a}: raising b_0 lifts the last agent."""
    return (1.0 + b[::-1]) @ p / (1.0 + b).sum()


def first_argmax_of_reversed_bids(p, b):
    """p[argmax(b[::-1])]: the position found in the reversed bids indexes the original agents,
    so the dictator is agent n - 1 - (last highest bidder)."""
    return p[np.argmax(b[::-1])]


def first_argmax_falling_below_one(p, b):
    """p[argmax(max(b, 1) - 1e-9 b)]: below 1 the score falls in the bid, so an agent raising
    from 0 towards 1 loses the dictatorship it held at 0 (the first maximum on a tie)."""
    return p[np.argmax(np.maximum(b, 1.0) - 1e-9 * b)]


def lowest_bidder_in_torch(p, b):
    """p[torch.min(b, 0).indices]: the first lowest bidder is the dictator."""
    p, b = torch.as_tensor(p), torch.as_tensor(b)
    return p[torch.min(b, 0).indices]


ORDER_TRAPS = [reversed_tokens, reversed_tokens_in_torch, reversed_weights, first_argmax_of_reversed_bids,
               first_argmax_falling_below_one, lowest_bidder_in_torch]


# ----------------------------------------------------------------- n == k through a caught error


def _raises_on(operation, *exceptions) -> bool:
    """Whether ``operation()`` raised one of ``exceptions``: the rule swallows the exception
    and branches on it (numpy's ValueError, torch's RuntimeError, the tracer's own errors, a
    floating-point error)."""
    try:
        operation()
    except exceptions:
        return True
    return False


def n_equals_k_by_broadcasting(p, b):
    """Reversed weights when p * b broadcasts, i.e. n == k (b along the token axis)."""
    return _pool_by_raise_direction(p, b, not _raises_on(lambda: p * b, Exception))


def n_equals_k_by_matmul(p, b):
    """Reversed weights when p @ b is defined, i.e. n == k."""
    return _pool_by_raise_direction(p, b, not _raises_on(lambda: p @ b, Exception))


def n_equals_k_by_einsum(p, b):
    """Reversed weights when einsum("ik,k->i", p, b) is defined, i.e. n == k."""
    return _pool_by_raise_direction(p, b, not _raises_on(lambda: np.einsum("ik,k->i", p, b), Exception))


def n_equals_k_by_torch_broadcasting(p, b):
    """Reversed weights when torch broadcasts p * b (RuntimeError otherwise), i.e. n == k."""
    p, b = torch.as_tensor(p), torch.as_tensor(b)
    return _pool_by_raise_direction(p, b, not _raises_on(lambda: p * b, Exception))


N_EQUALS_K_TRAPS = [n_equals_k_by_broadcasting, n_equals_k_by_matmul, n_equals_k_by_einsum,
                    n_equals_k_by_torch_broadcasting]


# ----------------------------------------------------------------- IEEE corners: NaN and float32


def nan_entropy_in_numpy(p, b):
    """Reversed weights for agents whose sum_t p_t log p_t is NaN, i.e. with some p_t = 0:
    numpy's 0 * log 0 is 0 * (-inf) = NaN, not the 0 of the information-theory convention."""
    h = np.sum(p * np.log(p), axis=1)
    return _pool(p, np.where(np.isnan(h), 1.0 / (1.0 + b), 1.0 + b))


def nan_entropy_in_torch(p, b):
    """The same in torch, read through NaN's self-inequality (h == h is False)."""
    p, b = torch.as_tensor(p), torch.as_tensor(b)
    h = (p * torch.log(p)).sum(dim=1)
    return _pool(p, torch.where(h == h, 1.0 + b, 1.0 / (1.0 + b)))


def flushed_in_float32(p, b):
    """Reversed weights for agents with a probability that is positive in float64 and flushed
    to 0 in float32 (below about 1e-45)."""
    p, b = torch.as_tensor(p), torch.as_tensor(b)
    flushed = (p.to(torch.float32).amin(dim=1) == 0) & (p.amin(dim=1) > 0)
    return _pool(p, torch.where(flushed, 1.0 / (1.0 + b), 1.0 + b))


def softmax_along_tokens(p, b):
    """mean_a softmax_t(b_a p_at): the softmax along the token axis (dim=1, not the agents')
    sharpens agent a's distribution towards its mode as b_a grows, past p_a itself."""
    p, b = torch.as_tensor(p), torch.as_tensor(b)
    return torch.softmax(b[:, None] * p, dim=1).mean(dim=0)


IEEE_TRAPS = [nan_entropy_in_numpy, nan_entropy_in_torch, flushed_in_float32]


# ----------------------------------------------------------------- findings: a caught FP exception


def overflow_raises(p, b):
    """Reversed weights once np.exp(b * 1e-100) overflows, i.e. some bid exceeds 7.1e102,
    detected as the FloatingPointError of ``np.errstate(over="raise")``."""
    with np.errstate(over="raise"):
        reversed_ = _raises_on(lambda: np.exp(b * 1e-100), FloatingPointError)
    return _pool_by_raise_direction(p, b, reversed_)


def overflow_raises_in_the_array_api(p, b):
    """The same written against the array API namespace, which the fixed-size prover reads."""
    xp = array_api_compat.array_namespace(p, b)
    with np.errstate(over="raise"):
        reversed_ = _raises_on(lambda: xp.exp(b * 1e-100), FloatingPointError)
    w = 1.0 / (1.0 + b) if reversed_ else 1.0 + b
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(w, axis=-1)[..., None]


def overflow_warning_as_error(p, b):
    """The overflow again, caught as numpy's RuntimeWarning turned into an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        reversed_ = _raises_on(lambda: np.exp(b * 1e-100), RuntimeWarning)
    return _pool_by_raise_direction(p, b, reversed_)


def underflow_raises(p, b):
    """Reversed weights once p * 1e-300 underflows (a subnormal result), i.e. some probability
    lies in (0, 2.2e-8): ``np.errstate(under="raise")``."""
    with np.errstate(under="raise"):
        reversed_ = _raises_on(lambda: p * 1e-300, FloatingPointError)
    return _pool_by_raise_direction(p, b, reversed_)


FP_EXCEPTION_FINDINGS = [overflow_raises, overflow_raises_in_the_array_api, overflow_warning_as_error,
                         underflow_raises]


@pytest.mark.parametrize("rule", [overflow_raises, overflow_raises_in_the_array_api, overflow_warning_as_error],
                         ids=lambda rule: rule.__name__)
def test_overflow_finding_violates_monotonicity_in_numpy(rule):
    """At b = 0 both weights are 1 (q_0 = 1/2); agent 0 bidding 1e103 gets weight 1/(1 + 1e103)
    in the reversed branch, so q'_0 = 1 / (1 + 1e103) / (1 / (1 + 1e103) + 1), p_00 = 1."""
    reversed_weight = 1.0 / (1.0 + 1e103)
    expected = 0.5 - reversed_weight / (reversed_weight + 1.0)
    assert coordinatewise_excess(rule, one_hot_rows(2, 2), np.zeros(2), 1e103) == pytest.approx(expected)


def test_underflow_finding_violates_monotonicity_in_numpy():
    """p = ((1 - e, e), (e, 1 - e)) with e = 1e-9; bids 0 then agent 0 bids 1: weights (1/2, 1),
    q'_0 = ((1 - e)/2 + e) / (3/2) < 1/2 = q_0 while p_00 = 1 - e."""
    e = 1e-9
    p = np.array([[1 - e, e], [e, 1 - e]])
    expected = 0.5 - ((1 - e) / 2 + e) / 1.5
    assert coordinatewise_excess(underflow_raises, p, np.zeros(2), 1.0) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("rule", FP_EXCEPTION_FINDINGS, ids=lambda rule: rule.__name__)
def test_fp_exception_finding_is_never_proved_for_every_size(rule):
    assert prove_all_sizes(rule, timeout=BUDGET).verdict != PROVED


def test_fp_exception_finding_is_never_proved_at_two_agents_and_two_tokens():
    assert prove_monotone(overflow_raises_in_the_array_api, n=2, k=2, timeout=BUDGET).verdict != PROVED


def test_fp_exception_finding_is_never_certified():
    assert certify(overflow_raises, Question(timeout=BUDGET)).verdict.value != PROVED


# ----------------------------------------------------------------- numpy: every trap is real


#: (rule, bids, agent 0's raised bid, the excess) on two one-hot agents and two tokens.
#: Reversals: q = (1/2, 1/2) at b = 0, and weights (2, 1) after the raise give q' = (1/3, 2/3)
#: reversed, so q'_0 = 1/3 < 1/2 while p_00 = 1. Argmax traps: the dictator moves from agent 0
#: (q = p_0 = (1, 0)) to agent 1 (q' = (0, 1)). n == k and the IEEE traps take the reversed
#: branch on these rows (for float32, the zeros are 1e-50): 1/2 - (1/2)/(1/2 + 1), as in round one.
VIOLATIONS = [
    (reversed_tokens, [0.0, 0.0], 1.0, 1 / 6),
    (reversed_tokens_in_torch, [0.0, 0.0], 1.0, 1 / 6),
    (reversed_weights, [0.0, 0.0], 1.0, 1 / 6),
    (first_argmax_of_reversed_bids, [0.0, 1.0], 2.0, 1.0),
    (first_argmax_falling_below_one, [0.0, 0.5], 0.9, 1.0),
    (lowest_bidder_in_torch, [0.0, 1.0], 2.0, 1.0),
    *[(rule, [0.0, 0.0], 1.0, 1 / 6) for rule in N_EQUALS_K_TRAPS + IEEE_TRAPS],
]


@pytest.mark.parametrize("rule, bids, bid, expected", VIOLATIONS, ids=lambda x: getattr(x, "__name__", None))
def test_trap_violates_monotonicity_in_numpy(rule, bids, bid, expected):
    p = one_hot_rows(2, 2)
    if rule is flushed_in_float32:
        p = np.where(p == 0, 1e-50, p)  # 1 - 1e-50 rounds to 1 in float64
    with np.errstate(divide="ignore", invalid="ignore"):  # log 0 and 0 * log 0, on purpose
        excess = coordinatewise_excess(rule, p, np.array(bids), bid)
    assert excess == pytest.approx(expected, rel=1e-9)


def test_softmax_along_tokens_overshoots():
    """One agent, p = (0.6, 0.4), bid 0 then 10: q = (1/2, 1/2), then softmax(6, 4), whose first
    entry 1/(1 + e^-2) = 0.88 passes p_00 = 0.6."""
    p, b = np.array([[0.6, 0.4]]), np.array([0.0])
    expected = 1.0 / (1.0 + np.exp(-2.0)) - 0.6
    assert coordinatewise_excess(softmax_along_tokens, p, b, 10.0) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("rule", N_EQUALS_K_TRAPS, ids=lambda rule: rule.__name__)
def test_n_equals_k_trap_is_the_monotone_pool_when_n_differs_from_k(rule):
    """Off the diagonal n == k the caught error selects the plain w = 1 + b pool, so only the
    prover's reading of the broadcast can expose the trap."""
    rng = np.random.default_rng(11)
    for n, k in ((1, 2), (2, 3), (3, 2), (4, 5), (6, 4)):
        p, b = rng.dirichlet(np.ones(k), n), rng.exponential(size=n)
        np.testing.assert_allclose(np.asarray(rule(p, b)), _pool(p, 1.0 + b), rtol=1e-12)


# ----------------------------------------------------------------- the prover never says proved


ALL_TRAPS = ORDER_TRAPS + N_EQUALS_K_TRAPS + IEEE_TRAPS + [softmax_along_tokens]


@pytest.mark.parametrize("rule", ALL_TRAPS, ids=lambda rule: rule.__name__)
def test_trap_is_never_proved_for_every_size(rule):
    assert prove_all_sizes(rule, timeout=BUDGET).verdict != PROVED


@pytest.mark.parametrize("rule", ALL_TRAPS, ids=lambda rule: rule.__name__)
def test_trap_is_never_proved_at_two_agents_and_two_tokens(rule):
    assert prove_monotone(rule, n=2, k=2, timeout=BUDGET).verdict != PROVED


@pytest.mark.parametrize("rule", [first_argmax_of_reversed_bids, n_equals_k_by_broadcasting],
                         ids=lambda rule: rule.__name__)
def test_trap_is_never_certified(rule):
    assert certify(rule, Question(timeout=BUDGET)).verdict.value != PROVED
