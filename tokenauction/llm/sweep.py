r"""The same agents over a range of bid ratios: how the text, shares and payments move.

For each ratio ``r`` the first agent's bid (every entry of a schedule) is multiplied
by ``r``; the others keep theirs; every run uses the same seed, so the texts differ
only where the bids change the draws. Per run and agent:

- **share** :math:`s_i = \frac1T \sum_t p_i(y_t) / \sum_j p_j(y_t)`: on average, the
  part of the drawn tokens' probability that came from agent ``i``'s model (the
  shares sum to 1; each is ``1/n`` when the agents agree);
- **payment**: the total critical-bid payment (docs/definitions.md) over the text.

>>> rows = run_sweep(lm, agents, [0.5, 1, 2], seed=0, max_tokens=20)  # doctest: +SKIP
>>> write_sweep(rows, "out/sweep")                                       # doctest: +SKIP
{'plot': PosixPath('out/sweep/sweep.png'), 'table': ..., 'json': ...}
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from .backend import LanguageModel
from .engine import Agent, Auction, AuctionInputError, AuctionResult, Reference, run_auctions


@dataclass
class SweepRow:
    """One run of the sweep: the bid ratio, the bids used and the result's summary."""

    ratio: float
    result: AuctionResult

    @property
    def shares(self) -> dict[str, float]:
        names = [a.name for a in self.result.agents]
        sums, counted = dict.fromkeys(names, 0.0), 0
        for entry in self.result.ledger:
            total = sum(entry.p.values())
            if total > 0:  # a token no agent's model gives mass (only a smoothed rule draws one)
                counted += 1
                for name in names:
                    sums[name] += entry.p[name] / total
        return {name: s / max(counted, 1) for name, s in sums.items()}

    @property
    def payments(self) -> dict[str, float]:
        return self.result.total_payments

    def to_json(self) -> dict:
        return {"ratio": self.ratio, "shares": self.shares, "payments": self.payments,
                "text": self.result.text, "result": self.result.to_json()}


def _scaled(agent: Agent, ratio: float) -> Agent:
    bid = tuple(ratio * b for b in agent.bid) if isinstance(agent.bid, tuple) else ratio * agent.bid
    return replace(agent, bid=bid)


def run_sweep(
    lm: LanguageModel,
    agents: Sequence[Agent],
    ratios: Sequence[float],
    rule="linear",
    *,
    seed: int = 0,
    max_tokens: int = 40,
    reference: Reference | None = None,
    on_run: Callable[[SweepRow], None] | None = None,
) -> list[SweepRow]:
    """One auction per ratio (first agent's bid times ``ratio``), same seed throughout.

    All ratios decode together (:func:`~tokenauction.llm.engine.run_auctions`: one
    batched forward pass per token); each row's result equals, bit for bit, the
    auction run alone. ``on_run`` sees each row as its run ends.
    """
    if not ratios:
        raise AuctionInputError("the sweep needs at least one bid ratio")
    for r in ratios:
        if not (math.isfinite(r) and r >= 0):
            raise AuctionInputError(f"the bid ratio {r!r} must be a finite number >= 0")
    auctions = [Auction([_scaled(agents[0], ratio), *agents[1:]], rule, seed, max_tokens, reference)
                for ratio in ratios]
    rows: list[SweepRow | None] = [None] * len(ratios)

    def finished(index: int, result: AuctionResult) -> None:
        rows[index] = SweepRow(ratios[index], result)
        if on_run is not None:
            on_run(rows[index])

    run_auctions(lm, auctions, on_result=finished)
    return rows


def sweep_table(rows: Sequence[SweepRow]) -> str:
    """A Markdown table: ratio, each agent's bid, share and payment, and the text."""
    names = [a.name for a in rows[0].result.agents]
    head = ["ratio", *[f"bid {n}" for n in names], *[f"share {n}" for n in names],
            *[f"paid {n}" for n in names], "text"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        bids = [a.bid for a in row.result.agents]
        cells = [f"{row.ratio:g}", *[str(b) for b in bids], *[f"{row.shares[n]:.3f}" for n in names],
                 *[f"{row.payments[n]:.3f}" for n in names],
                 row.result.text.replace("\n", " ").replace("|", "\\|")]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def plot_sweep(rows: Sequence[SweepRow], path: Path, title: str = "") -> Path:
    """Shares and payments against the ratio (log scale), one line per agent."""
    import matplotlib

    matplotlib.use("Agg")  # files only; never needs a display
    import matplotlib.pyplot as plt

    names = [a.name for a in rows[0].result.agents]
    ratios = [row.ratio for row in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4), constrained_layout=True)
    for name in names:
        left.plot(ratios, [row.shares[name] for row in rows], marker="o", label=name)
        right.plot(ratios, [row.payments[name] for row in rows], marker="o", label=name)
    left.set(ylabel="share of the drawn tokens' probability", ylim=(0, 1))
    right.set(ylabel="total payment")
    for ax in (left, right):
        if min(ratios) > 0:
            ax.set_xscale("log", base=2)
        ax.set_xlabel(f"bid ratio ({names[0]}'s bid multiplier)")
        ax.grid(alpha=0.3)
        ax.legend()
    fig.suptitle(title or f"{rows[0].result.rule} rule, seed {rows[0].result.seed}")
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def write_sweep(rows: Sequence[SweepRow], out_dir, title: str = "") -> dict[str, Path]:
    """Write ``sweep.png``, ``sweep.md`` and ``sweep.json`` under ``out_dir``; return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"plot": out / "sweep.png", "table": out / "sweep.md", "json": out / "sweep.json"}
    plot_sweep(rows, paths["plot"], title)
    paths["table"].write_text(sweep_table(rows), encoding="utf-8")
    paths["json"].write_text(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return paths
