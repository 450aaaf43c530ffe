"""What a certification leaves behind: a terminal table, a bid-path plot, a report folder."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

import mechanisms as M
from properties import Counterexample, Status
from tokenauction.certify import Certification

VERDICT_STYLE = {Status.PROVED: "bold green", Status.REFUTED: "bold red", Status.UNKNOWN: "bold yellow"}


def counterexample_arrays(cx: Counterexample) -> tuple[np.ndarray, np.ndarray, int, float, int]:
    """``(p, b, agent, bid, token)`` of a counterexample in float64."""
    return cx.p_array(), cx.b_array(), int(cx.agent), float(cx.bid), int(cx.token)


def print_certification(cert: Certification, console: Console | None = None) -> None:
    console = console or Console()
    style = VERDICT_STYLE.get(cert.verdict, "")
    console.print(f"[bold]{cert.rule}[/]: {cert.property} under the {cert.order} order")
    table = Table("verdict", "arithmetic", "domain", "method", "time")
    table.add_row(f"[{style}]{cert.verdict}[/]", cert.arithmetic, cert.domain, cert.method, f"{cert.seconds:.1f} s")
    console.print(table)
    details = Table("check", "kind", "verdict", "arithmetic", "domain", "time", "detail", title="checks",
                    title_justify="left")
    for c in cert.checks:
        details.add_row(c.name, c.kind, c.verdict, c.arithmetic, c.domain, f"{c.seconds:.2f} s", c.detail)
    console.print(details)
    if cert.counterexample:
        console.print(describe_counterexample(cert.counterexample))


def describe_counterexample(cx: Counterexample) -> str:
    p, b, agent, bid, token = counterexample_arrays(cx)
    return (f"counterexample: n = {p.shape[0]}, k = {p.shape[1]}; agent {agent} raises its bid "
            f"from {b[agent]:g} to {bid:g} and the outcome moves the wrong way at token {token} "
            f"(margin {cx.margin:.3g}).\n  p = {np.round(p, 6).tolist()}\n  b = {b.tolist()}")


def plot_bid_path(rule, cx: Counterexample, path: Path, points: int = 400) -> Path:
    """q(t) along the agent's bid path against p_i(t), wrong-way moves marked in red."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    p, b, agent, bid, token = counterexample_arrays(cx)
    top = max(b[agent], bid) * 1.5 or 1.0
    low = min(x for x in (*b, bid, top) if x > 0)
    # a symmetric-log axis keeps both ends of a long path (bid 0 -> 1000) readable
    grid = np.concatenate([np.linspace(0.0, low, points // 4), np.geomspace(low, top, points)])
    xs, q = M.bid_path(rule, p, b, agent, np.unique(grid))
    fig, ax = plt.subplots(figsize=(7, 4.2))
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for t in range(p.shape[1]):
        c = colours[t % len(colours)]
        ax.plot(xs, q[:, t], color=c, lw=2.2 if t == token else 1.2, label=f"q(token {t})")
        ax.axhline(p[agent, t], color=c, ls=":", lw=1)
        # a move is the wrong way when it goes away from p_i(t)
        away = np.diff(np.abs(q[:, t] - p[agent, t])) > 1e-12
        if away.any():
            ax.scatter(xs[1:][away], q[1:, t][away], s=6, color="red", zorder=3)
    for x, label in ((b[agent], "b"), (bid, "bid")):
        ax.axvline(x, color="grey", ls="--", lw=1)
        ax.text(x, 1.02, label, ha="center", va="bottom", transform=ax.get_xaxis_transform())
    if top / low > 20:
        ax.set_xscale("symlog", linthresh=low)
        ax.set_xlim(0, top)
    ax.set_xlabel(f"agent {agent}'s bid (others fixed)")
    ax.set_ylabel("probability")
    ax.set_title(f"q along agent {agent}'s bid path; dotted: p_{agent}(t); red: moving away from p_{agent}(t)",
                 fontsize=9, pad=16)
    ax.legend(fontsize=8, loc="best")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def write_report(rule, cert: Certification, directory: Path) -> list[Path]:
    """Certificate JSON, SMT-LIB2 queries, the plot and a Markdown summary in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    smt_files = []
    for i, check in enumerate(cert.checks):
        for j, text in enumerate(check.smt2):
            f = directory / f"query_{i}_{j}.smt2"
            f.write_text(text)
            smt_files.append(f.name)
    certificate = directory / "certificate.json"
    certificate.write_text(json.dumps({**cert.to_json(), "smt2_files": smt_files}, indent=2, default=str))
    written.append(certificate)
    plot = None
    if cert.counterexample:
        plot = plot_bid_path(rule, cert.counterexample, directory / "counterexample.png")
        written.append(plot)
    summary = directory / "summary.md"
    summary.write_text(_markdown(cert, smt_files, plot))
    written.append(summary)
    return written + [directory / f for f in smt_files]


def _markdown(cert: Certification, smt_files: list[str], plot: Path | None) -> str:
    lines = [f"# Certification of `{cert.rule}`", "",
             f"**{cert.verdict.upper()}**: {cert.property} under the {cert.order} order.", "",
             f"- Domain: {cert.domain}", f"- Arithmetic: {cert.arithmetic}", f"- Method: {cert.method}",
             f"- Time: {cert.seconds:.1f} s", f"- Rule source SHA-256: `{cert.source_sha256}`", "",
             "Verdicts follow docs/definitions.md: *proved* only when a proof covers the whole question; "
             "*refuted* only with a counterexample that replays on its own profile (each profile "
             "evaluated alone); otherwise *unknown*. Arithmetic `float64` is the rule's program as it "
             "runs, rounding included; `real` is the rule as a function of real numbers, which is "
             "what a Z3 proof establishes.", "", "## Checks", "",
             "| check | kind | verdict | arithmetic | domain | time | method | detail |",
             "|---|---|---|---|---|---|---|---|"]
    for c in cert.checks:
        lines.append(f"| {c.name} | {c.kind} | {c.verdict} | {c.arithmetic} | {c.domain} | {c.seconds:.2f} s "
                     f"| {c.method} | {c.detail} |")
    if cert.counterexample:
        lines += ["", "## Counterexample", "", describe_counterexample(cert.counterexample).replace("\n", "\n\n"),
                  "", "```json", cert.counterexample.to_json(), "```", "",
                  f"![bid path]({plot.name})" if plot else ""]
    if smt_files:
        lines += ["", "## SMT-LIB2 queries", "",
                  "Each file re-checks standalone, e.g. `z3 FILE` or cvc5 (`unsat` is the expected answer). "
                  "What a re-check covers: the queries' answers, in exact real arithmetic, by a second "
                  "solver. What it does not cover: that the queries encode the rule's code (the trace), "
                  "the argument that extends a proof at traced sizes to every size (docs/proofs.md), "
                  "and float64 rounding, overflow or underflow.", ""]
        lines += [f"- `{f}`" for f in smt_files]
    return "\n".join(lines) + "\n"
