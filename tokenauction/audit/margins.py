r"""Margins of the raises between one agent's bid levels and its drawn bid.

For agent ``i`` with distribution ``p_i`` and drawn outcome ``q_d = q(b)``, a level
``x`` gives outcome ``q_x`` and

- ``below(q_x) = order.violation(p_i, q_x, q_d)``: the raise from ``x < b_i`` to ``b_i``;
- ``above(q_x) = order.violation(p_i, q_d, q_x)``: the raise from ``b_i`` to ``x > b_i``;

one margin per row of a ``(levels, k)`` block (NaN where a row is). :class:`OrderMargins`
calls the order itself, for any order; :class:`CoordinatewiseMargins` computes the
coordinatewise order's margins, bit for bit the same, without its ``(levels, k)``
temporaries (at k = 262,144 they are what a search spends its time on).
"""

from __future__ import annotations

import numpy as np

from properties import ORDERS
from properties.orders import Order

__all__ = ["OrderMargins", "CoordinatewiseMargins", "margins_for"]


class OrderMargins:
    """``order.violation`` between a block of outcomes and the drawn one, for any order."""

    def __init__(self, order: Order, p_i: np.ndarray, q_drawn: np.ndarray):
        self.order, self.p_i, self.q_drawn = order, p_i, q_drawn

    def below(self, q: np.ndarray) -> np.ndarray:
        """``violation(p_i, q[r], q_d)`` for every row ``r``."""
        return np.atleast_1d(self.order.violation(self.p_i, q, self.q_drawn))

    def above(self, q: np.ndarray) -> np.ndarray:
        """``violation(p_i, q_d, q[r])`` for every row ``r``."""
        return np.atleast_1d(self.order.violation(self.p_i, self.q_drawn, q))


class CoordinatewiseMargins:
    r"""The coordinatewise margin :math:`\max_t \max(lo_t - q'(t),\ q'(t) - hi_t)`, one row at a time.

    ``lo, hi`` are the ends of the interval between ``q(t)`` and ``p_i(t)``. The
    margin is taken as :math:`\max(\max_t (lo_t - q'(t)),\ \max_t (q'(t) - hi_t))`: a
    maximum does not round, so this is ``properties.orders``' value bit for bit, and
    a NaN anywhere in the row still gives NaN. Each difference is written into one
    reused row buffer, which stays in cache; for a raise from the drawn bid ``lo, hi``
    are computed once.
    """

    def __init__(self, p_i: np.ndarray, q_drawn: np.ndarray):
        self.p_i, self.q_drawn = p_i, q_drawn
        self.lo, self.hi = np.minimum(q_drawn, p_i), np.maximum(q_drawn, p_i)
        self.row = np.empty((1, q_drawn.shape[-1]))

    def below(self, q: np.ndarray) -> np.ndarray:
        """Raises to the drawn bid: the interval is between ``q[r]`` and ``p_i``, ``q' = q_d``."""
        return np.array([margins_below(q_r[None], self.p_i, self.q_drawn, self.row)[0] for q_r in q], dtype=np.float64)

    def above(self, q: np.ndarray) -> np.ndarray:
        """Raises from the drawn bid: the interval is between ``q_d`` and ``p_i``, ``q' = q[r]``."""
        return np.array([margins_above(q_r[None], self.lo, self.hi, self.row)[0] for q_r in q], dtype=np.float64)


def margins_below(q: np.ndarray, p_i: np.ndarray, q_drawn: np.ndarray, buffer: np.ndarray) -> np.ndarray:
    """Per row of ``q`` (levels below the drawn bid): ``max(max_t (min(q, p_i) − q_d), max_t (q_d − max(q, p_i)))``,
    each difference written into ``buffer`` (the shape of ``q``)."""
    np.minimum(q, p_i, out=buffer)
    under = np.subtract(buffer, q_drawn, out=buffer).max(axis=1)
    np.maximum(q, p_i, out=buffer)
    over = np.subtract(q_drawn, buffer, out=buffer).max(axis=1)
    return np.maximum(under, over)


def margins_above(q: np.ndarray, lo: np.ndarray, hi: np.ndarray, buffer: np.ndarray) -> np.ndarray:
    """Per row of ``q`` (levels above the drawn bid): ``max(max_t (lo − q), max_t (q − hi))``, ``lo, hi`` the
    ends of the interval between ``q_d`` and ``p_i``."""
    under = np.subtract(lo, q, out=buffer).max(axis=1)
    over = np.subtract(q, hi, out=buffer).max(axis=1)
    return np.maximum(under, over)


def margins_for(order: Order, p_i: np.ndarray, q_drawn: np.ndarray) -> OrderMargins | CoordinatewiseMargins:
    """The fused margins for the coordinatewise order (the audit's default), the order's own otherwise."""
    if order == ORDERS["coordinatewise"]:
        return CoordinatewiseMargins(p_i, q_drawn)
    return OrderMargins(order, p_i, q_drawn)
