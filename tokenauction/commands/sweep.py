"""``tokenauction sweep``: the same agents over a range of bid ratios, with a plot and a table.

    tokenauction sweep --agent "Alpha Airlines=Fly to Hawaii with Alpha Airlines, the" \\
        --agent "Beta Resort=Stay at the Beta Resort in Hawaii, where" \\
        --ratios 0.125,0.5,1,2,8 --max-tokens 30 --out out/sweep

For each ratio the first agent's bid is multiplied by it (same seed for every run);
all ratios decode together in one batch, each with exactly its result run alone;
writes ``sweep.png``, ``sweep.md`` (text, shares and payments per ratio) and
``sweep.json`` under ``--out`` and prints the table.
"""

from __future__ import annotations

import argparse

from .generate import add_auction_arguments


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("sweep", help="run the same agents over a range of bid ratios",
                                   description=__doc__.splitlines()[0])
    add_auction_arguments(parser)
    parser.add_argument("--ratios", default="0.125,0.25,0.5,1,2,4,8", metavar="R1,R2,...",
                        help="multipliers of the first agent's bid (default 0.125,...,8)")
    parser.add_argument("--out", default="out/sweep", help="output directory (default out/sweep)")
    parser.set_defaults(func=run)


def _parse_ratios(text: str) -> list[float]:
    from tokenauction.cli import CLIError

    try:
        return [float(part) for part in text.split(",")]
    except ValueError:
        raise CLIError(f"--ratios {text!r} must be comma-separated numbers") from None


def run(args: argparse.Namespace) -> int:
    from rich.progress import Progress

    from tokenauction.llm.text import tokenizer_in_background

    tokenizer = tokenizer_in_background(args.model)  # read on the other core during the imports
    from tokenauction.llm.arguments import agents_from_args, auction_errors, load_model_for_cli, stderr_console
    from tokenauction.llm.sweep import run_sweep, sweep_table, write_sweep

    agents, reference = agents_from_args(args)
    ratios = _parse_ratios(args.ratios)
    console = stderr_console()
    lm = load_model_for_cli(args, console, tokenizer)
    with auction_errors(), Progress(console=console, transient=True) as progress:
        task = progress.add_task("sweep", total=len(ratios))
        rows = run_sweep(lm, agents, ratios, args.rule, seed=args.seed, max_tokens=args.max_tokens,
                         reference=reference, on_run=lambda row: progress.advance(task))
    paths = write_sweep(rows, args.out)
    print(sweep_table(rows))
    console.print(f"wrote {', '.join(str(p) for p in paths.values())}", markup=False)
    return 0
