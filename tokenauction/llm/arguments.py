"""Command-line plumbing shared by ``generate``, ``sweep`` and ``record`` (their options
are declared in :func:`tokenauction.commands.generate.add_auction_arguments`, which
imports nothing heavy so that ``tokenauction --help`` works without torch).

Agents are given as ``--agent "NAME=CONTEXT"`` and bids as ``--bid "NAME=2"`` (a
constant) or ``--bid "NAME=2,2,1"`` (a per-token schedule; the last value holds).
An agent without ``--bid`` bids 1. Everything the user typed is checked before the
model loads, so a typo costs no model load; every problem is one
:class:`~tokenauction.cli.CLIError` line naming the agent or value.
"""

from __future__ import annotations

import argparse
import contextlib
from typing import Iterator

from rich.console import Console

import mechanisms
from tokenauction.cli import CLIError

from .backend import LanguageModel, ModelNotFound, load_model
from .engine import Agent, AuctionInputError, LedgerEntry, Reference, check_agents, resolve_rule


def _split(option: str, spec: str, form: str) -> tuple[str, str]:
    name, sep, value = spec.partition("=")
    if not sep or not name.strip():
        raise CLIError(f"{option} {spec!r} must look like {form}")
    return name.strip(), value


def _parse_bid(name: str, text: str) -> float | tuple[float, ...]:
    values = []
    for part in text.split(","):
        try:
            values.append(float(part))
        except ValueError:
            raise CLIError(f"the bid for agent {name!r} is {part.strip()!r}, not a number") from None
    return values[0] if len(values) == 1 else tuple(values)


def agents_from_args(args: argparse.Namespace) -> tuple[list[Agent], Reference | None]:
    """Parse and check ``--agent``/``--bid``/``--reference`` (and ``--rule``, ``--seed``)."""
    contexts: dict[str, str] = {}
    for spec in args.agent:
        name, context = _split("--agent", spec, "NAME=CONTEXT")
        if name in contexts:
            raise CLIError(f"two agents are named {name!r}; names must be unique")
        contexts[name] = context
    bids: dict[str, float | tuple[float, ...]] = {}
    for spec in args.bid:
        name, text = _split("--bid", spec, "NAME=BID")
        if name not in contexts:
            raise CLIError(f"--bid names {name!r}, which is not an agent (agents: "
                           f"{', '.join(repr(n) for n in contexts)})")
        if name in bids:
            raise CLIError(f"agent {name!r} has two --bid options")
        bids[name] = _parse_bid(name, text)
    agents = [Agent(name, context, bids.get(name, 1.0)) for name, context in contexts.items()]
    reference = Reference(args.reference, args.reference_weight) if args.reference is not None else None
    with auction_errors():
        check_agents(agents, reference)
        resolve_rule(args.rule)
    if args.max_tokens < 1:
        raise CLIError(f"--max-tokens must be >= 1, got {args.max_tokens}")
    if args.seed < 0:
        raise CLIError(f"--seed must be >= 0, got {args.seed}")
    return agents, reference


@contextlib.contextmanager
def auction_errors() -> Iterator[None]:
    """Turn the engine's input errors into one-line CLI errors."""
    try:
        yield
    except (AuctionInputError, ModelNotFound, mechanisms.InvalidInput) as exc:
        raise CLIError(str(exc)) from None


def stderr_console() -> Console:
    """Where progress goes, so that stdout carries only the result."""
    return Console(stderr=True)


def load_model_for_cli(args: argparse.Namespace, console: Console, tokenizer=None) -> LanguageModel:
    """``--model`` loaded; ``tokenizer`` as :func:`~tokenauction.llm.backend.load_model` takes it."""
    with auction_errors(), console.status("loading the model"):
        return load_model(args.model, log=lambda message: console.print(message, style="dim", markup=False),
                          tokenizer=tokenizer)


@contextlib.contextmanager
def token_progress(console: Console, description: str, total: int):
    """A progress bar on stderr; yields the ``on_token`` callback that advances it."""
    from rich.progress import Progress

    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(description, total=total)

        def on_token(entry: LedgerEntry) -> None:
            progress.update(task, advance=1, description=f"{description} {entry.token_text!r}")

        yield on_token
