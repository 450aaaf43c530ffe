"""``tokenauction counterexample TARGET``: the minimal counterexample and a plot of its bid path."""

from __future__ import annotations

import json
from pathlib import Path

from tokenauction.commands.certify import EXIT, add_question_arguments, certify_or_fail, question_from


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("counterexample", help="find, print and plot the smallest counterexample")
    add_question_arguments(p)
    p.add_argument("--out", type=Path, default=Path("counterexample.png"), help="PNG plot path")
    p.set_defaults(func=run)


def run(args) -> int:
    from properties import Status
    from tokenauction.report import describe_counterexample, plot_bid_path

    rule, question = question_from(args)
    question.minimal = True
    cert = certify_or_fail(rule, question, args.target)
    if cert.counterexample is None:
        message = {Status.PROVED: f"no counterexample exists: {cert.property} is proved on {cert.domain}",
                   Status.UNKNOWN: f"no counterexample found within {question.timeout:g} s ({cert.method})"}
        print(json.dumps({"verdict": cert.verdict, "counterexample": None}) if args.json
              else message[cert.verdict])
        return EXIT[cert.verdict]
    plot = plot_bid_path(rule, cert.counterexample, args.out)
    if args.json:
        print(json.dumps({"verdict": Status.REFUTED, "counterexample": cert.counterexample.to_dict(), "plot": str(plot)}))
    else:
        print(describe_counterexample(cert.counterexample))
        print(cert.counterexample.to_json())
        print(f"plot: {plot}")
    return EXIT[Status.REFUTED]
