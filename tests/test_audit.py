"""`tokenauction audit`: the full-vocabulary search, the cases file, the CLI, the JSON and replay.

The search is checked against margins computed independently from ``p`` (closed forms,
plain numpy formulas); the CLI against a tiny random-weight model (tests/tiny_lm.py).
"""

from __future__ import annotations

import json

import numpy as np
import pytest

import mechanisms
from properties import ORDERS, TOLERANCE
from tiny_lm import TINY_CASES, audit_cli, tiny_model_fixture
from tokenauction.audit import CaseError, draw_bids, path_levels, read_cases, worst_raise
from tokenauction.cli import main

K = 262_144  # Gemma 3's vocabulary
COORDINATEWISE = ORDERS["coordinatewise"]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    return tiny_model_fixture(tmp_path_factory)


def full_vocabulary(seed: int, n: int) -> np.ndarray:
    """``n`` peaked distributions over K tokens (Dirichlet(0.05), like a model's long tail)."""
    return np.random.default_rng(seed).dirichlet(np.full(K, 0.05), size=n)


def cliff(p, b):
    """The linear pool, except that agent 0 drops out when it bids more than 1 (a planted defect)."""
    weights = np.concatenate([np.where(b[..., :1] > 1, 0.0, b[..., :1]), b[..., 1:]], axis=-1)
    return mechanisms.linear(p, weights)


def test_bid_path_has_at_least_32_levels_from_zero_to_16_times_the_bid():
    levels = path_levels(2.0)
    assert len(levels) >= 32 and levels[0] == 0.0 and np.all(np.diff(levels) > 0)
    assert levels[1] == pytest.approx(2.0 / 16) and levels[-1] == pytest.approx(2.0 * 16)
    assert not np.any(np.isclose(levels, 2.0))  # the drawn bid is the other end of every raise


def test_search_finds_a_planted_violation_at_full_vocabulary():
    p = full_vocabulary(1, 2)
    planted = 200_000
    p[0, planted] += 0.5  # agent 0 wants this token far more than agent 1
    p[0] /= p[0].sum()
    found = worst_raise(cliff, COORDINATEWISE, p, np.array([1.0, 1.0]), agents=2)
    # raising agent 0 above 1 jumps q from (p0 + p1)/2 to p1: every token moves past q, away
    # from p0, by |p0 - p1|/2; lower raises move straight towards p0 (no violation)
    assert found.agent == 0 and found.low == 1.0 and found.high > 1.0
    assert found.token == planted
    assert found.margin == pytest.approx(np.abs(p[0] - p[1]).max() / 2, rel=1e-12)
    assert (found.q_low, found.q_high, found.p_own) == pytest.approx(
        ((p[0, planted] + p[1, planted]) / 2, p[1, planted], p[0, planted]), rel=1e-12)


def log_linear_by_hand(p: np.ndarray, b: np.ndarray) -> np.ndarray:
    """q ∝ Π p_i^{b_i / Σb}, in log space (the definition's formula; no rule code)."""
    score = (b[:, None] / b.sum() * np.log(p)).sum(axis=0)
    q = np.exp(score - score.max())
    return q / q.sum()


def test_log_linear_violation_on_full_vocabulary_matches_an_independent_margin():
    p = full_vocabulary(2, 2)
    b = np.array([1.5, 0.7])
    found = worst_raise(mechanisms.log_linear, COORDINATEWISE, p, b, agents=2)
    before, after = b.copy(), b.copy()
    before[found.agent], after[found.agent] = found.low, found.high
    q, q_new, own = log_linear_by_hand(p, before), log_linear_by_hand(p, after), p[found.agent]
    # how far q_new(t) leaves the interval between q(t) and p_i(t), worst token
    outside = np.maximum(np.minimum(q, own) - q_new, q_new - np.maximum(q, own))
    assert found.margin == pytest.approx(outside.max(), rel=1e-9) and found.token == int(outside.argmax())
    # the path includes every agent's raise from 0 to its drawn bid, so the search finds at least that
    for agent in range(2):
        zero = b.copy()
        zero[agent] = 0.0
        q0 = log_linear_by_hand(p[[1 - agent]], zero[[1 - agent]])
        q_b = log_linear_by_hand(p, b)
        from_zero = np.maximum(np.minimum(q0, p[agent]) - q_b, q_b - np.maximum(q0, p[agent])).max()
        assert found.margin >= from_zero - 1e-12
    assert found.margin > 1e-4


@pytest.mark.parametrize("order", ["coordinatewise", "segment", "neg_kl_forward"])
def test_linear_shows_no_violation_at_full_vocabulary(order):
    # linear moves straight towards the raising agent: q(x') - p_i = ((W + x)/(W + x')) (q(x) - p_i)
    found = worst_raise(mechanisms.linear, ORDERS[order], full_vocabulary(3, 3), np.array([0.3, 2.0, 1.0]), 3)
    assert not found.margin > TOLERANCE


def test_bids_are_drawn_per_profile_from_the_seed():
    first = draw_bids(5, 10, 2, 3)
    assert np.array_equal(first, draw_bids(5, 10, 2, 3))  # whoever draws it, whenever
    assert not np.array_equal(first, draw_bids(5, 11, 2, 3)) and not np.array_equal(first, draw_bids(6, 10, 2, 3))
    u = np.random.default_rng([5, 10, 2]).uniform(-1, 1, size=3)
    assert np.allclose(first, 4.0 ** u)


@pytest.mark.parametrize("line, message", [
    ('{"agents": {"A": "x"}', "line 2: not valid JSON"),
    ('[1, 2]', "line 2: a case must be a JSON object"),
    ('{"agents": {}}', "line 2: 'agents' must be a non-empty object"),
    ('{"agents": {"A": ""}}', "line 2: agent 'A' needs a non-empty context"),
    ('{"agents": {"A": "x"}, "bids": [1]}', "line 2: unknown key 'bids'"),
    ('{"agents": {"A": "x"}, "reference": 3}', "line 2: 'reference' must be a non-empty string"),
])
def test_malformed_case_lines_are_named_by_number(tmp_path, line, message):
    path = tmp_path / "cases.jsonl"
    path.write_text('{"agents": {"A": "Buy"}}\n' + line + "\n")
    with pytest.raises(CaseError, match=message):
        read_cases(path)


def test_cases_skip_blank_lines_and_keep_their_order(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in TINY_CASES[::-1]) + "\n\n")
    cases = read_cases(path)
    assert [c.index for c in cases] == [0, 1] and cases[1].agents == TINY_CASES[0]["agents"]
    assert cases[0].reference == TINY_CASES[1]["reference"]


@pytest.mark.parametrize("argv, message", [
    (["log_linear", "--contexts", "missing.jsonl"], "no such contexts file"),
    (["log_linear", "--contexts", "BAD"], "cases.jsonl, line 2: not valid JSON"),
    (["log_linear"], "needs --contexts"),
    (["--contexts", "GOOD"], "needs a TARGET"),
    (["nope.py:rule", "--contexts", "GOOD"], "no such file: nope.py"),
    (["log_linear", "--contexts", "GOOD", "--order", "lexicographic"], "unknown order 'lexicographic'"),
    (["log_linear", "--contexts", "GOOD", "--property", "validity"],
     "the audit checks monotonicity, consistent_aggregation, payment_monotonicity"),
    (["log_linear", "--contexts", "GOOD", "--property", "nope"], "--property 'nope': the audit checks monotonicity"),
    (["log_linear", "--contexts", "GOOD", "--steps", "0"], "--steps must be >= 1"),
    (["log_linear", "--contexts", "GOOD", "--workers", "0"], "--workers must be >= 1"),
    (["--replay", "missing.json"], "no such counterexample file"),
])
def test_cli_usage_errors_are_one_line_with_exit_3(tmp_path, capsys, argv, message):
    good, bad = tmp_path / "good.jsonl", tmp_path / "cases.jsonl"
    good.write_text(json.dumps(TINY_CASES[0]) + "\n")
    bad.write_text(json.dumps(TINY_CASES[0]) + "\n{oops\n")
    argv = [str({"GOOD": good, "BAD": bad}.get(a, a)) for a in argv]
    assert main(["audit", *argv]) == 3
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1


def audit_json(tiny_model, tmp_path, rule: str, *extra: str) -> int:
    return audit_cli(tiny_model, TINY_CASES, tmp_path, rule, *extra)


def test_cli_audit_reports_real_instances_and_they_replay(tiny_model, tmp_path, capsys):
    out = tmp_path / "out"
    code = audit_json(tiny_model, tmp_path, "log_linear", "--out", str(out), "--seed", "3")
    summary = json.loads(capsys.readouterr().out)
    assert code == 1 and summary["violations"] > 0
    assert (summary["rule"], summary["property"], summary["order"]) == ("log_linear", "monotonicity",
                                                                           "coordinatewise")
    assert summary["model"] == tiny_model and summary["cases"] == 2 and summary["profiles"] == 4
    assert summary["violation_rate"] == summary["violations"] / 4
    margins = summary["margins"]
    assert summary["max_margin"] == max(margins) and summary["median_margin"] == float(np.median(margins))
    examples = summary["counterexamples"]
    assert [cx["margin"] for cx in examples] == sorted((m for m in margins if m > TOLERANCE), reverse=True)
    for cx in examples:
        case = TINY_CASES[cx["case"]]
        assert cx["agents"] == case["agents"] and cx["reference"] == case.get("reference")
        assert cx["agent"] in case["agents"] and cx["bid"] > cx["bids"][cx["agent"]] >= 0
        assert len(cx["prefix_ids"]) == cx["step"] and isinstance(cx["token_text"], str)
        # the token left the interval between q(t) and the agent's own p_i(t) by at least the margin
        lo, hi = sorted([cx["q_before"], cx["p_agent"]])
        assert max(lo - cx["q_after"], cx["q_after"] - hi) == pytest.approx(cx["margin"], rel=1e-9)
    assert {f.name for f in out.iterdir()} == {"audit.json", "audit.md", "margins.png", "counterexamples"}
    assert json.loads((out / "audit.json").read_text()) == summary
    assert (out / "margins.png").read_bytes()[:4] == b"\x89PNG"
    assert examples[0]["token_text"] in (out / "audit.md").read_text()
    worst = out / "counterexamples" / "001.json"
    assert main(["audit", "--replay", str(worst), "--json"]) == 1
    replayed = json.loads(capsys.readouterr().out)
    # an independent prefill of context + prefix: equal up to float32 rounding in the model
    assert replayed["replayed_margin"] == pytest.approx(examples[0]["margin"], rel=1e-4)


def test_cli_audit_of_the_linear_rule_exits_0(tiny_model, tmp_path, capsys):
    assert audit_json(tiny_model, tmp_path, "linear") == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["violations"] == 0 and summary["counterexamples"] == [] and summary["max_margin"] <= TOLERANCE


def test_a_rule_file_target_and_the_same_seed_give_the_same_audit(tiny_model, tmp_path, capsys):
    rule_file = tmp_path / "rules.py"
    rule_file.write_text("from mechanisms import log_linear as rule\n")
    results = []
    for target in ("log_linear", f"{rule_file}:rule"):
        audit_json(tiny_model, tmp_path, target)
        results.append(json.loads(capsys.readouterr().out))
    for result in results:
        result.pop("rule")
        for cx in result["counterexamples"]:
            cx.pop("rule")
    assert results[0] == results[1]


# ------------------------------------------------------------ --property beyond monotonicity

FLIPPING_RULE = """
import numpy as np
import mechanisms


def flipping(p, b):
    # agent 0's weight is its bid while the others bid less than 2 in all, its reciprocal after
    others = np.sum(b[..., 1:], axis=-1)
    w0 = np.where(others < 2, b[..., 0], 1 / np.maximum(b[..., 0], 1e-300))
    return mechanisms.linear(p, np.concatenate([w0[..., None], b[..., 1:]], axis=-1))
"""


def flipping_by_hand(p, b):
    b = np.array(b, dtype=np.float64)
    if b[1:].sum() >= 2:
        b[0] = 1 / max(b[0], 1e-300)
    return b @ p / b.sum()


def coordinatewise_by_hand(p_i, q, q_new):
    """How far q_new leaves the box between q and p_i, worst token (docs/definitions.md#orders)."""
    return np.max(np.maximum(np.minimum(q, p_i) - q_new, q_new - np.maximum(q, p_i)))


def strict_by_hand(p_i, better, worse):
    """Margin of better ≻ worse: how far worse ⪰ better fails, once better ⪰ worse holds."""
    from properties.spec import HOLD_TOLERANCE

    forward = coordinatewise_by_hand(p_i, worse, better)
    return coordinatewise_by_hand(p_i, better, worse) if forward <= HOLD_TOLERANCE else -forward


def profile_distributions(tiny_model, cx, seed: int, steps: int) -> np.ndarray:
    """The audited profile's rows, as the audit's own auction computed them (agents, then the reference)."""
    from tokenauction.audit import Case, cached_model, case_profiles

    case = Case(cx["case"], cx["agents"], cx["reference"])
    return case_profiles(cached_model(tiny_model), case, seed, steps)[cx["step"]].p


def rows(cx, field: str) -> list[float]:
    return [cx[field][name] for name in cx["agents"]]


def test_cli_audit_catches_a_consistent_aggregation_flip_and_it_replays(tiny_model, tmp_path, capsys):
    rule_file = tmp_path / "flip.py"
    rule_file.write_text(FLIPPING_RULE)
    out = tmp_path / "out"
    code = audit_cli(tiny_model, TINY_CASES[:1], tmp_path, f"{rule_file}:flipping",
                     "--property", "consistent_aggregation", "--out", str(out))
    summary = json.loads(capsys.readouterr().out)
    assert code == 1 and summary["property"] == "consistent_aggregation" and summary["violations"] >= 1
    cx = summary["counterexamples"][0]
    p = profile_distributions(tiny_model, cx, seed=0, steps=2)
    agent = list(cx["agents"]).index(cx["agent"])
    b, other = rows(cx, "bids"), rows(cx, "other_bids")
    raised, other_raised = list(b), list(other)
    raised[agent] = other_raised[agent] = cx["bid"]
    assert other[agent] == b[agent] and other != b  # the same two own bids, other bids of the rest
    q = [flipping_by_hand(p, row) for row in (b, raised, other, other_raised)]
    # with the drawn others' bids the agent strictly prefers its first bid, with the others' it flips
    first, second = strict_by_hand(p[agent], q[0], q[1]), strict_by_hand(p[agent], q[3], q[2])
    assert cx["margin"] == pytest.approx(min(first, second), rel=1e-9) and min(first, second) > TOLERANCE
    assert cx["other_bids"] and "strictly prefers" in (out / "audit.md").read_text()
    assert main(["audit", "--replay", str(out / "counterexamples" / "001.json"), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["replayed_margin"] == pytest.approx(cx["margin"], rel=1e-4)


def test_cli_audit_catches_payment_monotonicity_of_linear_under_expected_log_and_it_replays(
        tiny_model, tmp_path, capsys):
    # along the linear rule's path q moves straight towards p_i, so V_i(q) = E_q log p_i is linear in the
    # mixing weight and falls whenever the others' mix scores better than p_i itself, while the
    # expected payment grows with the bid: paying more buys a worse outcome
    out = tmp_path / "out"
    code = audit_cli(tiny_model, TINY_CASES[:1], tmp_path, "linear", "--property", "payment_monotonicity",
                     "--order", "expected_log", "--out", str(out))
    summary = json.loads(capsys.readouterr().out)
    assert code == 1 and summary["violations"] >= 1
    cx = summary["counterexamples"][0]
    p = profile_distributions(tiny_model, cx, seed=0, steps=2)
    agent = list(cx["agents"]).index(cx["agent"])
    b = rows(cx, "bids")
    raised = list(b)
    raised[agent] = cx["bid"]

    def payment(row):  # Myerson's formula in closed form for the linear rule: c (W log(1 + x/W) - x W/(W + x))
        x, W = row[agent], sum(row) - row[agent]
        c = 0.5 * np.abs(p[agent] - np.delete(row, agent) @ np.delete(p, agent, axis=0) / W).sum()
        return c * (W * np.log1p(x / W) - x * W / (W + x))

    def value(row):  # E_q log p_i, q the linear pool
        return (np.array(row) @ p / sum(row)) @ np.log(p[agent])

    assert cx["payment_before"] == pytest.approx(payment(b), abs=1e-9)
    assert cx["payment_after"] == pytest.approx(payment(raised), rel=1e-6) and payment(raised) > payment(b)
    assert cx["margin"] == pytest.approx(value(b) - value(raised), rel=1e-9) and cx["margin"] > TOLERANCE
    assert main(["audit", "--replay", str(out / "counterexamples" / "001.json"), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["replayed_margin"] == pytest.approx(cx["margin"], rel=1e-3)


@pytest.mark.parametrize("prop", ["consistent_aggregation", "payment_monotonicity"])
def test_cli_audit_of_linear_shows_no_violation_of_the_new_properties(tiny_model, tmp_path, capsys, prop):
    # linear moves straight towards the bidder (coordinatewise monotone), the ranking of its own
    # bids never flips, and its expected payment grows with the bid
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in TINY_CASES) + "\n")
    code = main(["audit", "linear", "--contexts", str(path), "--model", tiny_model, "--property", prop, "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert code == 0 and summary["profiles"] == 2 and summary["violations"] == 0
    assert summary["max_margin"] is None or summary["max_margin"] <= TOLERANCE


def test_payment_audit_refuses_what_memory_cannot_hold():
    from tokenauction.audit.payment_search import AuditTooLarge, check_memory

    check_memory(384)  # the tiny model's vocabulary fits anywhere
    with pytest.raises(AuditTooLarge, match="payment_monotonicity at k = 1,000,000,000,000 tokens"):
        check_memory(10**12)
