r"""The preference orders of docs/definitions.md#orders as formulas ("q_new is *not* preferred to q, by >= margin").

* **coordinatewise**: a violation is a token ``t`` with ``q'(t)`` outside the interval
  between ``q(t)`` and ``p_i(t)``:
  :math:`\bigvee_t \big(q'_t + m \le \min(q_t, p_t)\big) \lor \big(q'_t - m \ge \max(q_t, p_t)\big)`.
* **segment**: with :math:`d = q' - q` and :math:`e = p_i - q`, some
  :math:`\alpha \in [0, 1]` has :math:`d = \alpha e` iff :math:`d_t e_u = d_u e_t` for all
  :math:`t, u`, :math:`d_t e_t \ge 0` and :math:`d_t^2 \le e_t^2` for all :math:`t`
  (if :math:`e \ne 0`, :math:`\alpha = d_u / e_u` for any :math:`e_u \ne 0`; if
  :math:`e = 0` the last condition forces :math:`d = 0`). A violation negates one of
  them, quantifier-free.

* **valuation orders** (``neg_tv``, ``neg_kl_forward``, ``neg_kl_reverse``,
  ``expected_log``; fixed sizes only): :math:`V_i(q) - V_i(q') > m`, the scores on
  extended reals as ``properties.orders`` computes them (:mod:`proofs.valuation_scores`).

``m = 0`` asks for any violation (strict inequalities); ``m > 0`` for a robust one.
The same functions evaluate exactly on numbers (counterexample replay): they return
Python booleans there.

>>> from fractions import Fraction as F
>>> violated("coordinatewise", [F(1), F(0)], [F(1, 2), F(1, 2)], [F(1, 4), F(3, 4)])
True
>>> violated("segment", [F(1), F(0)], [F(1, 2), F(1, 2)], [F(3, 4), F(1, 4)])
False
"""

from __future__ import annotations

from .extended import b_and, b_or, r_add, r_eq, r_lt, r_mul, r_sub
from .valuation_scores import VALUATION_ORDERS, ScoreDrop

ORDERS = ("coordinatewise", "segment")
#: The orders a fixed-size query can pose: the geometric ones and the valuation orders.
FIXED_SIZE_ORDERS = ORDERS + VALUATION_ORDERS


def _le(a, b):
    return b_or(r_lt(a, b), r_eq(a, b))


def _below(a, b, margin):
    """``a < b`` (margin 0) or ``a + margin <= b``."""
    return r_lt(a, b) if margin == 0 else _le(r_add(a, margin), b)


def check_order(order: str, orders: tuple[str, ...] = ORDERS) -> None:
    if order not in orders:
        raise ValueError(f"order must be one of {', '.join(orders)} for proofs, not {order!r}")


def violated(order: str, p_i, q, q_new, margin=0):
    """Formula (or bool): ``q_new`` is not ``⪰_i q`` under ``order``, by at least ``margin``."""
    return b_or(*Violation(order, p_i, q, q_new).parts(margin))


def violation_parts(order: str, p_i, q, q_new, margin=0) -> list:
    """The violation under a geometric order as a list of disjuncts (see :class:`Violation`)."""
    check_order(order)
    return Violation(order, p_i, q, q_new).parts(margin)


class Violation:
    """"``q_new`` is not ``⪰_i q``" as a list of disjuncts, each naming few tokens (one
    query each is much faster than one query over their disjunction).

    A valuation order is one disjunct, its score drop built here once: on Z3 terms
    inside the active Tracer, which records the ``log`` applications for their axioms.
    """

    def __init__(self, order: str, p_i, q, q_new):
        check_order(order, FIXED_SIZE_ORDERS)
        self.order, self.p_i, self.q, self.q_new = order, p_i, q, q_new
        self.drop = ScoreDrop(order, p_i, q, q_new) if order in VALUATION_ORDERS else None

    def parts(self, margin=0) -> list:
        if self.drop is not None:
            return [self.drop.exceeds(margin)]
        return _geometric_parts(self.order, self.p_i, self.q, self.q_new, margin)


def _geometric_parts(order: str, p_i, q, q_new, margin) -> list:
    k = len(q)
    if order == "coordinatewise":
        return [b_or(b_and(_below(q_new[t], q[t], margin), _below(q_new[t], p_i[t], margin)),
                     b_and(_below(q[t], q_new[t], margin), _below(p_i[t], q_new[t], margin)))
                for t in range(k)]
    d = [r_sub(q_new[t], q[t]) for t in range(k)]
    e = [r_sub(p_i[t], q[t]) for t in range(k)]
    turned = []
    for t in range(k):
        for u in range(t + 1, k):
            left, right = r_mul(d[t], e[u]), r_mul(d[u], e[t])
            turned.append(b_or(_below(left, right, margin), _below(right, left, margin)))
    away = [_below(r_mul(d[t], e[t]), 0, margin) for t in range(k)]
    beyond = [_below(r_mul(e[t], e[t]), r_mul(d[t], d[t]), margin) for t in range(k)]
    return [b_or(away[t], beyond[t]) for t in range(k)] + turned
