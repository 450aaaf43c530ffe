"""Trap gallery: non-monotone rules built to fool the all-sizes argument. None may be *proved*.

Each rule's docstring says why it must not be. Most are a monotone pool at every size a
prover might trace or validate (n <= 16, k <= 16) and fail only beyond, so a test that
checks finitely many sizes cannot tell them apart from a monotone rule; the argument
must cover sizes it never evaluated. Where it is cheap, the violation is shown first
with numpy at a size where it exists (an independent seeded search, or a hand-built
profile), so every trap is real.
"""

import array_api_compat
import numpy as np
import pytest

from proofs import prove_all_sizes

#: Each trap gets this budget: a refusal or a mismatch answers at once, the fallback search takes the rest.
BUDGET = 6.0


def _namespace(p, b):
    return array_api_compat.array_namespace(p, b)


def _pool(xp, p, w):
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(w, axis=-1)[..., None]


def _counted_n(xp, b):
    return xp.sum(xp.ones_like(b), axis=-1, keepdims=True)


def _quartic(n):
    return (n - 1.0) * (n - 2.0) * (n - 3.0) * (n - 4.0)


# ----------------------------------------------------------------- the traps


def top_4_bidders(p, b):
    """Only the 4 highest bids count (ranks by counting higher bids): a pool up to n = 4;
    at n = 5, raising the lowest bid excludes another bidder and can move q away."""
    xp = _namespace(p, b)
    higher = xp.sum(xp.astype(b[..., None, :] > b[..., :, None], xp.float64), axis=-1)
    return _pool(xp, p, b * xp.astype(higher < 4, xp.float64))


def top_50_bidders(p, b):
    """As top_4_bidders with m = 50: the plain linear rule at every size up to n = 50."""
    xp = _namespace(p, b)
    higher = xp.sum(xp.astype(b[..., None, :] > b[..., :, None], xp.float64), axis=-1)
    return _pool(xp, p, b * xp.astype(higher < 50, xp.float64))


def top_8_tokens(p, b):
    """Linear pool, then keep the 8 most probable tokens (ranks by counting): the identity
    for k <= 8; at k = 9 a raise can push a token out and renormalise the others up."""
    xp = _namespace(p, b)
    q = _pool(xp, p, b)
    higher = xp.sum(xp.astype(q[..., None, :] > q[..., :, None], xp.float64), axis=-1)
    kept = q * xp.astype(higher < 8, xp.float64)
    return kept / xp.sum(kept, axis=-1, keepdims=True)


def n_from_array_code(p, b):
    """w = b (1 + c b sum(b)), c = (n-1)(n-2)(n-3)(n-4) with n = sum(ones_like(b)): c = 0 up
    to n = 4, and from n = 5 on the others' normalised weights depend on b_i."""
    xp = _namespace(p, b)
    c = _quartic(_counted_n(xp, b))
    return _pool(xp, p, b * (1.0 + c * b * xp.sum(b, axis=-1, keepdims=True)))


def n_from_size(p, b):
    """The same weight with n read as ``b.size``."""
    xp = _namespace(p, b)
    return _pool(xp, p, b * (1.0 + _quartic(b.size) * b * xp.sum(b, axis=-1, keepdims=True)))


def n_from_int_shape(p, b):
    """The same weight with n read as ``int(b.shape[-1])``."""
    xp = _namespace(p, b)
    return _pool(xp, p, b * (1.0 + _quartic(int(b.shape[-1])) * b * xp.sum(b, axis=-1, keepdims=True)))


def n_from_len(p, b):
    """The same weight with n read as ``len(b)`` (one profile)."""
    xp = _namespace(p, b)
    return _pool(xp, p, b * (1.0 + _quartic(len(b)) * b * xp.sum(b, axis=-1, keepdims=True)))


def pool_only_up_to_20_agents(p, b):
    """Weights b up to n = 20 (a count), 1 / (1 + b) from n = 21 on: decreasing in the own bid."""
    xp = _namespace(p, b)
    return _pool(xp, p, xp.where(_counted_n(xp, b) <= 20, b, 1.0 / (1.0 + b)))


def pool_while_few_bid(p, b):
    """Weights b while at most 20 agents bid (a count of positive bids), 1 / (1 + b) beyond:
    a count that is not a size, summarised like any other sum."""
    xp = _namespace(p, b)
    bidding = xp.sum(xp.astype(b > 0, xp.float64), axis=-1, keepdims=True)
    return _pool(xp, p, xp.where(bidding <= 20, b, 1.0 / (1.0 + b)))


def smoothing_from_17_tokens(p, b):
    """Linear pool, smoothed toward uniform only when k >= 17 (k counted with ones_like):
    smoothing is not monotone (a token nobody wants gains mass when the others' bids fall)."""
    xp = _namespace(p, b)
    q = _pool(xp, p, b)
    k = xp.sum(xp.ones_like(q), axis=-1, keepdims=True)
    return xp.where(k >= 17, 0.5 * q + 0.5 / k, q)


def branches_on_k(p, b):
    """Python branching on the vocabulary size: a decreasing weight from k = 17 on."""
    xp = _namespace(p, b)
    return _pool(xp, p, 1.0 / (1.0 + b) if p.shape[-1] > 16 else b)


def branches_on_a_value(p, b):
    """Python branching on a bid: the decreasing weight once some bid exceeds 100."""
    xp = _namespace(p, b)
    return _pool(xp, p, 1.0 / (1.0 + b) if float(xp.max(b)) > 100 else b)


def catches_the_refusal(p, b):
    """``argsort`` under ``try/except Exception``: numpy has it and runs the decreasing
    weight, while a catchable refusal would let the tracer see the linear rule."""
    xp = _namespace(p, b)
    try:
        xp.argsort(b, axis=-1)
        return _pool(xp, p, 1.0 / (1.0 + b))
    except Exception:  # noqa: BLE001 - the trap
        return _pool(xp, p, b)


def swallows_every_refusal(p, b):
    """As catches_the_refusal, but ``except BaseException``: the refusal is swallowed, and
    only its record on the trace can reject the trace."""
    xp = _namespace(p, b)
    try:
        xp.argsort(b, axis=-1)
        return _pool(xp, p, 1.0 / (1.0 + b))
    except BaseException:  # noqa: BLE001 - the trap
        return _pool(xp, p, b)


def numpy_only_path(p, b):
    """``isinstance`` tells numpy from the tracer: numpy gets the decreasing weight."""
    xp = _namespace(p, b)
    return _pool(xp, p, 1.0 / (1.0 + b) if isinstance(b, np.ndarray) else b)


def probes_the_namespace(p, b):
    """``hasattr(xp, "cumulative_sum")``: numpy has it (decreasing weight), the tracer must
    not answer False and be traced as the linear rule."""
    xp = _namespace(p, b)
    return _pool(xp, p, 1.0 / (1.0 + b) if hasattr(xp, "cumulative_sum") else b)


def fractional_part_weight(p, b):
    """w = b - trunc(b) + 0.001 through ``astype`` to an integer dtype: falls at every integer."""
    xp = _namespace(p, b)
    return _pool(xp, p, b - xp.astype(xp.astype(b, xp.int64), xp.float64) + 1e-3)


def near_the_top(p, b):
    """Only bids within 1 of the highest count: raising the top bid can drop another bidder."""
    xp = _namespace(p, b)
    return _pool(xp, p, b * xp.astype(b >= xp.max(b, axis=-1, keepdims=True) - 1.0, xp.float64))


def lowest_bidder_dictates(p, b):
    """The dictator of the lowest bid (``argmax(-b)``): raising a bid can hand the outcome
    from one's own distribution to another's."""
    xp = _namespace(p, b)
    chosen = xp.astype(xp.arange(b.shape[-1]) == xp.argmax(-b, axis=-1)[..., None], p.dtype)
    return xp.sum(chosen[..., :, None] * p, axis=-2)


def everyone_but_the_winner(p, b):
    """A linear pool without the highest bidder (first argmax): outbidding it removes oneself."""
    xp = _namespace(p, b)
    winner = xp.astype(xp.arange(b.shape[-1]) == xp.argmax(b, axis=-1)[..., None], p.dtype)
    return _pool(xp, p, b * (1.0 - winner) + 1e-3)


TRAPS = [lowest_bidder_dictates, everyone_but_the_winner, top_4_bidders, top_50_bidders, top_8_tokens,
         n_from_array_code, n_from_size, n_from_int_shape, n_from_len, pool_only_up_to_20_agents,
         pool_while_few_bid, smoothing_from_17_tokens, branches_on_k, branches_on_a_value, catches_the_refusal,
         swallows_every_refusal, numpy_only_path, probes_the_namespace, fractional_part_weight, near_the_top]


@pytest.mark.parametrize("rule", TRAPS, ids=lambda rule: rule.__name__)
def test_trap_is_never_proved(rule):
    verdict = prove_all_sizes(rule, timeout=BUDGET)
    assert verdict.verdict != "proved", f"{rule.__name__}: {rule.__doc__}"


# ------------------------------------------------------ the traps are real


def _margin(rule, p, b, agent, bid) -> float:
    """How far q' lies outside [min(q, p_i), max(q, p_i)] at the worst token (numpy)."""
    raised = b.copy()
    raised[agent] = bid
    q, q_new, p_i = rule(p, b), rule(p, raised), p[agent]
    return float(np.max(np.maximum(np.minimum(q, p_i) - q_new, q_new - np.maximum(q, p_i))))


def _search(rule, n, k, seed=0, tries=400) -> float:
    """The largest violation a seeded random search finds at size (n, k)."""
    rng = np.random.default_rng(seed)
    best = 0.0
    for _ in range(tries):
        p = rng.dirichlet(np.full(k, 0.5), size=n)
        b = rng.uniform(0.0, 3.0, size=n) * (rng.random(n) < 0.9)
        if not b.any():
            continue
        agent = int(rng.integers(n))
        best = max(best, _margin(rule, p, b, agent, b[agent] + rng.uniform(0.0, 3.0)))
    return best


def _lowest_bidder_raises(n: int):
    """Agent 0 (half on token 0) outbids the one other token-0 bidder, who drops out of the top n-1."""
    p = np.array([[0.5, 0.5], [1.0, 0.0]] + [[0.0, 1.0]] * (n - 2))
    b = np.array([1.0, 1.5] + [2.0] * (n - 2))
    return p, b


@pytest.mark.parametrize("rule, n", [(top_4_bidders, 5), (top_50_bidders, 51)], ids=["m=4", "m=50"])
def test_top_m_bidders_violate_monotonicity_just_above_m(rule, n):
    p, b = _lowest_bidder_raises(n)
    assert _margin(rule, p, b, 0, 1.6) > 1e-3
    p, b = _lowest_bidder_raises(n - 1)
    assert _margin(rule, p, b, 0, 1.6) <= 1e-12  # one agent fewer: every bidder counts, a linear pool


@pytest.mark.parametrize("rule, n, k", [
    (top_8_tokens, 3, 9), (pool_only_up_to_20_agents, 21, 2), (pool_while_few_bid, 21, 2), (smoothing_from_17_tokens, 2, 17),
    (branches_on_k, 2, 17), (catches_the_refusal, 2, 2), (swallows_every_refusal, 2, 2),
    (numpy_only_path, 2, 2), (probes_the_namespace, 2, 2), (lowest_bidder_dictates, 2, 2),
    (everyone_but_the_winner, 3, 2), (fractional_part_weight, 2, 2), (near_the_top, 3, 2),
], ids=lambda x: getattr(x, "__name__", str(x)))
def test_trap_violates_monotonicity_where_it_claims(rule, n, k):
    assert _search(rule, n, k) > 1e-6


@pytest.mark.parametrize("rule", [n_from_array_code, n_from_size, n_from_int_shape, n_from_len],
                         ids=lambda rule: rule.__name__)
def test_weights_that_read_n_violate_monotonicity_at_five_agents(rule):
    # chosen so that q = p_0 at agent 0's bid 0: any move of q when it raises is a violation
    p = np.array([[122 / 215, 93 / 215], [1.0, 0.0]] + [[0.0, 1.0]] * 3)
    b = np.array([0.0, 1.0, 0.5, 0.5, 0.5])
    assert _margin(rule, p, b, 0, 0.25) > 1e-6
    assert _margin(rule, p[:4], b[:4], 0, 0.25) <= 1e-12  # n = 4: c = 0, the linear rule


def silent_below_17_agents(p, b):
    """Raises on numpy for n <= 16 (every size validation evaluates) and has a decreasing
    weight beyond; the tracer sees the linear rule. With nothing to compare, the trace
    must not count."""
    xp = _namespace(p, b)
    if isinstance(b, np.ndarray):
        if b.shape[-1] <= 16:
            raise ValueError("no answer")
        return _pool(xp, p, 1.0 / (1.0 + b))
    return _pool(xp, p, b)


def test_a_rule_that_never_answers_validation_is_not_proved():
    verdict = prove_all_sizes(silent_below_17_agents, timeout=BUDGET)
    assert verdict.verdict != "proved" and "raised on every validation profile" in verdict.reason
    assert _search(silent_below_17_agents, 17, 2) > 1e-6
