"""The ``tokenauction`` command: a thin dispatcher over the Python API.

Each subcommand lives in its own module exposing ``add_parser(subparsers)``; the
parser it adds carries ``func`` (what runs) and ``usage_exit`` (the exit code for
bad usage, named by that subcommand's contract). Errors the user can fix are
raised as :class:`CLIError` and printed as one line, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Subcommand modules, in the order ``--help`` lists them.
_SUBCOMMANDS = (
    "tokenauction.commands.demo",
    "tokenauction.commands.generate",
    "tokenauction.commands.sweep",
    "tokenauction.commands.record",
    "tokenauction.commands.certify",
    "tokenauction.commands.counterexample",
    "tokenauction.commands.catalogue",
    "tokenauction.commands.audit",
)


class CLIError(Exception):
    """A problem the user can fix: printed as one line, exit ``code``."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line with the subcommand's exit code."""

    usage_exit = 2

    def error(self, message: str):  # noqa: D401 - argparse API
        raise CLIError(f"{self.prog}: {message}", self.usage_exit)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tokenauction", description="Check, prove and run token auctions over "
                     "LLM output (Duetting et al., WWW 2024).")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in _SUBCOMMANDS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a subcommand not written yet
                continue
            raise
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = None
    try:
        args = parser.parse_args(argv)
        return int(args.func(args) or 0)
    except CLIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except OSError as exc:  # a file the user named could not be read or written
        print(f"error: {exc}", file=sys.stderr)
        return getattr(args, "usage_exit", 2)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
