"""Time per verdict: every catalogue rule at n = 3, k = 4, the all-sizes argument, and
the naive fixed-size encoding of the linear rule at n = 4, k = 8.

Run ``python -m benchmarks.bench_proofs`` (or ``python -m benchmarks``). Each number is
the median wall time of ``REPEATS`` runs on this machine, with the verdict obtained.
"""

from __future__ import annotations

import platform
import statistics
import time

import mechanisms
from proofs import prove_all_sizes, prove_monotone

REPEATS = 3
TIMEOUT = 60.0
POOLS = ["linear", "linear_reference", "bid_power_2", "bid_power_0.5", "bid_cap_1", "bid_softmax", "dictator"]


def _median(fn, repeats=REPEATS):
    times, verdict = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        verdict = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), verdict


def _row(label, seconds, verdict):
    print(f"| {label} | {verdict.verdict} | {seconds:.2f} |", flush=True)
    return seconds


def main():
    print(f"proofs benchmark: median of {REPEATS} runs, timeout {TIMEOUT:g} s, "
          f"{platform.machine()} {platform.python_implementation()} {platform.python_version()}")
    print("\n| rule (coordinatewise, n = 3, k = 4) | verdict | seconds |\n|---|---|---|")
    times = [_row(name, *_median(lambda: prove_monotone(rule, n=3, k=4, timeout=TIMEOUT)))
             for name, rule in mechanisms.CATALOGUE.items()]
    print(f"\nmedian over the catalogue {statistics.median(times):.2f} s, max {max(times):.2f} s")
    print("\n| rule (all sizes) | verdict | seconds |\n|---|---|---|")
    for name in POOLS:
        _row(name, *_median(lambda: prove_all_sizes(mechanisms.CATALOGUE[name], timeout=TIMEOUT)))
    print("\n| naive fixed-size encoding, linear | verdict | seconds |\n|---|---|---|")
    for n, k in ((3, 4), (4, 8), (8, 32)):
        _row(f"n = {n}, k = {k}", *_median(lambda: prove_monotone(mechanisms.linear, n=n, k=k, timeout=TIMEOUT),
                                           repeats=REPEATS if n < 8 else 1))


if __name__ == "__main__":
    main()
