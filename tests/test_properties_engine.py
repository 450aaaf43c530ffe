"""The fuzz engine: monotone rules survive a fixed budget, non-monotone ones are refuted,
every counterexample replays bit for bit and is checked here without the orders module."""

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

import mechanisms
from properties import TOLERANCE, Counterexample, Status, confirm, find_counterexample, replay
from properties.batching import RowChecked

# docs/definitions.md#facts: linear pools whose agent's share does not fall and whose others' normalised
# weights do not change are coordinatewise monotone; the dictator jumps to p_i.
MONOTONE = ["linear", "linear_reference", "bid_power_2", "bid_power_0.5", "bid_softmax", "bid_cap_1", "dictator"]
NOT_MONOTONE = ["log_linear", "linear_temperature_0.5", "linear_top_k_2", "linear_top_p_0.9",
                "linear_min_p_0.1", "linear_argmax", "linear_smoothing_0.1"]


def _moves_away(p_i, q, q_new) -> float:
    """Independent coordinatewise check: how far some q_new(t) leaves [min(q, p_i), max(q, p_i)]."""
    outside = np.maximum(np.minimum(q, p_i) - q_new, q_new - np.maximum(q, p_i))
    return float(outside.max())


@pytest.mark.parametrize("name", MONOTONE)
def test_monotone_rules_give_no_counterexample(name):
    result = find_counterexample(mechanisms.CATALOGUE[name], "monotonicity", "coordinatewise", seed=1,
                                 max_examples=60, timeout=60)
    assert not result.found and result.verdict is Status.UNKNOWN
    assert result.examples == 60 and result.tried > 10_000  # the fixed budget was spent


@pytest.mark.parametrize("name", NOT_MONOTONE)
def test_non_monotone_rules_are_refuted_and_replay(name):
    # these rules are not monotone as real functions either: ask in real arithmetic
    rule = mechanisms.CATALOGUE[name]
    result = find_counterexample(rule, "monotonicity", "coordinatewise", seed=0, max_examples=100, timeout=120,
                                 rule_name=name, arithmetic="real")
    assert result.found and result.verdict is Status.REFUTED
    cx = result.counterexample
    assert replay(rule, cx) == cx.margin  # bit for bit
    assert confirm(rule, cx).confirmed and cx.arithmetic == "real"
    back = Counterexample.from_json(cx.to_json())
    assert replay(rule, back) == cx.margin and back.rule == name
    # the violation, recomputed from the JSON with the rule alone
    q = rule(back.p_array(), np.array([back.b_array(), np.array(back.raised_bids(), dtype=float)]))
    assert float(back.bid) >= float(back.b[back.agent])
    assert _moves_away(back.p_array()[back.agent], q[0], q[1]) == pytest.approx(cx.margin, rel=1e-12)
    assert cx.n <= 3 and cx.k <= 4  # shrunk


def test_log_linear_counterexample_is_small_and_exact():
    rule = mechanisms.log_linear
    result = find_counterexample(rule, seed=0, max_examples=100, timeout=120)
    cx = result.counterexample
    assert cx.n <= 3 and cx.k <= 4
    p, b = cx.p_array(), cx.b_array()
    q = rule(p, np.array([b, np.array(cx.raised_bids(), dtype=float)]))
    assert _moves_away(p[cx.agent], q[0], q[1]) == pytest.approx(cx.margin, rel=1e-12)
    assert all(isinstance(x, Fraction) for row in cx.p for x in row)  # shrunk to exact rationals
    assert result.first_seconds is not None and result.first_seconds < result.seconds


def test_same_seed_same_counterexample():
    rule = mechanisms.CATALOGUE["linear_top_k_2"]
    # a budget by examples, not seconds, so that the machine's speed cannot change the run
    first = find_counterexample(rule, seed=7, max_examples=30, timeout=120)
    second = find_counterexample(rule, seed=7, max_examples=30, timeout=120)
    assert first.found
    assert first.counterexample.to_json() == second.counterexample.to_json()


def test_sizes_can_be_fixed():
    cx = find_counterexample(mechanisms.log_linear, n=3, k=range(5, 7), seed=0, max_examples=100,
                             timeout=120).counterexample
    assert cx.n <= 3 and 2 <= cx.k <= 6  # the final pass may drop agents and tokens


def test_model_logits_feed_the_search():
    # Gemma 3 270M's two advertisers at the first step of the recorded run (tests/fixtures).
    from tokenauction.llm.fixtures import load_fixture

    step = load_fixture(str(Path(__file__).parent / "fixtures" / "gemma_hawaii_linear.npz"))[0]
    with np.errstate(divide="ignore"):
        logits = np.log(step)
    result = find_counterexample(mechanisms.CATALOGUE["linear_top_k_2"], k=6, seed=0, max_examples=100,
                                 timeout=120, logits=logits)
    assert result.found
    assert replay(mechanisms.CATALOGUE["linear_top_k_2"], result.counterexample) == result.counterexample.margin


def test_valuation_order_of_the_paper_rules():
    # Each paper rule is monotone under the valuation it maximises (docs/definitions.md#facts).
    for name, order in (("linear", "neg_kl_forward"), ("log_linear", "neg_kl_reverse")):
        result = find_counterexample(mechanisms.CATALOGUE[name], "monotonicity", order, seed=0,
                                     max_examples=40, timeout=60)
        assert not result.found, name


def test_bad_names_are_reported():
    with pytest.raises(ValueError, match="unknown property 'monotone'"):
        find_counterexample(mechanisms.linear, "monotone")
    with pytest.raises(ValueError, match="unknown order 'kl'"):
        find_counterexample(mechanisms.linear, "monotonicity", "kl")
    with pytest.raises(ValueError, match="needs a valuation order"):
        find_counterexample(mechanisms.linear, "incentive_compatibility", "coordinatewise")


def test_a_rule_that_only_takes_one_profile_is_evaluated_row_by_row():
    """docs/definitions.md#the-rule-contract asks a rule for one profile; the engine must not read a batch wrongly."""
    def unbatched(p, b):  # the linear rule, answering every batch with its first row's q
        return mechanisms.linear(p, np.asarray(b)[0] if np.ndim(b) == 2 else b)

    def shrunk(p, b):  # log-linear, one profile at a time
        return mechanisms.log_linear(p, b) if np.ndim(b) == 1 else np.zeros((len(b), p.shape[-1]))

    assert not find_counterexample(unbatched, seed=0, max_examples=20, n=range(1, 4), k=range(2, 5)).found
    result = find_counterexample(shrunk, seed=0, max_examples=100, n=range(1, 4), k=range(2, 5))
    assert result.found and replay(mechanisms.log_linear, result.counterexample) > 0


# Rules written for one profile whose statistics run over the whole array: inside a
# batch, every row sees the others (the brief's "xp.max(b) without an axis").
def max_gate(p, b):
    """Linear weights, but 1 / (1 + b) once the top bid exceeds 100 (anywhere in the array)."""
    return _pool(p, np.where(np.max(b) > 100, 1 / (1 + b), b))


def sum_share(p, b):
    """An agent whose share b_i / sum(b) is at most 1/4 loses half its weight (sum over the array)."""
    return _pool(p, np.where(b / np.sum(b) > 0.25, b, 0.5 * b))


def mean_gate(p, b):
    """An agent bidding below mean(b_j p_j(t)) * k = mean(b) loses half its weight (mean over the array)."""
    return _pool(p, np.where(b >= np.mean(p * np.asarray(b)[..., :, None]) * p.shape[-1], b, 0.5 * b))


def _pool(p, w):
    return np.sum(w[..., :, None] * p, axis=-2) / np.sum(w, axis=-1)[..., None]


BATCH_COUPLED = {"max_gate": max_gate, "sum_share": sum_share, "mean_gate": mean_gate}
P2 = np.array([[1.0, 0.0], [0.0, 1.0]])


@pytest.mark.parametrize("name", BATCH_COUPLED)
def test_a_batch_changes_what_a_coupled_rule_answers_for_a_row(name):
    rule = BATCH_COUPLED[name]
    bids = np.array([[1.0, 100.0], [1.0, 300.0]])
    batched, alone = rule(P2, bids), np.stack([rule(P2, row) for row in bids])
    assert not np.allclose(batched[0], alone[0])  # row 0 reads row 1's bids
    # and the engine's wrapper notices on that batch and answers row by row
    checked = RowChecked(rule)
    assert np.array_equal(checked(P2, bids), alone) and checked.row_by_row


def test_max_gate_batch_artefact_is_not_a_violation_alone():
    """Raising agent 0's bid 1 -> 2 looks like a violation when a bid of 300 shares the batch."""
    b, raised, other = [1.0, 1.0], [2.0, 1.0], [1.0, 300.0]
    q_batch = max_gate(P2, np.array([b, raised, other]))
    assert _moves_away(P2[0], q_batch[0], q_batch[1]) > 0.1
    assert _moves_away(P2[0], max_gate(P2, np.array(b)), max_gate(P2, np.array(raised))) <= 0


@pytest.mark.parametrize("name", BATCH_COUPLED)
def test_batch_coupled_rules_never_give_a_counterexample_that_fails_alone(name):
    rule = BATCH_COUPLED[name]
    result = find_counterexample(rule, seed=0, max_examples=40, timeout=30, n=range(2, 4), k=range(2, 4))
    if result.found:
        cx = result.counterexample
        p = cx.p_array()
        q, q_new = rule(p, cx.b_array()), rule(p, np.array(cx.raised_bids(), dtype=float))  # each alone
        assert _moves_away(p[cx.agent], q, q_new) == pytest.approx(cx.margin, rel=1e-12)
        assert cx.margin > TOLERANCE and replay(rule, cx) == cx.margin


def test_float64_is_the_default_and_real_is_checked_in_extended_precision():
    """(b + 2**52) - 2**52 rounds b to an integer in float64 only: a float64 violation, not a real one."""
    def rounded(p, b):
        error = ((b + 2.0**52) - 2.0**52) - b
        return _pool(p, np.where(np.abs(error) > 0.25, 0.01 * b, b))

    q, q_new = rounded(P2, np.array([0.2, 1.0])), rounded(P2, np.array([0.3, 1.0]))
    assert q_new[0] < q[0]  # 0.2 -> 0.3 loses agent 0's weight in float64
    found = find_counterexample(rounded, seed=0, max_examples=20, timeout=30, n=2, k=2)
    assert found.found and found.counterexample.arithmetic == "float64"
    assert replay(rounded, found.counterexample) == found.counterexample.margin
    assert not confirm(rounded, found.counterexample).confirmed  # not a violation in extended precision
    assert not find_counterexample(rounded, seed=0, max_examples=20, timeout=30, n=2, k=2,
                                   arithmetic="real").found
    with pytest.raises(ValueError, match="arithmetic must be one of float64, real, not 'exact'"):
        find_counterexample(rounded, arithmetic="exact")
