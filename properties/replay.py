"""Replaying a counterexample: the same margin bit for bit, then checks that it is real.

``replay`` recomputes the margin from the counterexample's exact inputs in float64,
exactly as the engine did when it stored it (same code, same ``float()`` of the same
numbers), so ``replay(rule, cx) == cx.margin`` holds bit for bit on the same machine.
Every profile is evaluated **alone** (one ``rule(p, b)`` call per profile, see
:func:`properties.batching.alone`): a violation that only a batch produced does not
replay.

Which replay makes a counterexample depends on the question's :class:`Arithmetic`:

- ``float64`` (the default): the question is about the program as it runs. A float64
  replay with margin above the tolerance refutes, even when the violation exists only
  because of float64 rounding, overflow or underflow.
- ``real``: the question is about the rule as a function of real numbers (what the
  prover's proofs are about). The violation must also pass ``confirm``.

``confirm`` asks two more questions before a violation is believed in real arithmetic:

- **precision**: evaluated again in numpy's extended precision (``np.longdouble``,
  64-bit mantissa on x86-64; rationals divided there, not in float64), is the margin
  still above the tolerance?
- **ties**: with every positive probability nudged by a token-dependent factor
  ``1 + 10^{-6} (t + 1) / k`` (rows renormalised; zeros, equal rows and bids kept), is
  it still above the tolerance? A violation that exists only because two tokens tie
  exactly in ``q`` (so rounding decides, say, which one top-k keeps) fails this.

>>> import mechanisms
>>> from properties.engine import find_counterexample
>>> cx = find_counterexample(mechanisms.log_linear, seed=0, max_shrinks=20).counterexample
>>> replay(mechanisms.log_linear, cx) == cx.margin
True
>>> confirm(mechanisms.log_linear, cx).confirmed
True
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

import numpy as np

from .batching import alone
from .counterexample import Counterexample
from .orders import Order
from .registry import resolve
from .spec import TOLERANCE, Precision

__all__ = ["replay", "confirm", "Confirmation", "Arithmetic"]


class Arithmetic(StrEnum):
    """The arithmetic a question or verdict is about (see the module docstring)."""

    FLOAT64 = "float64"
    REAL = "real"

    @classmethod
    def parse(cls, value) -> "Arithmetic":
        try:
            return cls(value)
        except ValueError:
            raise ValueError(f"arithmetic must be one of {', '.join(cls)}, not {value!r}") from None

_TIE_BREAK = Fraction(1, 10**6)


def replay(rule, counterexample: Counterexample, order: str | Order | None = None) -> float:
    """The float64 margin of ``counterexample`` under ``rule``, each profile evaluated alone.

    ``order`` defaults to the recorded one.
    """
    prop, order_obj = resolve(counterexample.property, order or counterexample.order)
    return float(prop.margin(alone(rule), counterexample, order_obj))


@dataclass(frozen=True)
class Confirmation:
    """The margin in extended precision, and again with token ties broken.

    ``confirmed`` iff both exceed the tolerance. ``precision`` says what the first
    check could use: the property's ``margin_precision`` (margins through
    ``mechanisms``' payments stay float64).
    """

    margin: float
    tie_broken_margin: float
    precision: Precision
    confirmed: bool


def _break_token_ties(p: list[list]) -> list[list]:
    """Scale ``p_i(t) > 0`` by ``1 + 10^{-6} (t+1)/k`` and renormalise (exactly for Fractions)."""
    k = len(p[0])
    rows = []
    for row in p:
        scaled = [x * (1 + _TIE_BREAK * (t + 1) / k) if x > 0 else x for t, x in enumerate(row)]
        total = sum(scaled)
        rows.append([x / total for x in scaled])
    return rows


def confirm(rule, counterexample: Counterexample, order: str | Order | None = None) -> Confirmation:
    """Recompute the margin in extended precision, then with token ties broken (see the module docstring).

    Each profile is evaluated alone, as in :func:`replay`.
    """
    prop, order_obj = resolve(counterexample.property, order or counterexample.order)
    rule = alone(rule)
    margin = float(prop.margin(rule, counterexample, order_obj, dtype=np.longdouble))
    nudged = dataclasses.replace(counterexample, p=_break_token_ties(counterexample.p))
    tie_broken = float(prop.margin(rule, nudged, order_obj, dtype=np.longdouble))
    return Confirmation(margin, tie_broken, prop.margin_precision, margin > TOLERANCE and tie_broken > TOLERANCE)
