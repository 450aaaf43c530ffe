"""Speed of the properties engine (issue 3 targets, 2-core CPU, float64).

- vectorised inner loop: monotonicity checks per second (n = 3, k = 8): one batched rule
  call over every agent's 16-level bid path against many variants of the others' bids,
  then the coordinatewise margin of every pair x < x' on every path — the engine's own
  ``bid_paths`` and ``Order.pairwise`` (target ≥ 1,000,000 checks/s);
- Hypothesis layer: profiles drawn and searched per second by ``find_counterexample``
  on the same case (target ≥ 200 examples/s);
- time to the first counterexample for log-linear under the coordinatewise order, default
  sizes (target < 2 s).

Each figure is the median of several runs. Run: ``python -m benchmarks.bench_properties``.
"""

from __future__ import annotations

import statistics
import time
from fractions import Fraction

import numpy as np

import mechanisms
from properties import ORDERS, find_counterexample
from properties.order_properties import bid_paths
from properties.strategies import Profile

RUNS = 5
VARIANTS = 2000  # others'-bid variants per call: 3 agents x 2000 x 16 levels = 96,000 profiles


def _profile(n: int = 3, k: int = 8) -> Profile:
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(k), size=n)
    return Profile(p=p.tolist(), b=[Fraction(1 + i) for i in range(n)], seed=0)


def inner_loop_checks_per_second(rule, order: str = "coordinatewise") -> float:
    """Pairs (x < x') compared per second, rule evaluation included."""
    profile, pairwise = _profile(), ORDERS[order].pairwise
    p = profile.p_float
    rates = []
    for run in range(RUNS):
        started = time.perf_counter()
        paths = bid_paths(rule, profile, np.random.default_rng(run), variants=VARIANTS)
        pairs = pairwise(p[:, None, :], paths.q)
        later = np.triu(np.ones(pairs.shape[-2:], dtype=bool), 1)
        worst = np.nanmax(np.where(later, pairs, -np.inf))  # NaN: undefined profiles (all bids 0)
        elapsed = time.perf_counter() - started
        assert np.isfinite(worst)
        rates.append(int(later.sum()) * pairs.shape[0] * pairs.shape[1] / elapsed)
    return statistics.median(rates)


def hypothesis_examples_per_second(rule) -> float:
    rates = []
    for seed in range(RUNS):
        result = find_counterexample(rule, "monotonicity", "coordinatewise", n=3, k=8, seed=seed,
                                     max_examples=400, timeout=120)
        assert not result.found
        rates.append(result.examples / result.seconds)
    return statistics.median(rates)


def first_counterexample_seconds(rule) -> float:
    times = []
    for seed in range(RUNS):
        result = find_counterexample(rule, "monotonicity", "coordinatewise", seed=seed, max_examples=500,
                                     timeout=30, max_shrinks=0)
        times.append(result.first_seconds)
    return statistics.median(times)


def main() -> None:
    linear, log_linear = mechanisms.linear, mechanisms.log_linear
    print("properties engine (median of %d runs; n = 3, k = 8, float64)" % RUNS)
    lin, log = inner_loop_checks_per_second(linear), inner_loop_checks_per_second(log_linear)
    print(f"  inner loop, monotonicity checks/s  linear {lin:12,.0f}   log-linear {log:12,.0f}"
          f"   ratio {lin / log:.2f}   (target >= 1,000,000)")
    # on monotone rules, so that every example is searched and none is shrunk
    bid_power = mechanisms.CATALOGUE["bid_power_2"]
    lin, power = hypothesis_examples_per_second(linear), hypothesis_examples_per_second(bid_power)
    print(f"  Hypothesis layer, examples/s       linear {lin:12,.0f}   bid power 2 {power:11,.0f}"
          f"   ratio {lin / power:.2f}   (target >= 200)")
    first = first_counterexample_seconds(log_linear)
    print(f"  first counterexample, log-linear coordinatewise (default n, k): {first:.3f} s   (target < 2 s)")


if __name__ == "__main__":
    main()
