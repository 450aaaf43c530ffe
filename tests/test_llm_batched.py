"""Many auctions in one batch on the real default model (Gemma 3 270M), loaded once here.

A batched run must give each auction exactly what it gets alone: the same drawn
tokens, ledger and payments, bit for bit (``==`` on every float). The reference
for the per-token work is the engine's definition written out as a plain loop
(softmax, rule, seeded inverse-CDF draw, critical-bid payments, docs/definitions.md)
over a decoder holding only that auction's rows.
"""

from __future__ import annotations

from dataclasses import asdict

import pytest
import torch

import mechanisms
from tokenauction.llm import Agent, Auction, Reference, load_model, run_auction, run_auctions
from tokenauction.llm.sweep import run_sweep

pytestmark = pytest.mark.model

ALPHA = Agent("Alpha Airlines", "Fly to Hawaii with Alpha Airlines, the", 2.0)
BETA = Agent("Beta Resort", "Stay at the Beta Resort in Hawaii, where", 1.0)
GAMMA = Agent("Gamma Tours", "Gamma Tours takes you around the islands of Hawaii by boat, and", 1.5)
DELTA = Agent("Delta Rentals", "Rent a car in Honolulu from Delta Rentals:", 0.5)
REFERENCE = Reference("A vacation in Hawaii", 0.5)


@pytest.fixture(scope="module")
def gemma():
    return load_model()


def ledger(result) -> list[dict]:
    return [asdict(entry) for entry in result.ledger]


def plain_auction(lm, agents, seed: int, max_tokens: int, reference=None) -> tuple[list[int], list[dict]]:
    """Tokens and per-token (p, q, payments) of the auction, step by step with mechanisms' API."""
    contexts = [a.context for a in agents] + ([reference.context] if reference else [])
    decoder = lm.decoder([lm.encode(c) for c in contexts])
    tokens, steps = [], []
    for step in range(max_tokens):
        bids = [a.bid_at(step) for a in agents] + ([reference.weight] if reference else [])
        p = mechanisms.softmax_logits(decoder.logits.double())
        b = torch.tensor(bids, dtype=torch.float64)
        q = mechanisms.CATALOGUE["linear"](p, b)
        draws = mechanisms.step_uniforms(seed, step, len(contexts))
        token = mechanisms.inverse_cdf(q, draws.token_u)
        paid = mechanisms.critical_bid_payments(mechanisms.CATALOGUE["linear"], p.numpy(), b.numpy(), token,
                                                draws.agent_u).payments
        tokens.append(token)
        steps.append({"q": float(q[token]), "p": [float(v) for v in p[:, token]],
                      "payments": [float(v) for v in paid[: len(agents)]]})
        if token in lm.eos_ids:
            break
        decoder.append(token)
    return tokens, steps


@pytest.mark.parametrize("agents, reference", [([ALPHA], None), ([ALPHA, BETA], None),
                                               ([ALPHA, BETA], REFERENCE), ([ALPHA, BETA, GAMMA, DELTA], None)],
                         ids=["n=1", "n=2", "n=2+reference", "n=4"])
def test_an_auction_equals_its_definition_step_by_step(gemma, agents, reference):
    seed, steps = 7, 6
    result = run_auction(gemma, agents, "linear", seed=seed, max_tokens=steps, reference=reference)
    tokens, expected = plain_auction(gemma, agents, seed, steps, reference)
    assert result.token_ids == tokens
    names = [a.name for a in agents]
    for entry, want in zip(result.ledger, expected):
        assert entry.q == want["q"]
        assert [entry.p[n] for n in names] == want["p"][: len(names)]
        assert [entry.payments[n] for n in names] == want["payments"]
        assert entry.p_reference == (want["p"][-1] if reference else None)


def test_a_sweep_equals_its_auctions_run_one_by_one(gemma):
    ratios = [0.25, 1.0, 4.0]
    rows = run_sweep(gemma, [ALPHA, BETA], ratios, "linear", seed=3, max_tokens=6, reference=REFERENCE)
    assert [row.ratio for row in rows] == ratios
    for row, ratio in zip(rows, ratios):
        alpha = Agent(ALPHA.name, ALPHA.context, ratio * ALPHA.bid)
        alone = run_auction(gemma, [alpha, BETA], "linear", seed=3, max_tokens=6, reference=REFERENCE)
        assert row.result.text == alone.text
        assert ledger(row.result) == ledger(alone)  # every float compared with ==


def test_auctions_that_end_early_or_pad_differently_leave_the_others_unchanged(gemma):
    # different token limits (rows leave the batch mid-run), a one-row auction, a
    # wider context (its own layout group), seeds and rules
    auctions = [
        Auction([ALPHA, BETA], "linear", seed=1, max_tokens=1),
        Auction([ALPHA, BETA], "log_linear", seed=2, max_tokens=2),
        Auction([ALPHA], "linear", seed=3, max_tokens=3),
        Auction([BETA, ALPHA], "linear", seed=4, max_tokens=4, reference=REFERENCE),
        Auction([GAMMA, DELTA], "linear", seed=5, max_tokens=3),
    ]
    finished = []
    results = run_auctions(gemma, auctions, on_result=lambda i, result: finished.append(i))
    assert sorted(finished) == list(range(len(auctions)))
    for auction, result in zip(auctions, results):
        alone = run_auction(gemma, auction.agents, auction.rule, seed=auction.seed,
                            max_tokens=auction.max_tokens, reference=auction.reference)
        assert len(result.ledger) == auction.max_tokens
        assert ledger(result) == ledger(alone)


def test_a_bad_auction_is_named_by_its_index(gemma):
    from tokenauction.llm import AuctionInputError

    with pytest.raises(AuctionInputError, match=r"^auction 1: max_tokens must be >= 1, got 0$"):
        run_auctions(gemma, [Auction([ALPHA]), Auction([ALPHA], max_tokens=0)])
