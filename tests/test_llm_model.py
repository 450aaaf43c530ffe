"""End to end on the real default model (Gemma 3 270M), loaded once per session from the cache.

Every expected value is computed independently of the engine: by hand from the
ledger (the linear rule's closed forms, docs/definitions.md), by a plain unbatched, uncached loop
over the model, or by the rule on numpy instead of torch.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

import mechanisms
from tokenauction.cli import main
from tokenauction.llm import Agent, Reference, load_gguf, load_model, run_auction
from tokenauction.llm.demo import run_hawaii_demo

pytestmark = pytest.mark.model

ALPHA = Agent("Alpha Airlines", "Fly to Hawaii with Alpha Airlines, the", 2.0)
BETA = Agent("Beta Resort", "Stay at the Beta Resort in Hawaii, where", 1.0)


@pytest.fixture(scope="session")
def gemma():
    return load_model()


def plain_next_distribution(lm, ids: list[int]) -> np.ndarray:
    """p(next | ids) from one forward pass over the whole sequence: no batch, no cache."""
    with torch.inference_mode():
        logits = lm.model(input_ids=torch.tensor([ids])).logits[0, -1]
    return torch.softmax(logits.double(), dim=-1).numpy()


def test_cached_model_gives_identical_logits_to_the_gguf_load(gemma):
    gguf = load_gguf()
    for text in [ALPHA.context, "Aloha! The islands of Hawaii are"]:
        ids = gemma.encode(text)
        assert gguf.encode(text) == ids
        with torch.inference_mode():
            cached = gemma.model(input_ids=torch.tensor([ids])).logits
            original = gguf.model(input_ids=torch.tensor([ids])).logits
        assert torch.equal(cached, original)


def test_batched_decoder_matches_each_context_run_alone(gemma):
    contexts = [gemma.encode(c) for c in [ALPHA.context, BETA.context, "Hawaii"]]  # 9, 10, 2 tokens
    decoder = gemma.decoder(contexts)
    suffix: list[int] = []
    for _ in range(3):
        for row, ids in enumerate(contexts):
            alone = plain_next_distribution(gemma, ids + suffix)
            batched = torch.softmax(decoder.logits[row].double(), dim=-1).numpy()
            assert np.abs(batched - alone).max() < 1e-5
        suffix.append(int(decoder.logits[0].argmax()))
        decoder.append(suffix[-1])


def test_same_seed_gives_identical_text_and_payments(gemma):
    first, again = (run_auction(gemma, [ALPHA, BETA], "linear", seed=3, max_tokens=8) for _ in range(2))
    assert first.text == again.text and first.token_ids == again.token_ids
    assert [e.payments for e in first.ledger] == [e.payments for e in again.ledger]
    other = run_auction(gemma, [ALPHA, BETA], "linear", seed=4, max_tokens=8)
    assert other.token_ids != first.token_ids


def test_linear_ledger_matches_the_closed_forms_for_q_and_the_critical_bid(gemma):
    schedule = Agent("Alpha Airlines", ALPHA.context, (3.0, 0.5, 2.0))  # per-token bids
    reference, seed = Reference("A vacation in Hawaii", 0.5), 11
    result = run_auction(gemma, [schedule, BETA], "linear", seed=seed, max_tokens=10, reference=reference)
    names, lam = ["Alpha Airlines", "Beta Resort"], reference.weight
    for e in result.ledger:
        assert e.bids == {"Alpha Airlines": (3.0, 0.5, 2.0)[min(e.step, 2)], "Beta Resort": 1.0}
        weighted = sum(e.bids[n] * e.p[n] for n in names) + lam * e.p_reference
        assert e.q == pytest.approx(weighted / (sum(e.bids.values()) + lam), rel=1e-12)
        agent_u = mechanisms.step_uniforms(seed, e.step, 3).agent_u
        for i, name in enumerate(names):
            # docs/definitions.md: g(x) = (S + x p_i(y)) / (W + x); pay the x with g(x) = V, V = u g(b_i)
            other = names[1 - i]
            S = e.bids[other] * e.p[other] + lam * e.p_reference
            W = e.bids[other] + lam
            V = agent_u[i] * e.q
            gains = e.p[name] > S / W
            expected = (V * W - S) / (e.p[name] - V) if gains and V >= S / W else 0.0
            assert e.payments[name] == pytest.approx(expected, rel=1e-9, abs=1e-12)
            assert 0.0 <= e.payments[name] <= e.bids[name]


def test_log_linear_ledger_q_equals_the_rule_applied_on_numpy(gemma):
    captured = []
    result = run_auction(gemma, [ALPHA, BETA], "log_linear", seed=2, max_tokens=5,
                         on_step=lambda p, bids, entry: captured.append((p.numpy().copy(), bids)))
    for entry, (p, bids) in zip(result.ledger, captured):
        np.testing.assert_allclose([p[0, entry.token_id], p[1, entry.token_id]],
                                   [entry.p["Alpha Airlines"], entry.p["Beta Resort"]], rtol=0)
        q = mechanisms.log_linear(p, np.array(bids))  # the same rule source, on numpy
        assert entry.q == pytest.approx(q[entry.token_id], rel=1e-9)


def test_numerical_critical_bids_stay_within_zero_and_the_bid(gemma):
    # Squared bids in a linear pool: monotone for two agents (docs/definitions.md), no closed form.
    result = run_auction(gemma, [ALPHA, BETA], "bid_power_2", seed=1, max_tokens=4)
    for e in result.ledger:
        assert not e.unstable
        for name, paid in e.payments.items():
            assert 0.0 <= paid <= e.bids[name]


def test_an_agent_bidding_zero_leaves_the_other_agents_own_sampled_continuation(gemma):
    seed, steps = 5, 8
    alpha = Agent(ALPHA.name, ALPHA.context, 1.0)
    result = run_auction(gemma, [alpha, Agent(BETA.name, BETA.context, 0.0)], "linear",
                         seed=seed, max_tokens=steps)
    ids, own = gemma.encode(alpha.context), []
    for step in range(steps):  # Alpha alone, with the sampler's definition written out
        cdf = np.cumsum(plain_next_distribution(gemma, ids + own))
        u = mechanisms.step_uniforms(seed, step, 2).token_u
        own.append(int(np.searchsorted(cdf, u * cdf[-1], side="right")))
    assert result.token_ids == own
    assert result.text == gemma.decode(own)
    # Beta's zero bid changes nothing, and with no one else bidding Alpha is never pivotal.
    assert all(e.payments == {"Alpha Airlines": 0.0, "Beta Resort": 0.0} for e in result.ledger)


def test_generate_command_prints_the_apis_result_as_json(gemma, capsys):
    code = main(["generate", "--agent", f"{ALPHA.name}={ALPHA.context}", "--agent", f"{BETA.name}={BETA.context}",
                 "--bid", "Alpha Airlines=2", "--bid", "Beta Resort=1", "--rule", "linear",
                 "--seed", "0", "--max-tokens", "6", "--json"])
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    expected = run_auction(gemma, [ALPHA, BETA], "linear", seed=0, max_tokens=6)
    assert printed["text"] == expected.text
    assert [e["token_id"] for e in printed["ledger"]] == expected.token_ids
    assert printed["total_payments"] == expected.total_payments


def test_hawaii_demo_writes_the_plot_the_table_and_the_runs(gemma, tmp_path):
    report = run_hawaii_demo(tmp_path, seed=0, max_tokens=4, ratios=(0.5, 2.0), lm=gemma)
    assert report.paths["plot"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    table = report.paths["table"].read_text().splitlines()
    assert len(table) == 2 + 2 and table[2].startswith("| 0.5 | 0.5 | 1.0 |")
    runs = json.loads(report.paths["json"].read_text())
    assert [r["ratio"] for r in runs] == [0.5, 2.0]
    for run in runs:
        assert sum(run["shares"].values()) == pytest.approx(1.0, abs=1e-12)
        assert run["result"]["agents"][0]["bid"] == run["ratio"]


def test_the_auction_stops_at_an_end_token(gemma):
    full = run_auction(gemma, [ALPHA, BETA], "linear", seed=0, max_tokens=8)
    end = full.token_ids[3]

    class EndsAtTheFourthToken(type(gemma)):
        eos_ids = frozenset({end})

    stopped = run_auction(EndsAtTheFourthToken(gemma.name, gemma.model, gemma.tokenizer), [ALPHA, BETA],
                          "linear", seed=0, max_tokens=8)
    assert stopped.stop_reason == "eos" and full.stop_reason == "max_tokens"
    assert stopped.token_ids == full.token_ids[: full.token_ids.index(end) + 1]
