"""``tokenauction audit`` speed and results.

1. ``search``: one profile, n = 2, k = 262,144 (Dirichlet(0.05) rows, a model-like long
   tail), every agent's full bid path (33 levels + 8 refinement levels) in float64, per
   rule; median wall time of ``--repeats`` runs.
2. ``--catalogue``: every catalogue rule audited on examples/ad_contexts.jsonl (n as in
   the cases, first token, seed 0; the model's distributions computed once per case):
   violation rate and max margin per rule.
3. ``--throughput CASES``: the audit of ``log_linear`` over the first CASES shipped
   cases with n = 2, in this process and on a local Ray with 2 workers (wall time from the first
   case to the last, model loads included): profiles per second.

    python -m benchmarks.bench_audit [--repeats 5] [--catalogue [--rules a,b]] [--throughput CASES] [--no-search]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np

CONTEXTS = Path(__file__).resolve().parent.parent / "examples" / "ad_contexts.jsonl"
K = 262_144


def time_search(rule_name: str, repeats: int) -> tuple[float, float]:
    """Median wall time and median CPU time (all threads) of one profile's search, seconds."""
    import mechanisms
    from properties import ORDERS
    from tokenauction.audit import worst_raise

    p = np.random.default_rng(0).dirichlet(np.full(K, 0.05), size=2)
    b = np.array([1.3, 0.6])
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        worst_raise(mechanisms.CATALOGUE[rule_name], ORDERS["coordinatewise"], p, b, agents=2)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def audit_catalogue(rules: list[str], seed: int = 0) -> None:
    import torch

    import mechanisms
    from tokenauction.audit import audit_profile, cached_model, case_profiles, read_cases
    from tokenauction.audit.report import summarise

    torch.set_num_threads(1)  # as the audit itself does (tokenauction.audit.run.CaseAuditor)
    lm = cached_model(None)
    cases = read_cases(CONTEXTS)
    started = time.perf_counter()
    profiles = [profile for case in cases for profile in case_profiles(lm, case, seed, 1)]
    print(f"{len(cases)} cases: distributions in {time.perf_counter() - started:.0f} s")
    print("| rule | violations | violation rate | max margin | worst token | s/profile |")
    print("|---|---:|---:|---:|---|---:|", flush=True)
    for name in rules:
        rule = mechanisms.CATALOGUE[name]
        started = time.perf_counter()
        found = [audit_profile(rule, "coordinatewise", profile, lm.decode) for profile in profiles]
        per_profile = (time.perf_counter() - started) / len(profiles)
        s = summarise(found, rule=name, property="monotonicity", order="coordinatewise", model=lm.name,
                      seed=seed, steps=1, cases=len(cases))
        worst = repr(s["counterexamples"][0]["token_text"]) if s["counterexamples"] else "—"
        print(f"| `{name}` | {s['violations']}/{s['profiles'] - s['undefined']} | {s['violation_rate']:.2f} "
              f"| {s['max_margin']:.3g} | {worst} | {per_profile:.2f} |", flush=True)


def throughput(count: int) -> None:
    from tokenauction.audit import CaseAuditor, read_cases
    from tokenauction.scaleout import Backend

    cases = [c for c in read_cases(CONTEXTS) if len(c.agents) == 2][:count]
    task = CaseAuditor("log_linear", "coordinatewise", 0, 1)
    results = {}
    for backend in (Backend(), Backend(workers=2)):
        start = time.perf_counter()
        results[backend.describe()] = backend.map(task, cases)
        elapsed = time.perf_counter() - start
        print(f"{backend.describe()}: {len(cases)} profiles in {elapsed:.0f} s = {len(cases) / elapsed:.3f} profiles/s",
              flush=True)
    local, on_ray = results.values()
    print("Ray results identical to the local run:", local == on_ray)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--catalogue", action="store_true", help="audit every catalogue rule on the shipped cases")
    parser.add_argument("--rules", help="comma-separated rules for --catalogue (default: all)")
    parser.add_argument("--throughput", type=int, metavar="CASES", default=0,
                        help="profiles/s over the first CASES shipped cases with n = 2, locally and on 2 Ray workers")
    parser.add_argument("--no-search", action="store_true", help="skip the one-profile search timing")
    args = parser.parse_args([] if argv is None else argv)
    if not args.no_search:
        print("search, one profile (n = 2, k = 262,144, 41 bid levels per agent, coordinatewise):")
        for rule in ("linear", "log_linear"):
            wall, cpu = time_search(rule, args.repeats)
            print(f"  {rule}: median {1e3 * wall:.0f} ms wall, {1e3 * cpu:.0f} ms CPU over {args.repeats} runs",
                  flush=True)
    if args.catalogue:
        import mechanisms

        audit_catalogue(args.rules.split(",") if args.rules else list(mechanisms.CATALOGUE))
    if args.throughput:
        throughput(args.throughput)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
