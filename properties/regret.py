"""Ex-post regret of truthful bidding under a valuation model (docs/definitions.md#properties).

Agent ``i`` with private value ``v_i`` has utility ``u_i(x) = v_i V_i(q(x, b_{−i})) − z_i(x)``
when it bids ``x``; truthful bidding is ``x = v_i``. Its ex-post regret is

    regret_i = max_x u_i(x) − u_i(v_i)

measured, as RegretNet measures it, by search over misreports (a grid of 64 bids
from 0 to 4 v_i, then three rounds of a 64 times finer grid between the best bid's
neighbours). Payment
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
#: Rounds of a finer grid between the best bid's neighbours (each 64 times finer).
_REFINEMENTS = 3


@dataclass(frozen=True)
class Regret:
    """``regret = best_utility − truthful_utility`` (≥ 0), reached at ``best_bid``.

    ``error`` estimates the quadrature error in the two utilities (Myerson payments
    are integrals; other payments are exact): the distance, at both bids, between
    the payment used and an independent quadrature
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


def _independent_myerson_payment(rule, p, b, agent: int, bid: float, valuation: str) -> float:
    """Myerson's payment at ``bid`` by an independent quadrature (:func:`properties.spec.integral_from_zero`)."""
    score = _valuation(valuation)
    p = np.asarray(p, dtype=np.float64)
    bids = np.array(b, dtype=np.float64)
    bids[agent] = bid
    if not bid > 0:
        return 0.0

    def value(xs):
        return score(p[agent], mechanisms.bid_path(rule, p, bids, agent, xs)[1])

    return bid * float(value([bid])[0]) - integral_from_zero(value, bid)


class _MyersonPath:
    r"""Agent ``i``'s utilities at many bids at once, with Myerson payments.

    ``u_i(x) = v_i V_i(q(x)) − z_i(x)``, ``z_i(x) = x V_i(q(x)) − ∫_0^x V_i(q(s)) ds`` — the
    payment of ``mechanisms.myerson_valuation_payment`` — for a sorted array of bids: the
    scores in one batched rule call, the integrals as running sums of the pieces between
    consecutive bids (``mechanisms.integrate_pieces``: one adaptive quadrature for all
    pieces), so that a grid costs a few rule calls instead of a few per bid.
    """

    def __init__(self, rule, p, b, agent: int, score, value: float):
        self.p = np.asarray(p, dtype=np.float64)
        self.bids = np.array(b, dtype=np.float64)
        self.rule, self.agent, self.score, self.value = rule, agent, score, value

    def scores(self, xs) -> np.ndarray:
        """``V_i(q(x))`` for each ``x`` in ``xs`` (a first ``x = 0`` where the rule is undefined: its right limit)."""
        return self.score(self.p[self.agent], mechanisms.bid_path(self.rule, self.p, self.bids, self.agent, xs)[1])

    def payments(self, xs: np.ndarray) -> np.ndarray:
        """``z_i(x)`` for each ``x`` of the sorted ``xs >= 0``."""
        positive = xs[xs > 0]
        if positive.size == 0:
            return np.zeros(xs.size)
        integrals = np.cumsum(mechanisms.integrate_pieces(self.scores, np.concatenate([[0.0], positive])))
        with np.errstate(invalid="ignore"):
            out = positive * self.scores(positive) - integrals
        return np.concatenate([np.zeros(xs.size - positive.size), out])

    def utilities(self, xs: np.ndarray) -> np.ndarray:
        return self.value * self.scores(xs) - self.payments(xs)


def _best_response(utilities, value: float) -> tuple[float, float, float]:
    """``(best bid, its utility, the truthful utility)``: a grid of bids over ``[0, 4 v_i]``,
    then :data:`_REFINEMENTS` finer grids between the best point's neighbours; ``utilities``
    maps a sorted array of bids to theirs (NaN where undefined)."""
    xs = np.union1d(np.linspace(0.0, 4 * value, _GRID + 1), [value])
    found = utilities(xs)
    truthful = float(found[np.searchsorted(xs, value)])  # NaN there makes the regret NaN
    found = np.nan_to_num(found, nan=-np.inf)
    best_x, best_u = value, truthful if not np.isnan(truthful) else -np.inf
    for _ in range(_REFINEMENTS + 1):
        j = int(np.argmax(found))
        if found[j] > best_u:
            best_x, best_u = float(xs[j]), float(found[j])
        xs = np.linspace(xs[max(j - 1, 0)], xs[min(j + 1, xs.size - 1)], _GRID + 1)
        # the truthful bid again would differ from its first value by the quadrature's rounding only
        found = np.where(xs == value, -np.inf, np.nan_to_num(utilities(xs), nan=-np.inf))
    return best_x, best_u, truthful


def regret(rule, p, b, agent: int, valuation: str = "neg_kl_forward", payment: str = "myerson") -> Regret:
    """Ex-post regret of agent ``agent`` bidding its value ``b[agent]`` truthfully (see the module docstring)."""
    value = float(np.asarray(b, dtype=np.float64)[agent])
    if not value > 0:
        raise ValueError(f"agent {agent}'s value (its bid) is {value!r}; regret needs a positive value")
    if payment == "myerson":
        path = _MyersonPath(rule, p, b, agent, _valuation(valuation), value)
        best_x, best_u, truthful = _best_response(path.utilities, value)
        error = sum(abs(float(path.payments(np.array([x]))[0])
                        - _independent_myerson_payment(rule, p, b, agent, x, valuation)) for x in (value, best_x))
        return Regret(best_u - truthful, best_x, truthful, best_u, error)
    best_x, best_u, truthful = _best_response(
        lambda xs: np.array([utility(rule, p, b, agent, float(x), valuation, payment) for x in xs]), value)
    return Regret(best_u - truthful, best_x, truthful, best_u)
