"""Validity for every size (docs/proofs.md §4.2): the catalogue's pools proved, a trap gallery never.

A *proved* of the claim ``distributions_where_finite`` says: for every n >= 1, k >= 2, bid
vector and profile where the rule's output is finite, it is a distribution; ``validity``
says moreover that the output is finite everywhere (docs/definitions.md#validity). The pools are checked numerically at sizes
far from the traced ones; every trap is first shown invalid with numpy at a hand-built
profile (each docstring says where), then must not be proved.
"""

import array_api_compat
import numpy as np
import pytest

import mechanisms
from proofs.implication import prove_by_theorems
from proofs.polymorphic import trace_program
from proofs.program import evaluate
from proofs.theorems import Claim
from proofs.token_sum import NotTokenLinear, token_sum_program
from proofs.validity import prove_validity
from proofs.validity_all_sizes import VALIDITY, WHERE_FINITE, prove_validity_all_sizes
from proofs.verdict import Domain

#: The linear pools of the catalogue: q(t) = Σ_j c_j p_j(t) (+ a uniform reference), c_j >= 0, Σ c_j = 1.
POOLS = ["linear", "linear_reference", "bid_power_2", "bid_power_0.5", "bid_softmax", "bid_cap_1", "dictator"]
#: Not token-linear (a normalisation, a top-k, an argmax over tokens): unknown, never proved.
NOT_LINEAR = ["log_linear", "log_linear_reference", "power_mean_2", "power_mean_-1", "linear_temperature_0.5",
              "linear_top_k_2", "linear_top_p_0.9", "linear_min_p_0.1", "linear_smoothing_0.1", "linear_argmax"]
#: Pools whose total weight is positive at every bid (a reference, exp weights, one winner):
#: finite everywhere. The others are 0/0 at zero bids read as real functions.
FINITE_POOLS = ["linear_reference", "bid_softmax", "dictator"]
BUDGET = 20.0


@pytest.mark.parametrize("name", POOLS)
def test_catalogue_pool_is_proved_a_distribution_where_finite_for_every_size(name):
    verdict = prove_validity_all_sizes(mechanisms.CATALOGUE[name], timeout=BUDGET, claim=WHERE_FINITE)
    assert verdict.verdict == "proved", verdict.reason
    assert verdict.domain == Domain(None, None) and verdict.smt2  # the unsat queries, re-checkable


@pytest.mark.parametrize("name", FINITE_POOLS)
def test_catalogue_pool_with_a_positive_total_is_proved_valid_for_every_size(name):
    verdict = prove_validity_all_sizes(mechanisms.CATALOGUE[name], timeout=BUDGET, claim=VALIDITY)
    assert verdict.verdict == "proved", verdict.reason
    assert verdict.property == VALIDITY and any("q(t) is finite" in text for text in verdict.smt2)


@pytest.mark.parametrize("name", POOLS)
def test_proved_pools_give_distributions_at_untraced_sizes(name):
    """Independent of the proof: outputs are >= 0 and sum to 1 (float64) at n up to 9, k up to 50."""
    rule, rng = mechanisms.CATALOGUE[name], np.random.default_rng(7)
    for n in range(1, 10):
        for k in (2, 3, 17, 50):
            for _ in range(5):
                p = rng.dirichlet(np.full(k, 0.3), size=n)
                b = rng.exponential(2.0, size=n) * (rng.random(n) < 0.8)
                b[rng.integers(n)] += 0.1  # some positive bid: every pool is defined
                q = rule(p, b)
                assert q.shape == (k,) and np.all(q >= 0)
                assert abs(q.sum() - 1.0) <= 1e-12 * k


@pytest.mark.parametrize("name", POOLS)
def test_the_token_total_program_computes_the_sum_of_the_outputs(name):
    """T(q) (the token-free program) against numpy's q.sum() at sizes the trace never saw."""
    rule, rng = mechanisms.CATALOGUE[name], np.random.default_rng(3)
    program = trace_program(rule)
    total = token_sum_program(program)
    for n, k in ((1, 2), (7, 11), (9, 50)):
        p, b = rng.dirichlet(np.ones(k), size=n), rng.uniform(0.1, 5.0, size=n)
        assert float(evaluate(total.program, {"p": p, "b": b})) == pytest.approx(rule(p, b).sum(), abs=1e-12)


@pytest.mark.parametrize("name", NOT_LINEAR)
def test_rules_that_are_not_token_linear_are_unknown(name):
    verdict = prove_validity_all_sizes(mechanisms.CATALOGUE[name], timeout=BUDGET)
    assert verdict.verdict == "unknown"
    assert "no all-sizes validity argument" in verdict.reason


def test_a_normalisation_over_tokens_is_refused_by_the_transformation():
    with pytest.raises(NotTokenLinear, match="less"):
        token_sum_program(trace_program(mechanisms.log_linear))


# ----------------------------------------------------------------- the traps


def _xp(p, b):
    return array_api_compat.array_namespace(p, b)


def _pool(xp, p, w):
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(w, axis=-1)[..., None]


def _count(xp, x):
    """The length of x's last axis, computed through array code (a size as a value is refused)."""
    return xp.sum(xp.ones_like(x), axis=-1)


def shrinks_from_7_agents(p, b):
    """The linear pool, times 0.99 once n >= 7: total 0.99 at n = 7."""
    xp = _xp(p, b)
    return _pool(xp, p, b) * xp.where(_count(xp, b) >= 7, 0.99, 1.0)


def sum_minus_max(p, b):
    """Normalised by Σ_t x − max_t x (one token missed): total > 1 wherever two tokens are positive."""
    xp = _xp(p, b)
    x = _pool(xp, p, b)
    return x / (xp.sum(x, axis=-1, keepdims=True) - xp.max(x, axis=-1, keepdims=True))


def negative_at_zero_bid(p, b):
    """Weight −0.1 for a zero bid, normalised: total 1, but q < 0 where only the zero bidder has mass."""
    xp = _xp(p, b)
    return _pool(xp, p, xp.where(b > 0, b, -0.1 * xp.ones_like(b)))


def shrinks_from_60_tokens(p, b):
    """Scaled by 0.9 once k >= 60 (k counted from the rows of p), beyond every size the trace is
    validated at: total 0.9 at k = 60."""
    xp = _xp(p, b)
    k = xp.max(_count(xp, p), axis=-1)
    return _pool(xp, p, b) * xp.where(k >= 60, 0.9, 1.0)


def adds_eps_times_k_minus_3(p, b):
    """Adds 0.01 (k − 3) / k at every token: total 1 + 0.01 (k − 3), a distribution only at k = 3."""
    xp = _xp(p, b)
    k = xp.max(_count(xp, p), axis=-1)
    return _pool(xp, p, b) + 0.01 * (k - 3) / k


def times_two_minus_sum_of_squares(p, b):
    """Scaled by 2 − Σ_t x(t)²: total 2 − Σ x², which is 1 only where x is one-hot."""
    xp = _xp(p, b)
    x = _pool(xp, p, b)
    return x * (2 - xp.sum(x * x, axis=-1, keepdims=True))


def squared_spread(p, b):
    """x (1 + 0.1 (x − mean_t x)): total 1 + 0.1 (Σ x² − 1/k) > 1 unless x is uniform (a product of two
    token-linear values)."""
    xp = _xp(p, b)
    x = _pool(xp, p, b)
    return x * (1 + 0.1 * (x - xp.mean(x, axis=-1, keepdims=True)))


def bonus_for_zero_bids(p, b):
    """Zero bids weigh 0.001 in the numerator only: total > 1 whenever some bid is 0."""
    xp = _xp(p, b)
    w = xp.where(b == 0, 0.001 * xp.ones_like(b), b)
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(b, axis=-1)[..., None]


def every_top_bidder(p, b):
    """A dictator that gives every tied top bidder weight 1: total 2 at a tie of two."""
    xp = _xp(p, b)
    top = xp.astype(b == xp.max(b, axis=-1, keepdims=True), p.dtype)
    return xp.sum(top[..., :, None] * p, axis=-2)


def reference_off_by_one(p, b):
    """A 'uniform' reference of ones / (k + 1): total (B + k/(k+1)) / (B + 1) < 1."""
    xp = _xp(p, b)
    ones = xp.ones_like(_pool(xp, p, b))
    reference = ones / (xp.sum(ones, axis=-1, keepdims=True) + 1)
    return (xp.sum(b[..., :, None] * p, axis=-2) + reference) / (xp.sum(b, axis=-1)[..., None] + 1)


def _rows(n, k):
    p = np.zeros((n, k))
    p[:, 0], p[0, 0], p[0, 1] = 1.0, 0.5, 0.5
    return p


#: trap -> a profile (p, b) where its finite output is not a distribution.
TRAPS = {
    shrinks_from_7_agents: (_rows(7, 3), np.ones(7)),
    sum_minus_max: (_rows(2, 3), np.ones(2)),
    negative_at_zero_bid: (np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([0.0, 1.0])),
    shrinks_from_60_tokens: (_rows(2, 60), np.ones(2)),
    adds_eps_times_k_minus_3: (_rows(2, 5), np.ones(2)),
    times_two_minus_sum_of_squares: (_rows(2, 3), np.ones(2)),
    squared_spread: (_rows(2, 3), np.ones(2)),
    bonus_for_zero_bids: (_rows(2, 3), np.array([1.0, 0.0])),
    every_top_bidder: (_rows(2, 3), np.ones(2)),
    reference_off_by_one: (_rows(2, 3), np.ones(2)),
}


@pytest.mark.parametrize("trap", list(TRAPS), ids=lambda t: t.__name__)
def test_trap_is_invalid_and_never_proved(trap):
    p, b = TRAPS[trap]
    q = trap(p, b)
    assert np.all(np.isfinite(q)) and (q.min() < -1e-9 or abs(q.sum() - 1) > 1e-6), q  # the trap is real
    verdict = prove_validity_all_sizes(trap, timeout=BUDGET, claim=WHERE_FINITE)  # the weaker claim
    assert verdict.verdict != "proved", verdict.method


# ----------------------------------------------------------------- wiring: theorems at every size


def test_prove_validity_without_sizes_is_the_all_sizes_argument():
    verdict = prove_validity(mechanisms.linear, None, None, timeout=BUDGET, claim=WHERE_FINITE)
    assert verdict.verdict == "proved" and verdict.domain == Domain(None, None)


def test_kl_incentive_compatibility_of_linear_is_proved_for_every_size_by_theorems():
    verdict = prove_by_theorems(mechanisms.linear, Claim("incentive_compatibility", "neg_kl_forward"), timeout=30)
    assert verdict.verdict == "proved" and verdict.domain == Domain(None, None)
    assert verdict.method.endswith("from monotonicity (segment) and distributions_where_finite")


def test_kl_monotonicity_of_a_trap_is_not_proved_by_theorems():
    """shrinks_from_7_agents is c(n) times the linear pool; validity fails at n = 7, so no KL conclusion."""
    verdict = prove_by_theorems(shrinks_from_7_agents, Claim("monotonicity", "neg_kl_forward"), timeout=5)
    assert verdict.verdict != "proved"
