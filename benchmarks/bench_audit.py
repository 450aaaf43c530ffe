"""``tokenauction audit`` speed and throughput.

1. ``search``: one profile, n = 2, k = 262,144 (Dirichlet(0.05) rows, a model-like long
   tail, seed 0), every agent's full bid path (33 levels + 8 refinement levels) in
   float64, for linear and log_linear: median wall and CPU time of ``--repeats`` runs
   of the search on the rule and on the same rule as a black box (:class:`BlackBox`:
   for linear, the blocked search that the tiled one replaced), run alternately in the
   same process, and their ratio; with the load average, since the machine is shared.
2. ``--throughput CASES``: the audit of ``--rule`` (default log_linear) over the first
   CASES shipped cases with n = 2, in this process and on a local Ray with 2 workers
   (wall time from the first case to the last, model loads included): profiles per second.

Every catalogue rule on the shipped cases: ``benchmarks/bench_audit_catalogue.py``.

    python -m benchmarks.bench_audit [--repeats 5] [--throughput CASES [--rule NAME]] [--no-search]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import numpy as np

CONTEXTS = Path(__file__).resolve().parent.parent / "examples" / "ad_contexts.jsonl"
K = 262_144


SEARCH_RULES = ("linear", "log_linear")


class BlackBox:
    """The rule without its declarations (``tokenwise``): the audit searches it as any rule, in level blocks.

    Same values, so the same results: for ``linear`` this times the tiled search
    (:mod:`tokenauction.audit.tiled`) against the blocked one it replaced; for a rule that
    declares nothing both sides run the same code (a control for the machine's noise).
    """

    def __init__(self, rule):
        self.rule = rule

    def __call__(self, p, b):
        return self.rule(p, b)


def time_searches(rule_name: str, repeats: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU time (all threads), seconds, of the search on the rule and on its black box, alternately."""
    import mechanisms
    from properties import ORDERS
    from tokenauction.audit import worst_raise

    p = np.random.default_rng(0).dirichlet(np.full(K, 0.05), size=2)
    b = np.array([1.3, 0.6])
    order = ORDERS["coordinatewise"]
    rules = {"search": mechanisms.CATALOGUE[rule_name], "black box": BlackBox(mechanisms.CATALOGUE[rule_name])}
    found = {name: worst_raise(rule, order, p, b, 2) for name, rule in rules.items()}
    assert found["search"] == found["black box"], found
    times = {name: [] for name in rules}
    for _ in range(repeats):
        for name, rule in rules.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            worst_raise(rule, order, p, b, 2)
            times[name].append((time.perf_counter() - start, time.process_time() - start_cpu))
    return {name: (statistics.median(w for w, _ in t), statistics.median(c for _, c in t)) for name, t in times.items()}


def compare_searches(repeats: int) -> None:
    from tokenauction.audit.search import keep_freed_blocks

    keep_freed_blocks()  # the search sets it on its first call; set before either runs, both run under it
    print(f"search, one profile (n = 2, k = 262,144, 41 bid levels per agent, coordinatewise), "
          f"medians of {repeats}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:")
    for rule in SEARCH_RULES:
        t = time_searches(rule, repeats)
        (wall, cpu), (box_wall, box_cpu) = t["search"], t["black box"]
        print(f"  {rule}: {1e3 * wall:.0f} ms wall ({1e3 * cpu:.0f} ms CPU), as a black box {1e3 * box_wall:.0f} ms "
              f"wall ({1e3 * box_cpu:.0f} ms CPU): {box_wall / wall:.1f}x faster wall, {box_cpu / cpu:.1f}x less CPU; "
              f"load {os.getloadavg()[0]:.1f}", flush=True)


def throughput(count: int, rule: str) -> None:
    from tokenauction.audit import CaseAuditor, read_cases
    from tokenauction.scaleout import Backend

    cases = [c for c in read_cases(CONTEXTS) if len(c.agents) == 2][:count]
    task = CaseAuditor(rule, "coordinatewise", 0, 1)
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
    parser.add_argument("--throughput", type=int, metavar="CASES", default=0,
                        help="profiles/s over the first CASES shipped cases with n = 2, locally and on 2 Ray workers")
    parser.add_argument("--rule", default="log_linear", help="the catalogue rule --throughput audits")
    parser.add_argument("--no-search", action="store_true", help="skip the one-profile search timing")
    args = parser.parse_args([] if argv is None else argv)
    if not args.no_search:
        compare_searches(args.repeats)
    if args.throughput:
        throughput(args.throughput, args.rule)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
