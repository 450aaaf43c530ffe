"""``tokenauction certify TARGET``: a verdict for a rule (exit 0 proved, 1 refuted, 2 unknown, 3 bad usage)."""

from __future__ import annotations

import json
from pathlib import Path

from tokenauction.cli import CLIError

# keyed by properties.Status's values (a StrEnum, equal to its strings), so that
# building the CLI's parser imports neither the fuzzer nor the prover
EXIT = {"proved": 0, "refuted": 1, "unknown": 2}
USAGE_EXIT = 3


def add_question_arguments(p) -> None:
    """The arguments that pose the question (shared with ``counterexample``)."""
    p.add_argument("target", help="path/to/file.py:function or package.module:function")
    p.add_argument("--property", default="monotonicity")
    p.add_argument("--order", default="coordinatewise")
    p.add_argument("--agents", type=int, help="n (default: small sizes plus the all-sizes argument)")
    p.add_argument("--tokens", type=int, help="k (default: small sizes plus the all-sizes argument)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds for the whole run")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--real-logits", help="a recorded real-logit fixture to fuzz on")
    p.add_argument("--bid-max", type=float, help="ask about bids <= this only")
    p.add_argument("--prob-floor", type=float, default=0.0, help="ask about probabilities >= this only")
    p.add_argument("--arithmetic", choices=("float64", "real"), default="float64",
                   help="float64: the program as it runs (default); real: the rule as a real-number function")
    p.add_argument("--json", action="store_true", help="one JSON object on stdout")
    p.usage_exit = USAGE_EXIT
    p.set_defaults(usage_exit=USAGE_EXIT)


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("certify", help="prove or refute a property of a rule")
    add_question_arguments(p)
    p.add_argument("--report", type=Path, help="write certificate, SMT-LIB2, plot and summary here")
    p.set_defaults(func=run)


def question_from(args):
    """Validate the arguments and load the rule: ``(rule, question)``."""
    import properties
    from tokenauction.certify import Question
    from tokenauction.loading import RuleProblem, load_rule

    if args.order not in properties.ORDERS:
        raise CLIError(f"unknown order {args.order!r}; choose from {', '.join(properties.ORDERS)}", USAGE_EXIT)
    try:  # the property exists and is stated with an order of this kind
        properties.resolve(args.property, args.order)
    except ValueError as exc:
        raise CLIError(str(exc), USAGE_EXIT) from None
    for flag, value, low in (("--agents", args.agents, 1), ("--tokens", args.tokens, 2)):
        if value is not None and value < low:
            raise CLIError(f"{flag} must be >= {low}, got {value}", USAGE_EXIT)
    if not args.timeout > 0:
        raise CLIError(f"--timeout must be > 0 seconds, got {args.timeout}", USAGE_EXIT)
    if args.bid_max is not None and not args.bid_max > 0:
        raise CLIError(f"--bid-max must be > 0, got {args.bid_max}", USAGE_EXIT)
    if not 0 <= args.prob_floor < 1:
        raise CLIError(f"--prob-floor must lie in [0, 1), got {args.prob_floor}", USAGE_EXIT)
    if args.real_logits:
        _check_fixture(args.real_logits)
    for flag in ("report", "out"):
        path = getattr(args, flag, None)
        if path is not None and path.exists() and path.is_dir() == (flag == "out"):
            kind = "a folder" if flag == "out" else "a file"
            raise CLIError(f"--{flag} {path} is {kind}", USAGE_EXIT)
    try:
        rule = load_rule(args.target)
    except RuleProblem as exc:
        raise CLIError(str(exc), USAGE_EXIT) from None
    question = Question(args.property, args.order, args.agents, args.tokens, args.bid_max,
                        args.prob_floor, args.seed, args.timeout, args.real_logits,
                        arithmetic=args.arithmetic)
    return rule, question


def _check_fixture(path: str) -> None:
    """A recorded fixture must exist and read back (``tokenauction record`` writes them)."""
    if not Path(path).is_file():
        raise CLIError(f"no such fixture file: {path}", USAGE_EXIT)
    from tokenauction.llm.fixtures import fixture_logits

    try:
        fixture_logits(path)
    except Exception as exc:
        raise CLIError(f"{path} is not a recorded logits fixture: {exc}", USAGE_EXIT) from None


def certify_or_fail(rule, question, name):
    from tokenauction.certify import certify
    from tokenauction.loading import RuleProblem

    try:
        return certify(rule, question, name=name)
    except RuleProblem as exc:
        raise CLIError(str(exc), USAGE_EXIT) from None


def run(args) -> int:
    from tokenauction.report import print_certification, write_report

    rule, question = question_from(args)
    cert = certify_or_fail(rule, question, args.target)
    if args.report:
        write_report(rule, cert, args.report)
    if args.json:
        out = cert.to_json()
        for check in out["checks"]:  # the SMT-LIB2 texts belong in --report, not on stdout
            check["queries"] = len(check.pop("smt2"))
        print(json.dumps(out))
    else:
        print_certification(cert)
        if args.report:
            print(f"report written to {args.report}/")
    return EXIT[cert.verdict]
