"""The all-sizes linear-pool argument: verdicts, and the theorem it rests on, checked numerically.

The theorem (docs/proofs.md): if raising agent i's bid scales everything that is not
agent i's (reference part, the others' shares, 1 - s_i) by one lambda in [0, 1], then
q(x') - p_i = lambda (q(x) - p_i) for every p and every k. The numeric test below
checks that identity on the numeric rules at sizes far beyond those traced.
"""

from fractions import Fraction

import numpy as np
import pytest

import mechanisms
from mechanisms import Pipeline
from proofs import Domain, prove_all_sizes

POOLS = ["linear", "linear_reference", "bid_power_2", "bid_power_0.5", "bid_cap_1", "bid_softmax", "dictator"]


@pytest.mark.parametrize("name", POOLS)
def test_monotone_pools_are_proved_for_every_size(name):
    verdict = prove_all_sizes(mechanisms.CATALOGUE[name], timeout=60)
    assert verdict.verdict == "proved", str(verdict)
    assert verdict.domain == Domain(None, None)
    assert "every n" in str(verdict.domain) and "every k" in str(verdict.domain)


def test_linear_all_sizes_is_fast():
    verdict = prove_all_sizes(mechanisms.linear)
    assert verdict.verdict == "proved"
    assert verdict.seconds < 5  # the benchmark target is 1 s; this only guards against blow-ups


def test_smoothing_is_refuted_with_a_replayed_counterexample():
    rule = mechanisms.CATALOGUE["linear_smoothing_0.1"]
    verdict = prove_all_sizes(rule)
    assert verdict.verdict == "refuted"
    cx = verdict.counterexample
    p = np.array([[float(Fraction(str(v))) for v in row] for row in cx["p"]])
    b = np.array([float(Fraction(str(v))) for v in cx["b"]])
    raised = b.copy()
    raised[cx["agent"]] = float(Fraction(str(cx["bid"])))
    q, q_new, p_i = rule(p, b), rule(p, raised), p[cx["agent"]]
    assert np.max(np.maximum(np.minimum(q, p_i) - q_new, q_new - np.maximum(q, p_i))) > 1e-9


def test_rule_whose_code_depends_on_k_gets_no_all_sizes_verdict():
    # TopK(2) returns q unchanged when k <= 2: a different computation at different k
    verdict = prove_all_sizes(mechanisms.CATALOGUE["linear_top_k_2"])
    assert verdict.verdict == "unknown" and "depends on the sizes" in verdict.reason


def test_non_pool_is_never_proved():
    for name in ("log_linear", "linear_argmax"):
        verdict = prove_all_sizes(mechanisms.CATALOGUE[name], timeout=30)
        assert verdict.verdict in ("refuted", "unknown"), str(verdict)


def _unit_shares(rule, b, k):
    """s_j(b) and r(b) read off the numeric rule on unit profiles (as the tracer does)."""
    n = len(b)
    r = np.array([rule(np.eye(k)[[(t + 1) % k] * n], b)[t] for t in range(k)])
    s = np.array([rule(np.eye(k)[[0 if i == j else 1 for i in range(n)]], b)[0] - r[0] for j in range(n)])
    return r, s


@pytest.mark.parametrize("name", POOLS)
def test_theorem_contraction_toward_the_bidder_at_large_sizes(name):
    rule = mechanisms.CATALOGUE[name]
    rng = np.random.default_rng(7)
    n, k = 6, 50
    if name == "linear_reference":
        rule = mechanisms.Linear(reference="uniform", weight=1.0)
    for _ in range(20):
        p = rng.dirichlet(np.full(k, 0.3), size=n)
        b = rng.uniform(0.1, 3.0, size=n)
        i = int(rng.integers(n))
        raised = b.copy()
        raised[i] += rng.uniform(0.0, 2.0)
        r0, s0 = _unit_shares(rule, b, k)
        _, s1 = _unit_shares(rule, raised, k)
        if np.isclose(1 - s0[i], 0):
            continue
        lam = (1 - s1[i]) / (1 - s0[i])
        assert -1e-12 <= lam <= 1 + 1e-12
        q, q_new = rule(p, b), rule(p, raised)
        np.testing.assert_allclose(q_new - p[i], lam * (q - p[i]), atol=1e-12)


def test_pool_with_decreasing_weight_is_refuted():
    rule = Pipeline(mechanisms.linear, bids=[lambda b, xp: 1.0 / (1.0 + b)])
    verdict = prove_all_sizes(rule)
    assert verdict.verdict == "refuted", str(verdict)
