"""``tokenauction record``: record the agents' next-token distributions along a run (.npz).

    tokenauction record --agent "Alpha Airlines=Fly to Hawaii with Alpha Airlines, the" \\
        --agent "Beta Resort=Stay at the Beta Resort in Hawaii, where" \\
        --bid "Alpha Airlines=2" --max-tokens 24 --top-m 16 --out fixture.npz

Per step it keeps every row's top-m tokens (their union), each row's log-probabilities
there and its remaining mass as one tail token: see :mod:`tokenauction.llm.fixtures`,
whose ``load_fixture(path)`` reads the file back as (n, k) probability arrays.
"""

from __future__ import annotations

import argparse
import shlex
import sys

from .generate import add_auction_arguments


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("record", help="record next-token distributions along a run",
                                   description=__doc__.splitlines()[0])
    add_auction_arguments(parser)
    parser.add_argument("--top-m", type=int, default=16, help="tokens kept per row and step (default 16)")
    parser.add_argument("--out", required=True, help="the .npz file to write")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tokenauction.cli import CLIError
    from tokenauction.llm.text import tokenizer_in_background

    tokenizer = tokenizer_in_background(args.model)  # read on the other core during the imports
    from tokenauction.llm.arguments import (agents_from_args, auction_errors, load_model_for_cli,
                                            stderr_console, token_progress)
    from tokenauction.llm.engine import run_auction
    from tokenauction.llm.fixtures import Recorder

    agents, reference = agents_from_args(args)
    if args.top_m < 1:
        raise CLIError(f"--top-m must be >= 1, got {args.top_m}")
    console = stderr_console()
    lm = load_model_for_cli(args, console, tokenizer)
    recorder = Recorder(args.top_m)
    with auction_errors(), token_progress(console, "recording", args.max_tokens) as on_token:
        result = run_auction(lm, agents, args.rule, seed=args.seed, max_tokens=args.max_tokens,
                             reference=reference, on_token=on_token, on_step=recorder)
    rows = [a.name for a in agents] + (["reference"] if reference else [])
    path = recorder.save(args.out, {
        "model": result.model, "rule": result.rule, "seed": result.seed, "rows": rows,
        "contexts": [a.context for a in agents] + ([reference.context] if reference else []),
        "text": result.text, "command": shlex.join(["tokenauction", *sys.argv[1:]]),
    })
    console.print(f"recorded {len(result.ledger)} steps to {path} ({path.stat().st_size} bytes)", markup=False)
    return 0
