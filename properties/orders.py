"""Preference orders over distributions (docs/definitions.md#orders), each with a vectorised margin.

Agent ``i``'s preference ``⪰_i`` depends on its own distribution ``p_i``. Every order
here answers one question, vectorised over leading batch dimensions:

    order.violation(p_i, q, q_new)  ->  how far ``q_new ⪰_i q`` fails

A result ``> 0`` means ``q_new`` is *not* weakly preferred to ``q`` (the amount is the
margin of the violation); ``<= 0`` means it is. For the valuation orders the margin is
``V_i(q) − V_i(q_new)``, signed; for the two geometric orders it is a distance, in
probability units.

The valuation scores are ``mechanisms.valuations`` (computed in float64).

Example (the linear rule moves straight towards the bidder, so no violation):

>>> import numpy as np
>>> p_i = np.array([1.0, 0.0]); q = np.array([0.5, 0.5]); q_new = np.array([0.75, 0.25])
>>> float(ORDERS["coordinatewise"].violation(p_i, q, q_new))
-0.25
>>> float(ORDERS["coordinatewise"].violation(p_i, q_new, q))   # moving back is a violation
0.25
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Callable

import mechanisms
import numpy as np

__all__ = ["Order", "OrderKind", "ORDERS", "coordinatewise_excess"]


class OrderKind(StrEnum):
    """What an order is: a geometric partial order, or the total order of a valuation score."""

    PARTIAL = "partial"      # ``violation`` is a distance, in probability units
    VALUATION = "valuation"  # ``q' ⪰_i q`` iff ``V_i(q') >= V_i(q)``; ``violation`` is ``V_i(q) − V_i(q')``


@dataclass(frozen=True)
class Order:
    """A preference order ``⪰_i`` named in docs/definitions.md#orders.

    ``score`` is ``V_i(q)`` for the valuation (total) orders and ``None`` for the
    partial orders, whose ``violation`` is a distance instead; :attr:`kind` says which.
    """

    name: str
    formula: str
    violation: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]
    score: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None

    @property
    def kind(self) -> OrderKind:
        """:attr:`OrderKind.VALUATION` iff the order has a ``score``."""
        return OrderKind.PARTIAL if self.score is None else OrderKind.VALUATION

    def pairwise(self, p_i, path):
        """All pairs along paths: ``out[..., g, h] = violation(p_i, path[..., g, :], path[..., h, :])``.

        ``path`` has shape ``(..., G, k)`` and ``p_i`` broadcasts against ``(..., k)``.
        Valuation orders score each point once (``G`` scores, not ``G²`` divergences).
        """
        p_i = np.asarray(p_i)[..., None, :]
        if self.score is None:
            return self.violation(p_i[..., None, :], path[..., :, None, :], path[..., None, :, :])
        scores = _defined_score(self.score, p_i, path)
        return _score_difference(scores[..., :, None], scores[..., None, :])

    def strict_margin(self, p_i, better, worse, tolerance: float = 1e-12):
        """Margin of ``better ≻_i worse`` (``> 0`` iff it holds).

        ``a ≻ b`` means ``a ⪰ b`` and not ``b ⪰ a``. The margin is how far ``b ⪰ a``
        fails when ``a ⪰ b`` holds (within ``tolerance``), and minus the failure of
        ``a ⪰ b`` otherwise. For a valuation order this is ``V(a) − V(b)``.
        """
        forward = self.violation(p_i, worse, better)  # does better ⪰ worse fail?
        backward = self.violation(p_i, better, worse)  # does worse ⪰ better fail?
        return np.where(forward <= tolerance, backward, -forward)


def coordinatewise_excess(p_i, q, q_new):
    """Per token: how far ``q_new(t)`` lies outside the interval between ``q(t)`` and ``p_i(t)``.

    ``max(lo − q_new(t), q_new(t) − hi)`` with ``lo, hi`` the ends of the interval;
    negative inside it. Shape ``(..., k)``.
    """
    lo = np.minimum(q, p_i)
    hi = np.maximum(q, p_i)
    return np.maximum(lo - q_new, q_new - hi)


def _coordinatewise(p_i, q, q_new):
    return np.max(coordinatewise_excess(p_i, q, q_new), axis=-1)


def _segment(p_i, q, q_new):
    # Distance (max norm) from q_new to its Euclidean projection on the segment [q, p_i].
    direction = p_i - q
    length2 = np.sum(direction * direction, axis=-1, keepdims=True)
    along = np.sum((q_new - q) * direction, axis=-1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        alpha = np.where(length2 > 0, along / np.where(length2 > 0, length2, 1.0), 0.0)
    alpha = np.clip(alpha, 0.0, 1.0)
    return np.max(np.abs(q_new - (q + alpha * direction)), axis=-1)


def _score_difference(before, after):
    """``before − after``, with ``−inf − (−inf) = 0``: equal outcomes in the extended reals."""
    with np.errstate(invalid="ignore"):
        margin = before - after
    return np.where(np.isneginf(before) & np.isneginf(after), 0.0, margin)


def _defined_score(score, p_i, q):
    """``V_i(q)``, NaN where ``q`` is (a NaN row marks a profile where the rule is undefined)."""
    return np.where(np.isnan(q).any(axis=-1), np.nan, score(p_i, q))


def _valuation_violation(score):
    def violation(p_i, q, q_new):
        return _score_difference(_defined_score(score, p_i, q), _defined_score(score, p_i, q_new))

    return violation


def _valuation_order(name: str, formula: str, score) -> Order:
    return Order(name, formula, _valuation_violation(score), score)


ORDERS: dict[str, Order] = {
    "coordinatewise": Order(
        "coordinatewise",
        "q' ⪰_i q iff q'(t) lies between q(t) and p_i(t) for every token t; "
        "margin max_t max(lo_t − q'(t), q'(t) − hi_t)",
        _coordinatewise,
    ),
    "segment": Order(
        "segment",
        "q' ⪰_i q iff q' = (1 − α) q + α p_i for some α ∈ [0, 1]; "
        "margin: max-norm distance from q' to that segment",
        _segment,
    ),
    "neg_kl_forward": _valuation_order(
        "neg_kl_forward", "V_i(q) = −KL(p_i ‖ q); margin V_i(q) − V_i(q')", mechanisms.valuations.neg_kl_forward
    ),
    "neg_kl_reverse": _valuation_order(
        "neg_kl_reverse", "V_i(q) = −KL(q ‖ p_i); margin V_i(q) − V_i(q')", mechanisms.valuations.neg_kl_reverse
    ),
    "neg_tv": _valuation_order("neg_tv", "V_i(q) = −TV(p_i, q); margin V_i(q) − V_i(q')", mechanisms.valuations.neg_tv),
    "expected_log": _valuation_order(
        "expected_log", "V_i(q) = E_{t∼q} log p_i(t); margin V_i(q) − V_i(q')", mechanisms.valuations.expected_log
    ),
}
