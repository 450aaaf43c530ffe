"""``tokenauction catalogue``: every catalogue rule × property × order proved, refuted or unknown; writes docs/catalogue.md.

Each cell is a seeded fuzz run (``properties.find_counterexample``) with a small time
budget and, where a route exists, a proof for every size (:mod:`tokenauction.catalogue_proofs`);
refuted cells link to their counterexample JSON, proved ones to their certificate, both
written next to the page. A cell both proved and refuted is a CONFLICT (a soundness
bug): the page shows it and the command exits 1. The page also reports ex-post regret
of truthful bidding (Myerson vs pay-your-bid).
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from tokenauction.cli import CLIError


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "catalogue", help="prove or fuzz every built-in rule against every property; write docs/catalogue.md",
        description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=Path("docs/catalogue.md"),
                        help="the Markdown page to write (default: docs/catalogue.md)")
    parser.add_argument("--counterexamples", type=Path, default=None,
                        help="folder for the counterexample JSON files (default: counterexamples/ next to --output)")
    parser.add_argument("--rules", default=None, help="comma-separated catalogue rule names (default: all)")
    parser.add_argument("--properties", default=None, help="comma-separated property names (default: all)")
    parser.add_argument("--seed", type=int, default=0, help="Hypothesis seed for every cell (default: 0)")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply every cell's time budgets (fuzz and proof) by this (default: 1)")
    parser.add_argument("--no-proofs", action="store_true",
                        help="fuzz only: no prover, every cell refuted or unknown")
    parser.add_argument("--workers", type=int, default=None,
                        help="start a local Ray with N workers (default: run the cells in this process)")
    parser.add_argument("--ray", metavar="ADDRESS", help="join the Ray cluster at ADDRESS")
    parser.add_argument("--no-regret", action="store_true", help="skip the regret table")
    parser.set_defaults(func=run)


def _names(text: str | None) -> list[str] | None:
    return None if text is None else [name.strip() for name in text.split(",") if name.strip()]


def run(args) -> int:
    from rich.console import Console

    from properties import matrix, report
    from tokenauction import catalogue_proofs
    from tokenauction.scaleout import Backend

    if not args.scale > 0:
        raise CLIError(f"--scale must be > 0, not {args.scale}", 2)
    if args.workers is not None and args.workers < 1:
        raise CLIError(f"--workers must be >= 1, not {args.workers}", 2)
    backend = Backend(args.workers, args.ray)
    rules = _names(args.rules)
    try:
        cells = matrix.plan(rules, _names(args.properties), scale=args.scale)
    except ValueError as error:
        raise CLIError(str(error), 2) from None
    console = Console(stderr=True)
    started = time.perf_counter()
    console.print(f"catalogue: {len(cells)} cells on {backend.describe()}…")
    results = matrix.run_cells(cells, seed=args.seed, mapper=backend.map)
    proved = {} if args.no_proofs else catalogue_proofs.run_proofs(cells, args.scale, args.seed, backend.map)
    regrets = [] if args.no_regret else matrix.regret_rows(rules, seed=args.seed, mapper=backend.map)

    output: Path = args.output
    folder = args.counterexamples or output.parent / "counterexamples"
    output.parent.mkdir(parents=True, exist_ok=True)
    report.write_counterexamples(results, folder)
    catalogue_proofs.write_certificates(proved, folder)
    link = (folder.relative_to(output.parent) if folder.is_relative_to(output.parent) else folder.resolve()).as_posix()
    overlay = None if args.no_proofs else catalogue_proofs.ProofOverlay(
        proved, link, catalogue_proofs.PROOF_SECONDS * args.scale)
    output.write_text(report.render(results, regrets, seed=args.seed, link_dir=link, overlay=overlay),
                      encoding="utf-8")

    if overlay is None:
        verdicts = Counter("error" if r.error else ("refuted" if r.found else "no counterexample") for r in results)
    else:
        verdicts = Counter(overlay.verdict(r) for r in results)
    summary = ", ".join(f"{count} {verdict}" for verdict, count in verdicts.items())
    console.print(f"wrote {output} ({summary}) in {time.perf_counter() - started:.0f} s")
    conflicts = [] if overlay is None else overlay.conflicts(results)
    if conflicts:  # a proof refuted by a replayed counterexample: the prover is unsound somewhere
        raise CLIError(f"CONFLICT, proved and refuted: {'; '.join(conflicts)} (see {output})", 1)
    return 0
