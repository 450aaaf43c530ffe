"""Ex-post regret of truthful bidding under a valuation model (docs/definitions.md#properties).

Agent ``i`` with private value ``v_i`` has utility ``u_i(x) = v_i V_i(q(x, b_{−i})) − z_i(x)``
when it bids ``x``; truthful bidding is ``x = v_i``. Its ex-post regret is

    regret_i = max_x u_i(x) − u_i(v_i)

measured, as RegretNet measures it, by search over misreports (a grid of 64 bids
from 0 to 4 v_i, then a golden-section refinement around the best one). Payment
rules (expected payments, from ``mechanisms``):

- ``"myerson"``: ``z_i(x) = x V_i(q(x)) − ∫_0^x V_i(q(s)) ds`` (``myerson_valuation_payment``);
- ``"vcg"``: Clarke-pivot payments (``vcg_payments``; welfare maximisers only);
- ``"pay_your_bid"``: first price in expectation, ``z_i(x) = x · a_i(x)`` with
  ``a_i`` the pivot probability (the agent pays its bid when its bid changed the token).

The regret is NaN where the utilities are undefined (``V_i = −∞``, e.g. ``−KL(p_i ‖ q)``
when ``q`` misses part of ``p_i``'s support).

Myerson's payment makes truthful bidding optimal exactly when ``V_i(q(x))`` is
non-decreasing in ``x`` (the envelope argument); pay-your-bid never does.

>>> import numpy as np, mechanisms
>>> p = np.array([[0.9, 0.1], [0.2, 0.8]]); b = np.array([1.0, 1.0])
>>> regret(mechanisms.linear, p, b, 0, "neg_kl_forward", "myerson").regret < 1e-6
True
>>> regret(mechanisms.linear, p, b, 0, "neg_kl_forward", "pay_your_bid").regret > 1e-3
True
"""

from __future__ import annotations

from dataclasses import dataclass

import mechanisms
import numpy as np

from .orders import ORDERS
from .spec import integral_from_zero

__all__ = ["Regret", "regret", "utility", "PAYMENTS"]

PAYMENTS = ("myerson", "vcg", "pay_your_bid")
_GRID = 64
_GOLDEN_STEPS = 24


@dataclass(frozen=True)
class Regret:
    """``regret = best_utility − truthful_utility`` (≥ 0), reached at ``best_bid``.

    ``error`` estimates the quadrature error in the two utilities (Myerson payments
    are integrals; other payments are exact): the distance, at both bids, between
    ``mechanisms``' payment and an independent quadrature
    (:func:`properties.spec.integral_from_zero`). A regret below ``error`` says nothing.
    """

    regret: float
    best_bid: float
    truthful_utility: float
    best_utility: float
    error: float = 0.0


def _valuation(name: str):
    order = ORDERS.get(name)
    if order is None or order.score is None:
        valuations = [key for key, o in ORDERS.items() if o.score is not None]
        raise ValueError(f"unknown valuation {name!r}; choose one of {', '.join(valuations)}")
    return order.score


def _payment(rule, p, bids, agent, valuation, payment) -> float:
    if payment == "myerson":
        return mechanisms.myerson_valuation_payment(rule, p, bids, agent, valuation)
    if payment == "vcg":
        return float(mechanisms.vcg_payments(rule, p, bids, valuation)[agent])
    if payment == "pay_your_bid":
        x = float(bids[agent])
        return 0.0 if x == 0 else x * float(mechanisms.pivot_probability(rule, p, bids, agent, x))
    raise ValueError(f"unknown payment rule {payment!r}; choose one of {', '.join(PAYMENTS)}")


def utility(rule, p, b, agent: int, bid: float, valuation: str = "neg_kl_forward",
            payment: str = "myerson") -> float:
    """``u_i(bid) = v_i V_i(q(bid, b_{−i})) − z_i(bid)`` with ``v_i = b[agent]``."""
    score = _valuation(valuation)
    p = np.asarray(p, dtype=np.float64)
    bids = np.array(b, dtype=np.float64)
    value = float(bids[agent])
    bids[agent] = bid
    q = np.asarray(rule(p, bids), dtype=np.float64)
    return value * float(score(p[agent], q)) - _payment(rule, p, bids, agent, score, payment)


def _myerson_error(rule, p, b, agent: int, bid: float, valuation: str) -> float:
    """Distance between ``mechanisms``' Myerson payment at ``bid`` and an independent quadrature of it."""
    score = _valuation(valuation)
    p = np.asarray(p, dtype=np.float64)
    bids = np.array(b, dtype=np.float64)
    bids[agent] = bid
    if not bid > 0:
        return 0.0

    def value(xs):
        return score(p[agent], mechanisms.bid_path(rule, p, bids, agent, xs)[1])

    cross = bid * float(value([bid])[0]) - integral_from_zero(value, bid)
    return abs(_payment(rule, p, bids, agent, score, "myerson") - cross)


def regret(rule, p, b, agent: int, valuation: str = "neg_kl_forward", payment: str = "myerson") -> Regret:
    """Ex-post regret of agent ``agent`` bidding its value ``b[agent]`` truthfully (see the module docstring)."""
    value = float(np.asarray(b, dtype=np.float64)[agent])
    if not value > 0:
        raise ValueError(f"agent {agent}'s value (its bid) is {value!r}; regret needs a positive value")

    def u(x: float) -> float:
        return utility(rule, p, b, agent, x, valuation, payment)

    truthful = u(value)
    grid = np.linspace(0.0, 4 * value, _GRID + 1)
    utilities = np.array([u(x) for x in grid])
    utilities = np.where(np.isnan(utilities), -np.inf, utilities)
    j = int(np.argmax(utilities))
    best_x, best_u = float(grid[j]), float(utilities[j])
    lo, hi = float(grid[max(j - 1, 0)]), float(grid[min(j + 1, _GRID)])
    ratio = (np.sqrt(5) - 1) / 2
    for _ in range(_GOLDEN_STEPS):  # unimodal near the grid maximum in practice; keep the best seen
        a, c = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
        ua, uc = u(a), u(c)
        for x, ux in ((a, ua), (c, uc)):
            if ux > best_u:
                best_x, best_u = float(x), ux
        if ua >= uc:
            hi = c
        else:
            lo = a
    error = 0.0
    if payment == "myerson":
        error = sum(_myerson_error(rule, p, b, agent, x, valuation) for x in (value, best_x))
    return Regret(max(best_u - truthful, 0.0), best_x, truthful, max(best_u, truthful), error)
