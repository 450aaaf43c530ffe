"""Soundness of fixed-size verdicts over the whole catalogue, and mutation tests.

Every expected truth is stated with its reason. A *proved* verdict is checked against
the truth (never proved for a non-monotone rule); a *refuted* one must carry a
counterexample that this test re-checks on the numeric rule with numpy alone.
"""

from fractions import Fraction

import numpy as np
import pytest

import mechanisms
from mechanisms import BidCap, BidPower, Linear, Pipeline, TopK
from proofs import Domain, prove_monotone

MONOTONE, NOT_MONOTONE = True, False

# (expected truth at n = 2, k = 3 under the coordinatewise order, why)
TRUTH = {
    "linear": (MONOTONE, "docs/definitions.md#facts: q(x') - p_i = ((W + x)/(W + x')) (q(x) - p_i)"),
    "linear_reference": (MONOTONE, "a fixed reference is an agent with a fixed weight: docs/definitions.md#facts again"),
    "bid_power_2": (MONOTONE, "linear pool with weight b^2, non-decreasing on b >= 0 (docs/definitions.md#facts)"),
    "bid_power_0.5": (MONOTONE, "linear pool with weight sqrt(b), non-decreasing (docs/definitions.md#facts)"),
    "bid_cap_1": (MONOTONE, "linear pool with weight min(b, 1), non-decreasing (docs/definitions.md#facts)"),
    "bid_softmax": (MONOTONE, "linear pool with weight exp(b), non-decreasing; the softmax normaliser cancels"),
    "dictator": (MONOTONE, "raising a bid can only make q = p_i (ties go to the lowest index, fixed)"),
    "log_linear": (NOT_MONOTONE, "the geometric path p_1^s p_2^(1-s) overshoots p_1(t) for k = 3"),
    "log_linear_reference": (NOT_MONOTONE, "as log_linear"),
    "power_mean_2": (NOT_MONOTONE, "renormalised power mean: the path curves and overshoots"),
    "power_mean_0.5": (NOT_MONOTONE, "as power_mean_2"),
    "power_mean_-1": (NOT_MONOTONE, "as power_mean_2"),
    "linear_temperature_0.5": (NOT_MONOTONE, "sharpening after pooling moves small tokens away from p_i"),
    "linear_temperature_2": (NOT_MONOTONE, "flattening after pooling moves tokens past p_i"),
    "linear_top_k_2": (NOT_MONOTONE, "truncation: a token jumps to 0 or back as ranks change"),
    "linear_top_p_0.9": (NOT_MONOTONE, "truncation, as top-k"),
    "linear_min_p_0.1": (NOT_MONOTONE, "truncation, as top-k"),
    "linear_argmax": (NOT_MONOTONE, "all mass jumps to the top token, beyond p_i"),
    "linear_smoothing_0.1": (NOT_MONOTONE, "q tends to (1-eps) p_i + eps/k, which lies beyond p_i(t) when p_i(t) < 1/k"),
}


def test_the_truth_table_covers_the_catalogue():
    assert set(TRUTH) == set(mechanisms.CATALOGUE)


def numpy_violation(rule, cx, order):
    """Margin of the counterexample, from the numeric rule and numpy alone."""
    p = np.array([[float(Fraction(v)) for v in row] for row in cx.p])
    b = np.array([float(Fraction(v)) for v in cx.b])
    raised = b.copy()
    raised[cx.agent] = float(Fraction(cx.bid))
    q, q_new, p_i = rule(p, b), rule(p, raised), p[cx.agent]
    if order == "coordinatewise":
        return float(np.max(np.maximum(np.minimum(q, p_i) - q_new, q_new - np.maximum(q, p_i))))
    # segment: distance from q_new to the segment [q, p_i], by a fine scan of alpha
    alphas = np.linspace(0, 1, 100001)[:, None]
    return float(np.min(np.max(np.abs(q_new - (q + alphas * (p_i - q))), axis=1)))


def assert_sound(rule, verdict, monotone: bool, order: str = "coordinatewise"):
    if verdict.verdict == "proved":
        assert monotone, f"PROVED a non-monotone rule: {verdict}"
    if verdict.verdict == "refuted":
        assert not monotone, f"REFUTED a monotone rule: {verdict}"
        margin = numpy_violation(rule, verdict.counterexample, order)
        assert margin > 1e-9, f"the counterexample does not replay in numpy: {verdict.counterexample}"


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_catalogue_verdicts_are_correct_at_n2_k3(name):
    rule = mechanisms.CATALOGUE[name]
    monotone, why = TRUTH[name]
    verdict = prove_monotone(rule, "coordinatewise", n=2, k=3, timeout=60)
    assert_sound(rule, verdict, monotone)
    assert verdict.verdict == ("proved" if monotone else "refuted"), (why, str(verdict))
    assert verdict.domain == Domain(2, 3)


@pytest.mark.parametrize("name", ["linear", "bid_cap_1", "dictator", "linear_argmax", "linear_top_k_2"])
def test_segment_order_verdicts(name):
    rule = mechanisms.CATALOGUE[name]
    monotone = TRUTH[name][0]  # each of these is monotone under both orders or under neither
    verdict = prove_monotone(rule, "segment", n=2, k=3, timeout=60)
    assert_sound(rule, verdict, monotone, "segment")
    assert verdict.verdict == ("proved" if monotone else "refuted")


@pytest.mark.parametrize("name", ["linear_argmax", "linear_smoothing_0.1"])
def test_solver_candidates_replay_without_the_search(name):
    # refuted from Z3's own model (no random search): the replay is what makes it refuted
    rule = mechanisms.CATALOGUE[name]
    verdict = prove_monotone(rule, n=2, k=3, search=False, timeout=60)
    assert verdict.verdict == "refuted", str(verdict)
    assert_sound(rule, verdict, NOT_MONOTONE)


def test_larger_sizes_for_the_linear_rule():
    verdict = prove_monotone(mechanisms.linear, n=4, k=8)
    assert verdict.verdict == "proved" and verdict.domain == Domain(4, 8)
    assert len(verdict.smt2) == 4 * 8 + 1  # one query per agent and token, and one for a ±inf output


def test_bounded_domain_is_stated_and_respected():
    # top-k with k = 3 is not monotone however small the bids are
    verdict = prove_monotone(mechanisms.CATALOGUE["linear_top_k_2"], n=2, k=3, bid_max=2.0, prob_floor=0.01)
    assert verdict.verdict == "refuted"
    cx = verdict.counterexample
    assert all(Fraction(v) <= 2 for v in [*cx.b, cx.bid])
    assert all(Fraction(v) >= Fraction(0.01) for row in cx.p for v in row)
    assert "bids in [0, 2]" in str(verdict.domain)


# ------------------------------------------------------------------ mutations


def _pool(weight):
    """A linear pool whose weights are ``weight(b, xp)`` (a mutant of the linear rule)."""
    return Pipeline(mechanisms.linear, bids=[weight])


def _inverse_weight(b, xp):  # changed exponent: (1 + b)^-1 instead of b^1
    return 1.0 / (1.0 + b)


def _flipped_weight(b, xp):  # flipped sign: the others' total minus your own bid
    return xp.sum(b, axis=-1, keepdims=True) - b + 1.0


def _truncated_weight(b, xp):  # added truncation: bids above 1 count for nothing
    return xp.where(b <= 1.0, b, xp.zeros_like(b))


def _negated_weight(b, xp):  # flipped sign of every weight: cancels in the normalisation
    return -b


MUTANTS = {
    "changed exponent (1+b)^-1": (_pool(_inverse_weight), NOT_MONOTONE, "weights fall as the bid rises"),
    "flipped sign B - b + 1": (_pool(_flipped_weight), NOT_MONOTONE, "own weight is constant, others' grow"),
    "added truncation b <= 1": (_pool(_truncated_weight), NOT_MONOTONE, "weight drops to 0 above the cap"),
    "added top-1 after linear": (Pipeline(mechanisms.linear, outputs=[TopK(1)]), NOT_MONOTONE, "argmax jumps"),
    "changed exponent b^3": (_pool(BidPower(3.0)), MONOTONE, "b^3 is non-decreasing: still docs/definitions.md#facts"),
    "added truncation min(b, 2)": (_pool(BidCap(2.0)), MONOTONE, "a cap is non-decreasing: still docs/definitions.md#facts"),
    "flipped sign of all weights": (_pool(_negated_weight), MONOTONE,
                                    "(-b_i)/sum(-b_j) = b_i/sum(b_j): the same rule"),
    "reference weight 3": (Linear(reference="uniform", weight=3.0), MONOTONE, "a fixed reference, docs/definitions.md#facts"),
}


@pytest.mark.parametrize("mutant", sorted(MUTANTS))
def test_mutants_stay_proved_only_when_still_monotone(mutant):
    rule, monotone, why = MUTANTS[mutant]
    verdict = prove_monotone(rule, n=2, k=3, timeout=60)
    assert_sound(rule, verdict, monotone)
    assert verdict.verdict == ("proved" if monotone else "refuted"), (why, str(verdict))


def test_branching_rule_is_unknown_not_proved():
    def branching(p, b):
        return p[0] if b[0] > b[1] else p[1]  # a dictator written with Python control flow

    verdict = prove_monotone(branching, n=2, k=2)
    assert verdict.verdict == "unknown" and "not symbolic" in verdict.reason


def test_unknown_verdict_carries_the_narrower_proof():
    # one second is not enough for n = 8, k = 32; the narrower domain is
    narrower = Domain(2, 2, bid_max=10.0)
    verdict = prove_monotone(mechanisms.linear, n=8, k=32, timeout=1.0, narrower=narrower, search=False)
    assert verdict.verdict == "unknown" and verdict.reason
    assert verdict.narrower.verdict == "proved" and verdict.narrower.domain == narrower
    assert "narrower: proved" in str(verdict)
