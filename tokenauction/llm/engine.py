r"""The token auction on a real model (docs/definitions.md, "The auction").

Each agent has a name, its own context (the ad it wants written) and a bid: a
constant, or a per-token schedule whose last value holds once it runs out. At step
``t`` every agent's LLM reads its own context followed by the shared text generated
so far; ONE batched forward pass (:class:`~tokenauction.llm.backend.BatchedDecoder`)
gives every agent's next-token distribution

.. math:: p_i = \mathrm{softmax}(z_i) \quad \text{(float32 logits, float64 probabilities)},

the rule aggregates them, :math:`q = \mathrm{rule}(p, b)` (the same rule source as on
numpy, here on torch tensors), the token is drawn by the seeded inverse-CDF sampler
``inverse_cdf(q, step_uniforms(seed, t, n).token_u)``, and each agent pays its
critical bid for that token (``critical_bid_payments``, docs/definitions.md), so
:math:`0 \le z_i \le b_i`. The loop stops at an end-of-sequence token or after
``max_tokens`` tokens. :func:`run_auctions` runs many auctions in one batch, each
with exactly the result it has alone.

An optional platform reference (the plain model on the user's query) enters as one
more row with the fixed bid :math:`\lambda` that never pays: for the linear and
log-linear rules this is exactly the paper's ``(λ p_0 + Σ b_i p_i) / (λ + Σ b_i)`` and
``p_0^{λ/(λ+B)} Π p_i^{b_i/(λ+B)}``; other rules see :math:`\lambda` as a bid.

>>> from tokenauction.llm import load_model
>>> lm = load_model()                                                   # doctest: +SKIP
>>> agents = [Agent("Alpha Airlines", "Fly to Hawaii with Alpha Airlines, the", 2.0),
...           Agent("Beta Resort", "Stay at the Beta Resort in Hawaii, where", 1.0)]
>>> result = run_auction(lm, agents, "linear", seed=0, max_tokens=20)  # doctest: +SKIP
>>> result.ledger[0].q == result.ledger[0].p["Alpha Airlines"] * 2 / 3 + result.ledger[0].p["Beta Resort"] / 3  # doctest: +SKIP
True
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Callable, Sequence

import torch

import mechanisms

from .backend import LanguageModel


class AuctionInputError(ValueError):
    """Bad agents, bids, reference or settings; the message names which one."""


@dataclass(frozen=True)
class Agent:
    """An advertiser: ``bid`` is a number or a per-token schedule (the last value holds)."""

    name: str
    context: str
    bid: float | tuple[float, ...] = 1.0

    def bid_at(self, step: int) -> float:
        """The bid for token ``step`` (0-based)."""
        if isinstance(self.bid, tuple):
            return self.bid[min(step, len(self.bid) - 1)]
        return self.bid


@dataclass(frozen=True)
class Reference:
    """The platform's reference context (the plain query) and its fixed weight λ."""

    context: str
    weight: float


def _check_bid(name: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AuctionInputError(f"agent {name!r}: the bid {value!r} is not a number")
    if not (math.isfinite(value) and value >= 0):
        raise AuctionInputError(f"agent {name!r}: the bid {value!r} must be a finite number >= 0")
    return float(value)


def check_agents(agents: Sequence[Agent], reference: Reference | None = None) -> None:
    """Names non-empty and unique, contexts non-empty, bids finite and >= 0."""
    if not agents:
        raise AuctionInputError("the auction needs at least one agent")
    seen = set()
    for agent in agents:
        if not agent.name.strip():
            raise AuctionInputError("an agent has an empty name")
        if agent.name in seen:
            raise AuctionInputError(f"two agents are named {agent.name!r}; names must be unique")
        seen.add(agent.name)
        if not agent.context.strip():
            raise AuctionInputError(f"agent {agent.name!r} has an empty context")
        schedule = agent.bid if isinstance(agent.bid, tuple) else (agent.bid,)
        if not schedule:
            raise AuctionInputError(f"agent {agent.name!r} has an empty bid schedule")
        for value in schedule:
            _check_bid(agent.name, value)
    if reference is not None:
        if not reference.context.strip():
            raise AuctionInputError("the reference context is empty")
        if not (math.isfinite(reference.weight) and reference.weight >= 0):
            raise AuctionInputError(f"the reference weight {reference.weight!r} must be a finite number >= 0")


@dataclass
class LedgerEntry:
    """One generated token and what it cost.

    ``q`` is q(token); ``p[name]`` is agent ``name``'s p_i(token); ``payments[name]`` is
    its critical-bid payment (``None``, with the reason in ``unstable[name]``, where
    the rule is not monotone along its bid path); ``totals`` are running sums.

    What "not monotone" rests on: the linear rule is monotone in closed form; any other
    rule's path is checked at a grid of 17 bids and at every bid the root finder
    evaluates, each step judged against a float64 rounding bound, and the reason names
    the turn's size and says what was checked. A wiggle between checked bids is not
    excluded there (``proofs.bid_paths`` decides whole paths for the rules it can trace).
    """

    step: int
    token_id: int
    token_text: str
    q: float
    p: dict[str, float]
    bids: dict[str, float]
    payments: dict[str, float | None]
    totals: dict[str, float]
    p_reference: float | None = None
    unstable: dict[str, str] = field(default_factory=dict)


@dataclass
class AuctionResult:
    """The generated text and its per-token ledger; :meth:`to_json` is JSON-ready."""

    model: str
    rule: str
    seed: int
    agents: list[Agent]
    reference: Reference | None
    text: str
    ledger: list[LedgerEntry]
    stop_reason: str  # "eos" or "max_tokens"

    @property
    def token_ids(self) -> list[int]:
        return [entry.token_id for entry in self.ledger]

    @property
    def total_payments(self) -> dict[str, float]:
        return dict(self.ledger[-1].totals) if self.ledger else {a.name: 0.0 for a in self.agents}

    def to_json(self) -> dict:
        return {
            "model": self.model,
            "rule": self.rule,
            "seed": self.seed,
            "agents": [{"name": a.name, "context": a.context,
                        "bid": list(a.bid) if isinstance(a.bid, tuple) else a.bid} for a in self.agents],
            "reference": asdict(self.reference) if self.reference else None,
            "text": self.text,
            "stop_reason": self.stop_reason,
            "total_payments": self.total_payments,
            "ledger": [asdict(entry) for entry in self.ledger],
        }


def resolve_rule(rule) -> tuple[str, Callable]:
    """``(name, callable)`` for a catalogue name or a rule callable."""
    if isinstance(rule, str):
        if rule not in mechanisms.CATALOGUE:
            raise AuctionInputError(
                f"unknown rule {rule!r}; choose one of: {', '.join(mechanisms.CATALOGUE)}")
        return rule, mechanisms.CATALOGUE[rule]
    return getattr(rule, "__name__", repr(rule)), rule


def _token_text(lm: LanguageModel, ids: list[int]) -> str:
    """The text the last id adds (decoding pairs of ids keeps multi-byte characters whole)."""
    return lm.decode(ids)[len(lm.decode(ids[:-1])):]


@dataclass(frozen=True)
class Auction:
    """One auction for :func:`run_auctions`: its agents, rule, seed, token limit and
    optional platform reference (the same settings :func:`run_auction` takes)."""

    agents: Sequence[Agent]
    rule: object = "linear"
    seed: int = 0
    max_tokens: int = 40
    reference: Reference | None = None


class _AuctionRun:
    """One auction's state while it decodes: its rows of the batch, ledger and totals.

    :meth:`step` is the per-token work on the auction's own ``(rows, vocab)`` logits
    (softmax, rule, seeded draw, critical-bid payments); it sees exactly the arrays
    a run alone sees, so the results do not depend on the other auctions.
    """

    def __init__(self, lm: LanguageModel, auction: Auction):
        agents, reference = list(auction.agents), auction.reference
        check_agents(agents, reference)
        if auction.max_tokens < 1:
            raise AuctionInputError(f"max_tokens must be >= 1, got {auction.max_tokens}")
        if auction.seed < 0:
            raise AuctionInputError(f"the seed must be >= 0, got {auction.seed}")
        self.rule_name, self.rule_fn = resolve_rule(auction.rule)
        self.auction, self.agents, self.reference = auction, agents, reference
        self.names = [a.name for a in agents]
        contexts = [a.context for a in agents] + ([reference.context] if reference else [])
        self.contexts = [lm.encode(c) for c in contexts]
        self.totals = dict.fromkeys(self.names, 0.0)
        self.ledger: list[LedgerEntry] = []
        self.generated: list[int] = []
        self.stop_reason: str | None = None  # set when the run ends: "eos" or "max_tokens"

    @property
    def rows(self) -> int:
        return len(self.contexts)

    def step(self, lm: LanguageModel, logits: torch.Tensor, eos_ids: frozenset[int], on_token, on_step) -> int:
        """Draw token number ``len(ledger)`` from ``logits`` (this auction's rows) and charge it."""
        step, seed, names, reference, rule_fn = (len(self.ledger), self.auction.seed, self.names,
                                                 self.reference, self.rule_fn)
        bids = [a.bid_at(step) for a in self.agents] + ([reference.weight] if reference else [])
        p = mechanisms.softmax_logits(logits.double())
        b = torch.tensor(bids, dtype=torch.float64)
        q = rule_fn(p, b)
        draws = mechanisms.step_uniforms(seed, step, self.rows)
        token = mechanisms.inverse_cdf(q, draws.token_u)
        p_np = p.numpy()
        charged = mechanisms.critical_bid_payments(rule_fn, p_np, b.numpy(), token, draws.agent_u)
        payments, unstable = {}, {}
        for i, name in enumerate(names):
            if charged.unstable[i] is None:
                payments[name] = float(charged.payments[i])
                self.totals[name] += payments[name]
            else:
                payments[name], unstable[name] = None, charged.unstable[i]
        self.generated.append(token)
        entry = LedgerEntry(
            step=step,
            token_id=token,
            token_text=_token_text(lm, self.generated),
            q=float(q[token]),
            p={name: float(p_np[i, token]) for i, name in enumerate(names)},
            bids=dict(zip(names, bids)),
            payments=payments,
            totals=dict(self.totals),
            p_reference=float(p_np[-1, token]) if reference else None,
            unstable=unstable,
        )
        self.ledger.append(entry)
        if on_token is not None:
            on_token(entry)
        if on_step is not None:
            on_step(p, bids, entry)
        if token in eos_ids:
            self.stop_reason = "eos"
        elif step + 1 == self.auction.max_tokens:  # the last token needs no next distribution
            self.stop_reason = "max_tokens"
        return token

    def result(self, lm: LanguageModel) -> AuctionResult:
        a = self.auction
        return AuctionResult(lm.name, self.rule_name, a.seed, self.agents, self.reference,
                             lm.decode(self.generated), self.ledger, self.stop_reason)


def _layout_key(lm: LanguageModel, index: int, run: _AuctionRun) -> tuple:
    """Auctions with equal keys share a decoder and get the logits they get alone.

    The key is the padding width (the longest context): more left padding changes
    the attention's rounding. A model whose matrix products are not all computed row
    by row (:class:`~tokenauction.llm.kernels.RowwiseProducts`) runs each auction alone.
    """
    width = max(len(c) for c in run.contexts)
    return ("width", width) if lm.products.covers_model else ("alone", index)


def run_auctions(
    lm: LanguageModel,
    auctions: Sequence[Auction],
    *,
    on_token: Callable[[int, LedgerEntry], None] | None = None,
    on_step: Callable[[int, torch.Tensor, list[float], LedgerEntry], None] | None = None,
    on_result: Callable[[int, AuctionResult], None] | None = None,
) -> list[AuctionResult]:
    """Run many auctions at once; return their results in the order given.

    Every auction is checked before any decoding (a bad one is an
    :class:`AuctionInputError` naming it by its index when there are several).
    Auctions whose contexts pad to the same width share one
    :class:`~tokenauction.llm.backend.BatchedDecoder`: one forward pass per token
    over all their rows, and a run that ends (end token or ``max_tokens``) leaves
    the batch. Each result equals, bit for bit, what :func:`run_auction` gives for
    that auction alone. The hooks get the auction's index first: ``on_token(i,
    entry)``, ``on_step(i, p, bids, entry)`` (as in :func:`run_auction`) and
    ``on_result(i, result)`` when auction ``i`` ends.
    """
    runs = []
    for i, auction in enumerate(auctions):
        try:
            runs.append(_AuctionRun(lm, auction))
        except AuctionInputError as exc:
            raise AuctionInputError(f"auction {i}: {exc}" if len(auctions) > 1 else str(exc)) from None
    groups: dict[tuple, list[int]] = {}
    for i, run in enumerate(runs):
        groups.setdefault(_layout_key(lm, i, run) if len(runs) > 1 else i, []).append(i)  # one auction: no key to compute
    results: list[AuctionResult | None] = [None] * len(runs)
    eos_ids = lm.eos_ids
    for members in groups.values():
        decoder = lm.decoder([ids for i in members for ids in runs[i].contexts])
        live = members
        while live:
            tokens, kept, still, row = [], [], [], 0
            for i in live:
                run = runs[i]
                token = run.step(lm, decoder.logits[row : row + run.rows], eos_ids,
                                 on_token and (lambda entry, i=i: on_token(i, entry)),
                                 on_step and (lambda p, bids, entry, i=i: on_step(i, p, bids, entry)))
                if run.stop_reason is None:
                    still.append(i)
                    tokens += [token] * run.rows
                    kept += range(row, row + run.rows)
                else:
                    results[i] = run.result(lm)
                    if on_result is not None:
                        on_result(i, results[i])
                row += run.rows
            if still:
                if len(still) < len(live):
                    decoder.keep(kept)
                decoder.append(tokens)
            live = still
    return results


def run_auction(
    lm: LanguageModel,
    agents: Sequence[Agent],
    rule="linear",
    *,
    seed: int = 0,
    max_tokens: int = 40,
    reference: Reference | None = None,
    on_token: Callable[[LedgerEntry], None] | None = None,
    on_step: Callable[[torch.Tensor, list[float], LedgerEntry], None] | None = None,
) -> AuctionResult:
    """Run the token auction; see the module docstring.

    ``on_token`` sees each ledger entry; ``on_step`` also gets the step's full
    ``(rows, vocab)`` float64 probabilities and bids (the reference's row and λ last),
    for recorders.
    """
    return run_auctions(
        lm, [Auction(agents, rule, seed, max_tokens, reference)],
        on_token=on_token and (lambda _, entry: on_token(entry)),
        on_step=on_step and (lambda _, p, bids, entry: on_step(p, bids, entry)),
    )[0]
