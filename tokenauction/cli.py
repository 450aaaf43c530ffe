"""The ``tokenauction`` command: a thin dispatcher over the Python API.

Each subcommand lives in its own module exposing ``add_parser(subparsers)``; the
parser it adds carries ``func`` (what runs) and ``usage_exit`` (the exit code for
bad usage, named by that subcommand's contract). Errors the user can fix are
raised as :class:`CLIError` and printed as one line, never a traceback.

A command line that names a subcommand imports that subcommand's module only, so
``tokenauction generate`` never pays for the imports of ``certify`` (Z3, the
report) and ``tokenauction certify`` never for torch; ``--help`` and anything
else import them all.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Subcommands, in the order ``--help`` lists them; ``name`` lives in tokenauction.commands.<name>.
_SUBCOMMANDS = ("demo", "generate", "sweep", "record", "certify", "counterexample", "catalogue", "audit")


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


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (default ``sys.argv[1:]``): only the subcommand it starts with, if any."""
    parser = _Parser(prog="tokenauction", description="Check, prove and run token auctions over "
                     "LLM output (Duetting et al., WWW 2024).")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    first = (sys.argv[1:] if argv is None else argv)[:1]
    for command in first if first and first[0] in _SUBCOMMANDS else _SUBCOMMANDS:
        importlib.import_module(f"tokenauction.commands.{command}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser(argv)
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
