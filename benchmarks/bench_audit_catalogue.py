"""Every catalogue rule audited for monotonicity on the shipped ad contexts, one model pass.

Each case's full-vocabulary distributions (k = 262,144, float64) come from the audit
package itself (:func:`tokenauction.audit.case_profiles`: a seeded linear-rule auction,
the bids drawn per case and step) and are computed **once**; every rule is then searched
on the very same profiles (:func:`tokenauction.audit.audit_profile`, the coordinatewise
order, 33 + 8 bid levels per agent). Per rule it prints the profiles where the rule is
defined, the violations (margin above :data:`properties.TOLERANCE`), the violation rate,
the max and median worst-raise margin over profiles, and the search's wall time; a row
is printed as soon as its rule is done, so a run cut short still reports the rules it
finished.

    python -m benchmarks.bench_audit_catalogue [--cases 55] [--steps 1] [--seed 0] [--rules a,b]
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import datetime, timezone
from pathlib import Path

CONTEXTS = Path(__file__).resolve().parent.parent / "examples" / "ad_contexts.jsonl"
PROPERTY, ORDER = "monotonicity", "coordinatewise"


def distributions(cases, seed: int, steps: int):
    """Every case's profiles from one linear-rule auction each, and the loaded model."""
    import torch

    from tokenauction.audit import cached_model, case_profiles

    torch.set_num_threads(1)  # as tokenauction.audit.run.CaseAuditor: the CLI's own numbers
    lm = cached_model(None)
    return lm, [profile for case in cases for profile in case_profiles(lm, case, seed, steps)]


def audit_rule(name: str, lm, profiles, cases: int, seed: int, steps: int) -> tuple[dict, float]:
    """The audit's summary of rule ``name`` on ``profiles`` and the search's wall time (s)."""
    import mechanisms
    from tokenauction.audit import audit_profile
    from tokenauction.audit.report import summarise

    rule = mechanisms.CATALOGUE[name]
    started = time.perf_counter()
    findings = [audit_profile(rule, ORDER, profile, lm.decode) for profile in profiles]
    seconds = time.perf_counter() - started
    return summarise(findings, rule=name, property=PROPERTY, order=ORDER, model=lm.name, seed=seed,
                     steps=steps, cases=cases), seconds


def _number(value, spec: str) -> str:
    return "n/a" if value is None else format(value, spec)


def row(summary: dict, seconds: float) -> str:
    """One Markdown table row (profiles: those where the rule is defined at the drawn bids)."""
    defined = summary["profiles"] - summary["undefined"]
    return (f"| `{summary['rule']}` | {defined} | {summary['violations']} "
            f"| {_number(summary['violation_rate'], '.2f')} | {_number(summary['max_margin'], '.3g')} "
            f"| {_number(summary['median_margin'], '.3g')} | {seconds:.0f} |")


def main(argv: list[str] | None = None) -> None:
    import mechanisms
    from tokenauction.audit import read_cases

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, help="only the first CASES shipped cases (default: all)")
    parser.add_argument("--steps", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rules", help="comma-separated catalogue rules (default: all, in catalogue order)")
    args = parser.parse_args([] if argv is None else argv)
    rules = args.rules.split(",") if args.rules else list(mechanisms.CATALOGUE)
    unknown = [name for name in rules if name not in mechanisms.CATALOGUE]
    if unknown:
        parser.error(f"unknown rule {unknown[0]!r}; choose from {', '.join(mechanisms.CATALOGUE)}")
    cases = read_cases(CONTEXTS)[:args.cases]
    begun = time.perf_counter()
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, load average {os.getloadavg()[0]:.1f}, "
          f"{os.cpu_count()} cores", flush=True)
    lm, profiles = distributions(cases, args.seed, args.steps)
    print(f"{len(cases)} cases, {len(profiles)} profiles ({lm.name}, k = {profiles[0].p.shape[1]:,}): "
          f"distributions in {time.perf_counter() - begun:.0f} s", flush=True)
    print("| rule | profiles | violations | violation rate | max margin | median margin | seconds |")
    print("|---|---:|---:|---:|---:|---:|---:|", flush=True)
    for name in rules:
        print(row(*audit_rule(name, lm, profiles, len(cases), args.seed, args.steps)), flush=True)
    print(f"wall {time.perf_counter() - begun:.0f} s, load average now {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
