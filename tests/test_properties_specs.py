"""Each property's margin on hand-computed instances, and the engine on rules that break it."""

import math
from fractions import Fraction as F

import numpy as np
import pytest

import mechanisms
from properties import PROPERTIES, Counterexample, find_counterexample, replay

EXPECTED = {"validity", "monotonicity", "payment_monotonicity", "consistent_aggregation", "payment_sanity",
            "incentive_compatibility", "anonymity", "unanimity", "zero_bid_neutrality", "scale_invariance",
            "sampler_stability"}
CATALOGUE = mechanisms.CATALOGUE


def _cx(prop, p, b, agent=None, bid=None, order=None, **extra):
    return Counterexample(p=p, b=b, agent=agent, bid=bid, token=None, margin=0.0, property=prop, order=order,
                          extra=extra)


def test_every_property_is_there_with_its_formula():
    assert set(PROPERTIES) == EXPECTED
    for name, prop in PROPERTIES.items():
        assert prop.name == name and len(prop.formula) > 40


def test_anonymity_dictator_ties_go_to_the_lowest_index():
    # Equal bids: q = p_1; after swapping the agents q = p_2; they differ by 1 at each token.
    cx = _cx("anonymity", [[F(1), F(0)], [F(0), F(1)]], [F(1), F(1)], permutation=[1, 0])
    assert replay(CATALOGUE["dictator"], cx) == 1.0
    assert replay(CATALOGUE["linear"], cx) == 0.0


def test_unanimity_reference_pulls_away_from_the_agents():
    # (λ p0 + b p)/(λ + b) with λ = 1, p0 uniform, p = (1, 0), b = 1: q = (3/4, 1/4).
    cx = _cx("unanimity", [[F(1), F(0)]], [F(1)])
    assert replay(CATALOGUE["linear_reference"], cx) == pytest.approx(0.25, abs=1e-15)
    assert replay(CATALOGUE["linear"], cx) == 0.0


def test_zero_bid_neutrality_softmax_of_bids_gives_weight_to_a_zero_bid():
    # weights softmax(1, 0): the zero bidder keeps weight 1/(1+e); replacing its (1,0) by (0,1)
    # moves q by exactly that.
    cx = _cx("zero_bid_neutrality", [[F(1), F(0)], [F(1), F(0)]], [F(1), F(0)], agent=1, replacement=[0.0, 1.0])
    assert replay(CATALOGUE["bid_softmax"], cx) == pytest.approx(1 / (1 + math.e), rel=1e-12)
    assert replay(CATALOGUE["linear"], cx) == 0.0


def test_scale_invariance_cap_changes_the_weights():
    # bids (2, 3) capped at 1 weigh (1, 1); scaled by 1/1000 they weigh (2, 3)/1000.
    cx = _cx("scale_invariance", [[F(1), F(0)], [F(0), F(1)]], [F(2), F(3)], scale=F(1, 1000))
    assert replay(CATALOGUE["bid_cap_1"], cx) == pytest.approx(0.1, abs=1e-15)
    assert replay(CATALOGUE["bid_power_2"], cx) == pytest.approx(0.0, abs=1e-15)


def test_validity_margin_of_broken_rules():
    def negative(p, b):
        q = mechanisms.linear(p, b)
        return q - 0.25 * (np.arange(q.shape[-1]) == 0)  # sums to 3/4, first entry may go below 0

    def crashing(p, b):
        raise ZeroDivisionError("boom")

    cx = _cx("validity", [[F(1, 2), F(1, 2)]], [F(1)])
    assert replay(negative, cx) == pytest.approx(0.25)
    assert replay(crashing, cx) == math.inf
    assert replay(CATALOGUE["linear"], cx) == 0.0


def test_engine_refutes_validity_of_a_broken_rule():
    def leaky(p, b):
        return 0.999 * mechanisms.linear(p, b)

    result = find_counterexample(leaky, "validity", None, seed=0, max_examples=50, timeout=60)
    assert result.found and result.counterexample.margin == pytest.approx(0.001, rel=1e-9)
    assert result.counterexample.n == 1 and result.counterexample.k == 2  # shrunk


def test_consistent_aggregation_of_a_flipping_rule():
    # Agent 0's ranking of its bids 1 and 2 flips with the other's bid: a rule that gives agent 0
    # the weight b0 if b1 < 2 and 1/b0 otherwise.
    def flipping(p, b):
        w0 = np.where(b[..., 1] < 2, b[..., 0], 1 / np.maximum(b[..., 0], 1e-300))
        w = np.stack([w0, np.ones_like(w0)], axis=-1)
        return mechanisms.linear(p, w)

    p = [[F(1), F(0)], [F(0), F(1)]]
    cx = _cx("consistent_aggregation", p, [F(2), F(1)], agent=0, bid=F(1), order="coordinatewise",
             other_bids=[F(2), F(3)])
    # b1 = 1: q(2) = (2/3, 1/3) ≻ q(1) = (1/2, 1/2) for p_0 = (1, 0): bidding 2 is better (margin 1/6).
    # b1 = 3: weights 1/x, so q(1) = (1/2, 1/2) ≻ q(2) = (1/3, 2/3) (margin 1/6). The ranking flips.
    assert replay(flipping, cx) == pytest.approx(1 / 6, abs=1e-15)
    assert replay(CATALOGUE["linear"], cx) < 0


def test_engine_finds_the_flip():
    def flipping(p, b):
        others = np.sum(b[..., 1:], axis=-1)
        w0 = np.where(others < 2, b[..., 0], 1 / np.maximum(b[..., 0], 1e-300))
        return mechanisms.linear(p, np.concatenate([w0[..., None], b[..., 1:]], axis=-1))

    result = find_counterexample(flipping, "consistent_aggregation", "coordinatewise", seed=0,
                                 max_examples=200, timeout=60)
    assert result.found
    assert replay(flipping, result.counterexample) == result.counterexample.margin


def test_payment_sanity_holds_for_linear_and_dictator():
    for name in ("linear", "dictator"):
        result = find_counterexample(CATALOGUE[name], "payment_sanity", None, seed=0, max_examples=15, timeout=60)
        assert not result.found, name


def test_payment_monotonicity_of_monotone_rules():
    for name in ("linear", "bid_cap_1"):
        result = find_counterexample(CATALOGUE[name], "payment_monotonicity", "coordinatewise", seed=0,
                                     max_examples=15, timeout=60)
        assert not result.found, name


def test_payment_monotonicity_fails_after_top_k():
    """The property's search on one profile finds a raise that costs more and moves the
    top-2 outcome out of the box between q and p_i; checked by hand below."""
    from properties.orders import ORDERS
    from properties.spec import TOLERANCE, integral_from_zero
    from properties.strategies import Profile

    rule = CATALOGUE["linear_top_k_2"]
    p = np.random.default_rng(0).dirichlet(np.ones(6), size=3)
    profile = Profile([[F(float(x)) for x in row] for row in p], [F(1), F(2), F(1, 2)], 0)
    finding = PROPERTIES["payment_monotonicity"].search(rule, profile, ORDERS["coordinatewise"],
                                                        np.random.default_rng(0))
    cx = finding.witness
    assert replay(rule, cx) == cx.margin > TOLERANCE
    # independently: the outcomes before and after the raise, and the coordinatewise margin
    i, before = cx.agent, cx.b_array()
    after = before.copy()
    after[i] = float(cx.bid)
    p = cx.p_array()
    q, q_new = rule(p, before), rule(p, after)
    lo, hi = np.minimum(q, p[i]), np.maximum(q, p[i])
    assert np.max(np.maximum(lo - q_new, q_new - hi)) == pytest.approx(cx.margin, abs=1e-12)
    # ...and the raise costs more: Myerson's expected critical-bid payment x a(x) − ∫_0^x a,
    # a(s) = TV(q(0, b_−i), q(s, b_−i)), by an independent quadrature
    zero = before.copy()
    zero[i] = 0.0

    def pivot(xs):
        rows = np.repeat(zero[None, :], len(np.atleast_1d(xs)), axis=0)
        rows[:, i] = xs
        return 0.5 * np.abs(rule(p, rows) - rule(p, zero)).sum(axis=-1)

    def payment(x):
        return x * float(pivot(np.array([x]))[0]) - integral_from_zero(pivot, x) if x > 0 else 0.0

    assert payment(after[i]) > payment(before[i]) + 1e-3


def test_sampler_stability_linear_path_has_a_stable_coupling():
    cx = _cx("sampler_stability", [[F(1), F(0), F(0)], [F(0), F(1, 2), F(1, 2)]], [F(2), F(1)], agent=0)
    assert replay(CATALOGUE["linear"], cx) <= 0


def test_sampler_stability_refutes_log_linear_with_a_path_that_turns():
    rule = CATALOGUE["log_linear"]
    result = find_counterexample(rule, "sampler_stability", None, seed=0, max_examples=40, timeout=60)
    assert result.found
    cx = result.counterexample
    # independently: some token both gains and loses along the agent's path 0 -> b_i
    xs = np.linspace(0.0, float(cx.b[cx.agent]), 17)
    _, path = mechanisms.bid_path(rule, cx.p_array(), cx.b_array(), cx.agent, xs)
    steps = np.diff(path, axis=0)
    assert ((steps > 0).any(axis=0) & (steps < 0).any(axis=0)).any()


def test_incentive_compatibility_of_linear_under_its_own_valuation():
    result = find_counterexample(CATALOGUE["linear"], "incentive_compatibility", "neg_kl_forward", seed=0,
                                 max_examples=5, timeout=60)
    assert not result.found


def test_payment_properties_skip_paths_without_a_stable_coupling():
    """Non-monotone rules have no critical-bid payment on some paths: nothing to check there, no crash."""
    import mechanisms
    from properties import find_counterexample

    for prop in ("payment_sanity", "payment_monotonicity"):
        result = find_counterexample(mechanisms.log_linear, prop, "coordinatewise", seed=1, max_examples=10,
                                     timeout=20, n=range(2, 4), k=range(2, 5))
        assert result.verdict in ("refuted", "unknown")
        if prop == "payment_sanity":  # every payment that exists lies in [0, b_i]
            assert not result.found
