"""``tokenauction demo``: the README's main job, with no arguments needed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

import mechanisms as M
from tokenauction.fixed_auction import run_fixed_auction

WORDS = ["Hawaii", "beaches", "flights", "resort", "deals"]
AGENTS = {  # fixed next-token distributions over WORDS, bid
    "Alpha Airlines": ([0.30, 0.05, 0.55, 0.02, 0.08], 2.0),
    "Beta Resort": ([0.25, 0.30, 0.02, 0.35, 0.08], 1.0),
    "Gamma Travel": ([0.20, 0.20, 0.20, 0.10, 0.30], 0.5),
}


LONG_RUN = 5000  # draws behind the realised mean that is set against Myerson's formula


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("demo", help="worked example, token auctions (fixed and on Gemma), certification")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--steps", type=int, default=8, help="tokens shown from the fixed-distribution auction")
    p.add_argument("--out", type=Path, default=Path("out/demo"), help="where the sweep plot and table go")
    p.add_argument("--max-tokens", type=int, default=30, help="tokens per run on the model")
    p.add_argument("--model", help="a transformers causal LM (local path); default Gemma 3 270M")
    p.set_defaults(func=run)


def worked_example(console: Console) -> None:
    p = np.array([[0.8, 0.2], [1.0, 0.0], [0.0, 1.0]])
    b = np.array([1.0, 2.0, 2.0])
    q = M.linear(p, b)
    console.rule("[bold]1. The paper's worked example (docs/definitions.md)")
    console.print("p1=(0.8, 0.2), p2=(1, 0), p3=(0, 1), bids (1, 2, 2)")
    console.print(f"linear rule: q = ({q[0]:.2f}, {q[1]:.2f})   [published: (0.56, 0.44)]")
    console.print(f"log-linear needs a common support; here p2 and p3 share none: "
                  f"{_error_of(lambda: M.log_linear(p, b))}")


def _error_of(fn) -> str:
    try:
        fn()
    except M.InvalidInput as exc:
        return f"[yellow]{exc}[/]"
    return "defined"


def fixed_auction(console: Console, seed: int, steps: int) -> None:
    names = list(AGENTS)
    p = np.array([AGENTS[a][0] for a in names])
    b = np.array([AGENTS[a][1] for a in names])
    console.rule("[bold]2. A token auction over fixed distributions (linear rule, critical-bid payments)")
    table = Table("step", "token", "q(token)", *[f"{a}\npays (bid {AGENTS[a][1]:g})" for a in names])
    records = run_fixed_auction(M.linear, p, b, steps=max(steps, LONG_RUN), seed=seed)
    for r in records[:steps]:
        table.add_row(str(r.step), WORDS[r.token], f"{r.q_token:.3f}", *[f"{z:.4f}" for z in r.payments])
    realised = np.mean([r.payments for r in records], axis=0)
    table.add_row(f"mean of {len(records)}", "", "", *[f"{z:.4f}" for z in realised], end_section=True)
    table.add_row("Myerson E\\[z]", "", "", *[f"{z:.4f}" for z in records[0].expected])
    console.print(table)
    console.print(f"seed {seed}: the same seed gives the same tokens and payments.")


def model_auction(console: Console, args) -> None:
    from tokenauction.llm.demo import QUERY, run_hawaii_demo

    console.rule("[bold]3. The paper's demonstration on a real model: Alpha Airlines vs Beta Resort")
    console.print(f"query {QUERY!r}; Alpha Airlines' bid times each ratio, Beta Resort bids 1, "
                  f"linear rule with the plain query as reference, seed {args.seed}")
    log = lambda line: console.print(f"[dim]{line}[/]")  # noqa: E731
    report = run_hawaii_demo(args.out, seed=args.seed, max_tokens=args.max_tokens, model=args.model, log=log)
    table = Table(title="Alpha Airlines (A) vs Beta Resort (B): bid ratio A/B, share of the text, total payment")
    for header in ("A/B", "A share", "B share", "A pays", "B pays"):
        table.add_column(header, no_wrap=True, justify="right", min_width=max(len(header), 5))
    table.add_column("text", no_wrap=True, overflow="ellipsis", max_width=28)
    for row in report.rows:
        shares, pays = row.shares, row.payments
        table.add_row(f"{row.ratio:g}", f"{shares['Alpha Airlines']:.2f}", f"{shares['Beta Resort']:.2f}",
                      f"{pays['Alpha Airlines']:.3f}", f"{pays['Beta Resort']:.3f}", " ".join(row.result.text.split()))
    console.print(table)
    console.print("written: " + ", ".join(str(p) for p in report.paths.values()))


def certification(console: Console, seed: int) -> None:
    from tokenauction.certify import Question, certify
    from tokenauction.report import VERDICT_STYLE, describe_counterexample

    console.rule("[bold]4. Certification of the paper's two rules (coordinatewise monotonicity)")
    table = Table("rule", "verdict", "domain", "deciding check", "time")
    refuted = []
    for name in ("linear", "log_linear"):
        cert = certify(M.CATALOGUE[name], Question(seed=seed), name=name)
        style = VERDICT_STYLE[cert.verdict]
        table.add_row(name, f"[{style}]{cert.verdict}[/]", cert.domain, cert.method, f"{cert.seconds:.1f} s")
        if cert.counterexample:
            refuted.append((name, cert.counterexample))
    console.print(table)
    for name, cx in refuted:
        console.print(f"{name}: {describe_counterexample(cx)}")


def run(args) -> int:
    console = Console()
    worked_example(console)
    fixed_auction(console, args.seed, args.steps)
    model_auction(console, args)
    certification(console, args.seed)
    return 0
