"""``tokenauction audit TARGET --contexts FILE``: check a rule on a model's own full-vocabulary distributions.

    tokenauction audit log_linear --contexts examples/ad_contexts.jsonl --json
    tokenauction audit my_rules.py:rule --contexts cases.jsonl --steps 3 --workers 2 --out audit/
    tokenauction audit --replay audit/counterexample.json

Each case (a JSON line ``{"agents": {"Name": "context", ...}, "reference": "..."}``) runs
a linear-rule auction for ``--steps`` tokens; at each step every agent's next-token
distribution over the whole vocabulary comes from one batched forward pass, the bids
are drawn from ``--seed`` (each log-uniform on [1/4, 4], per case and step), and every
agent's bid path (33 levels from 0 to 16x its bid) is searched for moves that violate
the property: monotonicity (8 more levels near the worst raise), consistent_aggregation
(the others' bids also at 0, 1/16, 1/4, 4 and 16 times theirs) or payment_monotonicity
(expected critical-bid payments at 0, 1/16, 1/4, 4 and 16 times the bid), under any
--order. Exit 0: no violation; 1: violations; 3: bad usage (one line naming the problem).
"""

from __future__ import annotations

import json
from pathlib import Path

from tokenauction.cli import CLIError

USAGE_EXIT = 3


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("audit", help="check a rule on a real model's full-vocabulary distributions",
                              description=__doc__.splitlines()[0])
    p.add_argument("target", nargs="?",
                   help="a catalogue rule name, path/to/file.py:function or package.module:function")
    p.add_argument("--contexts", type=Path, help="JSON Lines file of cases")
    p.add_argument("--model", metavar="PATH_OR_ID",
                   help="a local transformers model directory or cached hub id (default: Gemma 3 270M)")
    p.add_argument("--steps", type=int, default=1, help="audit the first S tokens of each case (default 1)")
    p.add_argument("--property", default="monotonicity",
                   help="monotonicity, consistent_aggregation or payment_monotonicity (default monotonicity)")
    p.add_argument("--order", default="coordinatewise",
                   help="preference order, any of properties.ORDERS (default coordinatewise)")
    p.add_argument("--seed", type=int, default=0, help="seed of the auction's sampling and of the bids: per case c and step t, "
                        "numpy.random.default_rng([seed, c, t]) draws each agent's bid log-uniform on "
                        "[1/4, 4] (default 0)")
    p.add_argument("--json", action="store_true", help="one JSON object on stdout")
    p.add_argument("--out", type=Path, help="write audit.json, audit.md and margins.png here")
    p.add_argument("--workers", type=int, help="start a local Ray with N workers")
    p.add_argument("--ray", metavar="ADDRESS", help="join the Ray cluster at ADDRESS")
    p.add_argument("--replay", type=Path, metavar="CX.json",
                   help="recompute one counterexample's margin from the model (exit 1 if it still violates)")
    p.usage_exit = USAGE_EXIT
    p.set_defaults(func=run, usage_exit=USAGE_EXIT)


def _fail(message: str):
    raise CLIError(message, USAGE_EXIT)


def _check(args):
    """Everything the user typed, checked before the model loads; returns the cases."""
    from properties.registry import resolve
    from tokenauction.audit import CaseError, read_cases
    from tokenauction.audit.searches import SEARCHES

    if args.target is None:
        _fail("audit needs a TARGET rule (or --replay CX.json)")
    if args.contexts is None:
        _fail("audit needs --contexts FILE (JSON Lines, one case per line)")
    if args.property not in SEARCHES:
        _fail(f"--property {args.property!r}: the audit checks {', '.join(SEARCHES)}")
    try:
        resolve(args.property, args.order)
    except ValueError as exc:
        _fail(str(exc))
    if args.steps < 1:
        _fail(f"--steps must be >= 1, got {args.steps}")
    if args.seed < 0:
        _fail(f"--seed must be >= 0, got {args.seed}")
    if args.workers is not None and args.workers < 1:
        _fail(f"--workers must be >= 1, got {args.workers}")
    if args.out is not None and args.out.exists() and not args.out.is_dir():
        _fail(f"--out {args.out} is a file, not a folder")
    try:
        return read_cases(args.contexts)
    except CaseError as exc:
        _fail(str(exc))


def _rule_target(target: str) -> str:
    """The target as workers can load it (a file path made absolute), after checking the rule works."""
    from tokenauction.audit import resolve_target
    from tokenauction.loading import RuleProblem, check_rule

    try:
        check_rule(resolve_target(target), target)
    except RuleProblem as exc:
        _fail(str(exc))
    source, sep, name = target.rpartition(":")
    if sep and (source.endswith(".py") or "/" in source):
        target = f"{Path(source).resolve()}:{name}"
    return target


def _load(model):
    from tokenauction.audit import cached_model
    from tokenauction.llm.backend import ModelNotFound

    try:
        return cached_model(model)
    except ModelNotFound as exc:
        _fail(str(exc))


def run(args) -> int:
    if args.replay is not None:
        return _replay(args)
    from rich.console import Console
    from rich.progress import Progress

    import mechanisms
    from tokenauction.audit import CaseAuditor, report
    from tokenauction.audit.payment_search import AuditTooLarge
    from tokenauction.llm.backend import ModelNotFound
    from tokenauction.scaleout import Backend

    cases = _check(args)
    target = _rule_target(args.target)
    backend = Backend(args.workers, args.ray)
    console = Console(stderr=True)
    task = CaseAuditor(target, args.order, args.seed, args.steps, args.model, args.property)
    if not backend.uses_ray:  # load here, so that a missing model fails before any case runs
        with console.status("loading the model"):
            _load(args.model)
    console.print(f"audit: {len(cases)} cases on {backend.describe()}…")
    try:
        with Progress(console=console, transient=True) as progress:
            bar = progress.add_task("cases", total=len(cases))
            per_case = backend.map(task, cases, on_result=lambda _: progress.advance(bar))
    except (mechanisms.InvalidInput, ModelNotFound, AuditTooLarge) as exc:  # Ray re-raises them as subclasses
        _fail(f"{args.target}: {str(exc).strip().splitlines()[-1]}")
    summary = report.summarise([f for findings in per_case for f in findings], rule=target,
                               property=args.property, order=args.order, model=_model_name(args.model),
                               seed=args.seed, steps=args.steps, cases=len(cases))
    if args.out:
        report.write(summary, args.out)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(report.markdown(summary), end="")
        if args.out:
            print(f"written to {args.out}/")
    return 1 if summary["violations"] else 0


def _model_name(model: str | None) -> str:
    from tokenauction.llm.backend import DEFAULT_MODEL_NAME

    return DEFAULT_MODEL_NAME if model is None else model


def _replay(args) -> int:
    from properties import TOLERANCE
    from tokenauction.audit import ReplayError, replay_margin
    from tokenauction.llm.backend import DEFAULT_MODEL_NAME

    try:
        cx = json.loads(args.replay.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        _fail(f"{args.replay} is not JSON ({exc.msg} at line {exc.lineno})")
    except OSError:
        _fail(f"no such counterexample file: {args.replay}")
    if not isinstance(cx, dict):
        _fail(f"{args.replay} holds a {type(cx).__name__}, not one counterexample object")
    model = args.model or (None if cx.get("model") == DEFAULT_MODEL_NAME else cx.get("model"))
    try:
        margin = replay_margin(_load(model), cx)
    except ReplayError as exc:
        _fail(f"{args.replay}: {exc}")
    result = {"stored_margin": cx["margin"], "replayed_margin": margin,
              "violates": margin > TOLERANCE}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"margin {margin:.6g} (stored {cx['margin']:.6g}): "
              + ("still a violation" if result["violates"] else "no violation"))
    return 1 if result["violates"] else 0
