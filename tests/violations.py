"""Shared by the trap galleries: profiles and the size of a coordinatewise violation, in numpy."""

from __future__ import annotations

import numpy as np


def one_hot_rows(n: int, k: int) -> np.ndarray:
    """Agent 0 all on token 0, every other agent all on token 1."""
    p = np.zeros((n, k))
    p[0, 0] = 1.0
    p[1:, 1] = 1.0
    return p


def coordinatewise_excess(rule, p, b, bid) -> float:
    """How far some q'_t lies outside [min(q_t, p_0t), max(q_t, p_0t)] after agent 0 bids ``bid``
    (positive: a violation of coordinatewise monotonicity)."""
    raised = np.array(b, dtype=np.float64)
    raised[0] = bid
    q, q_new = (np.asarray(rule(p, bids), dtype=np.float64) for bids in (np.asarray(b, dtype=np.float64), raised))
    low, high = np.minimum(q, p[0]), np.maximum(q, p[0])
    return float(max(np.max(low - q_new), np.max(q_new - high)))
