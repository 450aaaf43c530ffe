"""A token auction over fixed next-token distributions: the paper's mechanism without a model.

Each step draws a token from ``q = rule(p, b)`` with the seeded sampler and charges
every agent its critical-bid payment (docs/definitions.md#payments); the expected payment by Myerson's
formula sits beside it for comparison.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

import mechanisms as M


@dataclass(frozen=True)
class StepRecord:
    step: int
    token: int
    q_token: float
    payments: np.ndarray
    expected: np.ndarray


def _expected_or_nan(rule, p, b, agent: int) -> float:
    """Myerson's expected payment, NaN where the path has no stable coupling (as realised ones)."""
    try:
        return M.expected_critical_bid_payment(rule, p, b, agent)
    except M.NoStableCoupling:
        return float("nan")


def run_fixed_auction(rule, p, b, *, steps: int, seed: int = 0) -> list[StepRecord]:
    """``steps`` independent token draws with payments, reproducible from ``seed``."""
    _, p, b = M.check_profile(M.to_float64(p), M.to_float64(b))
    q = M.to_float64(rule(p, b))
    expected = np.array([_expected_or_nan(rule, p, b, i) for i in range(b.size)])
    records = []
    for step in range(steps):
        draws = M.step_uniforms(seed, step, b.size)
        token = M.inverse_cdf(q, draws.token_u)
        charge = M.critical_bid_payments(rule, p, b, token, draws.agent_u)
        records.append(StepRecord(step, token, float(q[token]), charge.payments, expected))
    return records
