r"""The search for payment-monotonicity violations on one full-vocabulary profile.

Payment monotonicity (docs/definitions.md#payment-monotonicity): paying strictly more
buys an outcome the agent weakly prefers, :math:`z_i(x) > z_i(x') \implies q(x, b_{-i})
\succeq_i q(x', b_{-i})`, with :math:`z_i` the expected critical-bid payment. Each pair
compares agent ``i``'s drawn bid with one of the :data:`~.aggregation.COARSE` levels of its
bid path (0, :math:`b_i \cdot 16^{\pm 1/2}, b_i \cdot 16^{\pm 1}`), the others' bids
fixed, and its margin is the properties package's own ``payment_monotonicity`` margin
(both directions; payments compared beyond their quadrature error estimates). Where no
stable coupling exists there is no payment and no comparison.

Payments integrate along the path: their quadratures evaluate the rule at about
:data:`QUADRATURE_BIDS` bids at once, so a full vocabulary needs memory in proportion
(:func:`check_memory`).
"""

from __future__ import annotations

import os

import numpy as np

import mechanisms
from properties.orders import Order
from properties.registry import PROPERTIES
from properties.spec import TOLERANCE, evaluate

from .aggregation import COARSE
from .search import path_levels
from .witness import Witness, instance, moving_token

PAYMENT_MONOTONICITY = PROPERTIES["payment_monotonicity"]
#: bids one quadrature of the payments evaluates at once (properties.spec.integral_from_zero's grid)
QUADRATURE_BIDS = 4_096
#: float64 arrays of shape (QUADRATURE_BIDS, k) alive at once: the path, its distances, the rule's own
ARRAYS_AT_ONCE = 3


class AuditTooLarge(MemoryError):
    """The search would need more memory than the machine has; the message gives both."""


def check_memory(k: int) -> None:
    """Raise :class:`AuditTooLarge` unless ``ARRAYS_AT_ONCE`` float64 ``(QUADRATURE_BIDS, k)`` arrays fit."""
    needed = ARRAYS_AT_ONCE * QUADRATURE_BIDS * k * 8
    available = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    if needed > available:
        raise AuditTooLarge(
            f"payment_monotonicity at k = {k:,} tokens: the expected payments' quadratures evaluate the rule "
            f"at ~{QUADRATURE_BIDS:,} bids at once, about {needed / 2**30:.0f} GiB; this machine has "
            f"{available / 2**30:.0f} GiB free")


def _pair_margin(rule, order: Order, p: np.ndarray, b: np.ndarray, agent: int, x: float) -> float:
    """The property's margin for the drawn bid against ``x`` (``-inf``: nothing to compare)."""
    cx = instance(p, b, agent, x, PAYMENT_MONOTONICITY.name, order.name)
    margin = float(PAYMENT_MONOTONICITY.margin(rule, cx, order))
    return -np.inf if np.isnan(margin) else margin


def _oriented(rule, p: np.ndarray, b: np.ndarray, agent: int, x: float, margin: float) -> Witness:
    """The pair as a witness; a violation goes from the cheaper bid to the dearer one, with both payments."""
    rows = np.array([b, b])
    rows[1, agent] = x
    z = None
    if margin > TOLERANCE:  # two more payments, only for what is reported
        z = [mechanisms.expected_critical_bid_payment(rule, p, row, agent) for row in rows]
        if z[1] < z[0]:
            rows, z = rows[::-1], z[::-1]
    q = evaluate(rule, p, rows)
    token, before, after, own = moving_token(p[agent], q[0], q[1])
    return Witness(agent, tuple(rows[0].tolist()), float(rows[1, agent]), margin, token, before, after, own,
                   payments=None if z is None else (z[0], z[1]))


def worst_payment_pair(rule, order: Order, p: np.ndarray, b: np.ndarray, agents: int) -> Witness | None:
    """The worst pair over the first ``agents`` rows' paths (``None``: nothing compared anywhere)."""
    p = np.asarray(p, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    check_memory(p.shape[-1])
    margin, agent, x = max((_pair_margin(rule, order, p, b, i, float(level)), i, float(level))
                           for i in range(agents) for level in path_levels(float(b[i]))[list(COARSE)])
    if not np.isfinite(margin):
        return None
    return _oriented(rule, p, b, agent, x, margin)
