"""The audit's result: one JSON object, a Markdown summary and a PNG histogram of margins.

Per profile (case × step) the audit keeps the margin of its worst raise; the summary is
``violations`` (margins above :data:`properties.TOLERANCE`), ``violation_rate``
(violations / profiles where the rule is defined), ``max_margin`` and
``median_margin`` over those profiles, and the counterexamples, worst first.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

COUNTEREXAMPLES_SHOWN = 10  # in the Markdown summary; the JSON has them all


def summarise(findings, *, rule: str, property: str, order: str, model: str, seed: int,
              steps: int, cases: int) -> dict:
    """The audit's JSON object from every profile's :class:`~tokenauction.audit.run.Finding`."""
    margins = np.array([f.margin for f in findings if not math.isnan(f.margin)], dtype=np.float64)
    # each counterexample names its rule, order and model, so that it replays on its own
    context = {"rule": rule, "property": property, "order": order, "model": model}
    examples = sorted(({**context, **f.counterexample} for f in findings if f.counterexample),
                      key=lambda cx: (-cx["margin"], cx["case"], cx["step"]))
    defined = len(margins)
    return {
        "rule": rule, "property": property, "order": order, "model": model, "seed": seed,
        "steps": steps, "cases": cases, "profiles": len(findings),
        "undefined": len(findings) - defined,
        "violations": len(examples),
        # None (JSON null) when the rule is undefined on every profile
        "violation_rate": len(examples) / defined if defined else None,
        "max_margin": float(margins.max()) if defined else None,
        "median_margin": float(np.median(margins)) if defined else None,
        "margins": margins.tolist(),
        "counterexamples": examples,
    }


def _number(value, spec: str) -> str:
    return "n/a" if value is None else format(value, spec)


def markdown(summary: dict) -> str:
    """A short human summary: the numbers, then the worst counterexamples as sentences."""
    lines = [
        f"# Audit of `{summary['rule']}`: {summary['property']} ({summary['order']} order)",
        "",
        f"Model {summary['model']}; {summary['cases']} cases, {summary['profiles']} profiles "
        f"(first {summary['steps']} token(s) of a linear-rule auction), seed {summary['seed']}.",
        "",
        "| violations | violation rate | max margin | median margin |",
        "|---:|---:|---:|---:|",
        f"| {summary['violations']} | {_number(summary['violation_rate'], '.3f')} "
        f"| {_number(summary['max_margin'], '.3g')} | {_number(summary['median_margin'], '.3g')} |",
        "",
    ]
    if summary["undefined"]:
        lines += [f"Nothing to compare on {summary['undefined']} profile(s): the rule is undefined at the drawn "
                  "bids (or, for payment monotonicity, no payments exist or differ).", ""]
    shown = summary["counterexamples"][:COUNTEREXAMPLES_SHOWN]
    if shown:
        lines += ["## Worst counterexamples", ""]
    for cx in shown:
        lines.append(f"- case {cx['case']}, step {cx['step']}, after {cx['prefix']!r}: {_sentence(cx)} "
                     f"(margin {cx['margin']:.3g})")
    return "\n".join(lines) + "\n"


def _bids(bids: dict) -> str:
    return ", ".join(f"{name} {bid:.4g}" for name, bid in bids.items())


def _sentence(cx: dict) -> str:
    """What the counterexample shows, in the words of its property."""
    agent, low = cx["agent"], cx["bids"][cx["agent"]]
    moves = (f"P({cx['token_text']!r}) moves from {cx['q_before']:.4g} to {cx['q_after']:.4g}, "
             f"away from its own {cx['p_agent']:.4g}")
    if cx["property"] == "consistent_aggregation":
        return (f"against bids {_bids(cx['bids'])}, {agent} strictly prefers its bid {low:.4g} to "
                f"{cx['bid']:.4g} (at {cx['bid']:.4g} {moves}); against {_bids(cx['other_bids'])} it "
                f"strictly prefers {cx['bid']:.4g}")
    if cx["property"] == "payment_monotonicity":
        return (f"{agent} bidding {cx['bid']:.4g} instead of {low:.4g} pays {cx['payment_after']:.4g} instead of "
                f"{cx['payment_before']:.4g} in expectation for an outcome it likes less: {moves}")
    return f"when {agent} raises its bid from {low:.4g} to {cx['bid']:.4g}, {moves}"


def histogram(summary: dict, path: Path) -> None:
    """PNG histogram of the per-profile margins, the violation threshold marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from properties import TOLERANCE

    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.hist(summary["margins"], bins=40, color="#4477aa")
    ax.axvline(TOLERANCE, color="#cc3311", linestyle="--", label="violation threshold")
    ax.set_xlabel(f"worst-raise margin ({summary['order']} order)")
    ax.set_ylabel("profiles")
    ax.set_title(f"{summary['rule']}: {summary['violations']} of {summary['profiles']} profiles violate")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write(summary: dict, folder: Path) -> None:
    """``audit.json``, ``audit.md``, ``margins.png`` and ``counterexamples/NNN.json`` (worst first, each
    one replayable with ``tokenauction audit --replay``) in ``folder`` (created if missing)."""
    (folder / "counterexamples").mkdir(parents=True, exist_ok=True)
    for number, cx in enumerate(summary["counterexamples"], start=1):
        (folder / "counterexamples" / f"{number:03d}.json").write_text(
            json.dumps(cx, ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / "audit.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / "audit.md").write_text(markdown(summary), encoding="utf-8")
    histogram(summary, folder / "margins.png")
