"""``tokenauction audit`` speed and results.

1. ``search``: one profile, n = 2, k = 262,144 (Dirichlet(0.05) rows, a model-like long
   tail, seed 0), every agent's full bid path (33 levels + 8 refinement levels) in
   float64, for linear, log_linear and bid_softmax: median wall and CPU time of
   ``--repeats`` runs of the search, and of the reference below (the search before its
   levels went through the rule in blocks), run alternately in the same process, and
   their ratio; with the load average, since the machine is shared.
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
import os
import statistics
import time
from pathlib import Path

import numpy as np

CONTEXTS = Path(__file__).resolve().parent.parent / "examples" / "ad_contexts.jsonl"
K = 262_144


SEARCH_RULES = ("linear", "log_linear", "bid_softmax")


class ReferenceSearch:
    """The search as it was before the blocks: each agent's 33 levels in one rule call, margins on ``(33, k)``.

    Kept here only, to time the search against; same levels, same results.
    """

    def __call__(self, rule, order, p, b, agents):
        from concurrent.futures import ThreadPoolExecutor

        from properties.spec import evaluate

        q_drawn = evaluate(rule, p, b[None, :])[0]
        if np.isnan(q_drawn).any():
            return None
        with ThreadPoolExecutor(max_workers=min(agents, os.cpu_count() or 1)) as pool:  # one thread per agent
            raises = list(pool.map(lambda i: self.agent(rule, order, p, b, i, q_drawn), range(agents)))
        return max(raises, key=lambda r: r.margin)

    @staticmethod
    def margins(order, p_i, q_drawn, q_levels, bid, levels):
        cut = int(np.searchsorted(levels, bid))
        below = order.violation(p_i, q_levels[:cut], q_drawn)
        above = order.violation(p_i, q_drawn, q_levels[cut:])
        margins = np.concatenate([np.atleast_1d(below), np.atleast_1d(above)])
        return np.where(np.isnan(margins), -np.inf, margins)

    def agent(self, rule, order, p, b, agent, q_drawn):
        from properties.orders import coordinatewise_excess
        from tokenauction.audit.search import REFINE, Raise, outcomes, path_levels

        bid = float(b[agent])
        levels = path_levels(bid)
        q_levels = outcomes(rule, p, b, agent, levels)
        margins = self.margins(order, p[agent], q_drawn, q_levels, bid, levels)
        worst = int(np.argmax(margins))
        low, high = levels[max(worst - 1, 0)], levels[min(worst + 1, len(levels) - 1)]
        low, high = (low, min(high, bid)) if levels[worst] < bid else (max(low, bid), high)
        extra = np.linspace(low, high, REFINE + 2)[1:-1]
        q_extra = outcomes(rule, p, b, agent, extra)
        extra_margins = self.margins(order, p[agent], q_drawn, q_extra, bid, extra)
        if extra_margins.max() > margins[worst]:
            best = int(np.argmax(extra_margins))
            x, q_x, margin = extra[best], q_extra[best], extra_margins[best]
        else:
            x, q_x, margin = levels[worst], q_levels[worst], margins[worst]
        low, high, q_low, q_high = (x, bid, q_x, q_drawn) if x < bid else (bid, x, q_drawn, q_x)
        token = int(np.argmax(coordinatewise_excess(p[agent], q_low, q_high)))
        return Raise(agent, float(low), float(high), float(margin), token,
                     float(q_low[token]), float(q_high[token]), float(p[agent, token]))


def time_searches(rule_name: str, repeats: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU time (all threads), seconds, of the search and of the reference, run alternately."""
    import mechanisms
    from properties import ORDERS
    from tokenauction.audit import worst_raise

    p = np.random.default_rng(0).dirichlet(np.full(K, 0.05), size=2)
    b = np.array([1.3, 0.6])
    rule, order = mechanisms.CATALOGUE[rule_name], ORDERS["coordinatewise"]
    searches = {"search": worst_raise, "reference": ReferenceSearch()}
    found = {name: search(rule, order, p, b, 2) for name, search in searches.items()}
    assert found["search"] == found["reference"], found
    times = {name: [] for name in searches}
    for _ in range(repeats):
        for name, search in searches.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            search(rule, order, p, b, 2)
            times[name].append((time.perf_counter() - start, time.process_time() - start_cpu))
    return {name: (statistics.median(w for w, _ in t), statistics.median(c for _, c in t)) for name, t in times.items()}


def compare_searches(repeats: int) -> None:
    from tokenauction.audit.search import keep_freed_blocks

    keep_freed_blocks()  # the search sets it on its first call; set before either runs, both run under it
    print(f"search, one profile (n = 2, k = 262,144, 41 bid levels per agent, coordinatewise), "
          f"medians of {repeats}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:")
    for rule in SEARCH_RULES:
        t = time_searches(rule, repeats)
        (wall, cpu), (ref_wall, ref_cpu) = t["search"], t["reference"]
        print(f"  {rule}: {1e3 * wall:.0f} ms wall ({1e3 * cpu:.0f} ms CPU), reference {1e3 * ref_wall:.0f} ms wall "
              f"({1e3 * ref_cpu:.0f} ms CPU): {ref_wall / wall:.1f}x faster wall, {ref_cpu / cpu:.1f}x less CPU; "
              f"load {os.getloadavg()[0]:.1f}", flush=True)


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
        compare_searches(args.repeats)
    if args.catalogue:
        import mechanisms

        audit_catalogue(args.rules.split(",") if args.rules else list(mechanisms.CATALOGUE))
    if args.throughput:
        throughput(args.throughput)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
