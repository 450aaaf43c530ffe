"""The paper's demonstration on a real model: Alpha Airlines and Beta Resort bid on a
shared answer about a vacation in Hawaii (Dütting et al., WWW 2024, §1).

Each advertiser's context is its ad followed by the user's question, and the plain
question is the platform's reference; all three continue the same text. The sweep
multiplies Alpha Airlines' bid by 1/8 ... 8 against Beta Resort's bid of 1 with one
seed, and writes a plot and a table of how the text, the shares and the payments move.

>>> report = run_hawaii_demo("out/demo", seed=0)     # doctest: +SKIP
>>> sorted(report.paths)                              # doctest: +SKIP
['json', 'plot', 'table']
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from .backend import LanguageModel, load_model
from .engine import Agent, Reference
from .sweep import SweepRow, run_sweep, write_sweep

QUERY = "Planning a vacation in Hawaii? The"
HAWAII_AGENTS = (
    Agent("Alpha Airlines", f"Alpha Airlines: fly nonstop to Honolulu from $199. {QUERY}", 1.0),
    Agent("Beta Resort", f"Beta Resort: beachfront suites on Maui with a free spa day. {QUERY}", 1.0),
)
HAWAII_REFERENCE = Reference(QUERY, 0.5)
RATIOS = (1 / 8, 1 / 4, 1 / 2, 1, 2, 4, 8)


@dataclass
class DemoReport:
    """The sweep's rows and the files written (``plot``, ``table``, ``json``)."""

    rows: list[SweepRow]
    paths: dict[str, Path]


def run_hawaii_demo(
    out_dir,
    seed: int = 0,
    *,
    max_tokens: int = 30,
    ratios: Sequence[float] = RATIOS,
    rule="linear",
    model: str | None = None,
    lm: LanguageModel | None = None,
    log: Callable[[str], None] = lambda _: None,
) -> DemoReport:
    """Run the Hawaii sweep and write ``sweep.png``, ``sweep.md``, ``sweep.json`` to ``out_dir``.

    ``lm`` reuses a loaded model; otherwise ``model`` (default Gemma 3 270M) is loaded.
    ``log`` receives a line per finished run.
    """
    lm = lm if lm is not None else load_model(model, log=log)

    def on_run(row: SweepRow) -> None:
        log(f"ratio {row.ratio:g}: {row.result.text.strip()[:70]!r}")

    rows = run_sweep(lm, HAWAII_AGENTS, ratios, rule, seed=seed, max_tokens=max_tokens,
                     reference=HAWAII_REFERENCE, on_run=on_run)
    title = f"Alpha Airlines vs Beta Resort on {QUERY!r} ({rows[0].result.rule} rule, seed {seed})"
    return DemoReport(rows, write_sweep(rows, out_dir, title))
