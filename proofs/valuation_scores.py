r"""The valuation scores of docs/definitions.md#orders on extended reals, for Z3 and for replay.

Each score is the float64 one of ``mechanisms.valuations`` written again with
:class:`~proofs.extended.Ext` operations, so the ``−∞`` and NaN of numpy come out as
flags instead of being approximated:

* ``xlogy(x, y) = x log y`` where ``x > 0`` and ``0`` elsewhere (**0 · log 0 = 0**, and a
  zero or negative ``x`` contributes nothing: numpy's ``where(x > 0, x log(where(x > 0, y,
  1)), 0)``); ``log 0 = −∞``, ``log`` of a negative number is NaN;
* ``neg_kl_forward`` :math:`= \sum_t \mathrm{xlogy}(p_t, q_t) - \mathrm{xlogy}(p_t, p_t)`;
* ``neg_kl_reverse`` :math:`= \sum_t \mathrm{xlogy}(q_t, p_t) - \mathrm{xlogy}(q_t, q_t)`;
* ``neg_tv`` :math:`= -\tfrac12 \sum_t |p_t - q_t|` (``|x|`` as an If-term: exact);
* ``expected_log`` :math:`= \sum_t \mathrm{xlogy}(q_t, p_t)`.

``log`` is :func:`proofs.functions.ext_log`: exact (mpmath) on numbers, an
uninterpreted function with sound axioms on Z3 terms, its applications recorded by the
active :class:`~proofs.functions.Tracer` (so the query gets their axioms).

The drop :math:`V_i(q) - V_i(q')` follows ``properties.orders``: ``−∞ − (−∞) = 0``
(equal outcomes), ``V_i(q) = −∞`` is never a violation, ``V_i(q') = −∞ < V_i(q)`` always
is. A NaN score (``neg_kl_forward`` of an output with a negative entry where
``p_i > 0``: not a distribution) is numpy's "no comparison"; the prover counts it as a
*possible* violation instead, so such a rule is never proved (its candidate does not
replay: *unknown*).

>>> from fractions import Fraction as F
>>> drop = ScoreDrop("neg_tv", [F(1), F(0)], [F(1, 2), F(1, 2)], [F(1, 4), F(3, 4)])
>>> drop.exceeds(0), drop.exceeds(F(1, 5)), drop.exceeds(F(1, 4))   # TV 1/2 -> 3/4
(True, True, False)
>>> ScoreDrop("neg_kl_forward", [F(1), F(0)], [F(0), F(1)], [F(0), F(1)]).exceeds(0)   # −∞ − (−∞) = 0
False
"""

from __future__ import annotations

from fractions import Fraction

import z3

from .extended import Ext, b_or
from .functions import LOG, ext_log

VALUATION_ORDERS = ("neg_kl_forward", "neg_kl_reverse", "neg_tv", "expected_log")

_ZERO, _ONE = Ext(Fraction(0), nonneg=True), Ext(Fraction(1), nonneg=True)


def xlogy(x: Ext, y: Ext) -> Ext:
    """``x log y`` where ``x > 0``, else 0 (``mechanisms.valuations._xlogy``)."""
    positive = x.positive()
    return Ext.select(positive, x * ext_log(Ext.select(positive, y, _ONE)), _ZERO)


def _sum(terms) -> Ext:
    total = terms[0]
    for term in terms[1:]:
        total = total + term
    return total


def _abs(x: Ext) -> Ext:
    return Ext.select(x.lt(_ZERO), -x, x)


def score(order: str, p_i: list[Ext], q: list[Ext]) -> Ext:
    """``V_i(q)`` for a valuation order (the formulas of the module docstring)."""
    if order == "neg_kl_forward":
        return _sum([xlogy(p, r) - xlogy(p, p) for p, r in zip(p_i, q)])
    if order == "neg_kl_reverse":
        return _sum([xlogy(r, p) - xlogy(r, r) for p, r in zip(p_i, q)])
    if order == "neg_tv":
        return Ext(Fraction(-1, 2)) * _sum([_abs(p - r) for p, r in zip(p_i, q)])
    if order == "expected_log":
        return _sum([xlogy(r, p) for p, r in zip(p_i, q)])
    raise ValueError(f"{order!r} is not a valuation order (one of {', '.join(VALUATION_ORDERS)})")


class ScoreDrop:
    """``V_i(q) − V_i(q')`` for finite outcomes ``q``, ``q'`` (real values: Z3 terms or numbers).

    Built once (the ``log`` applications are recorded where it is built), then asked
    :meth:`exceeds` for each margin.
    """

    def __init__(self, order: str, p_i, q, q_new):
        before, after = (score(order, [Ext(v) for v in p_i], [Ext(v) for v in row]) for row in (q, q_new))
        # Ext arithmetic: (−∞) − (−∞) is NaN and NaN > m is false, which is the order's 0 > m
        self.drop = before - after
        self.undefined = b_or(before.nan, after.nan)

    def exceeds(self, margin=0):
        """Formula (or bool): the drop is ``> margin``, or a score is NaN (see the module docstring)."""
        return b_or(Ext(Fraction(margin)).lt(self.drop), self.undefined)



def chord_axioms(log_args) -> list:
    r"""Concavity of ``log`` between every two score applications: for ``x, y > 0``,

    .. math::  y \, L(x) \le y \, L(y) + x - y \qquad (\log x \le \log y + (x - y)/y),

    the tangent at ``y``. True of ``log``, so adding them keeps an *unsat* a proof; they
    are what comparing ``Σ_t p_t \log q_t`` with ``Σ_t p_t \log q'_t`` needs, which the
    one-point axioms of :mod:`proofs.transcendental` (tangents at 1) do not give.
    """
    args = list({x.get_id(): x for x in log_args}.values())
    return [z3.Implies(z3.And(x > 0, y > 0), y * LOG(x) <= y * LOG(y) + x - y)
            for x in args for y in args if not x.eq(y)]
