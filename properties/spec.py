"""What a property is, and the vectorised helpers every property's search shares.

A :class:`Property` has a name, its formula (the docstring of its search), and two
functions:

- ``search(rule, profile, order, rng) -> Finding``: from one drawn profile, try many
  bid perturbations and bid paths in a few batched rule calls and return the largest
  margin seen, how many checks that was, and the witness;
- ``margin(rule, counterexample, order, dtype) -> float``: the margin of one witness,
  the function :func:`properties.replay` calls (``> 0`` means violated).

and declares what it needs and supports, from which the registry, replay, the
catalogue report and certify derive everything they do with it (nothing elsewhere is
keyed by its name):

- ``order_kinds``: the kinds of :class:`~properties.orders.Order` it is stated with
  (empty: none; incentive compatibility: valuation orders only);
- ``margin_precision``: the precision its margin can be recomputed in by
  :func:`properties.confirm` (float64 where it goes through ``mechanisms``' payments);
- ``payment``: the payment model its margin uses, if any.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Callable

import numpy as np
from mechanisms.batches import evaluate  # re-exported: the searches' batch evaluation

from .counterexample import Counterexample, Number
from .orders import Order, OrderKind
from .strategies import Profile

__all__ = ["Property", "Precision", "ANY_ORDER", "Finding", "evaluate", "integral_from_zero", "bid_levels", "bid_variants", "TOLERANCE", "HOLD_TOLERANCE"]

# Margins at or below this are float64 rounding, not violations: every quantity the
# properties compare is a probability or a valuation of moderate size.
TOLERANCE = 1e-9
# When a property needs an order relation to *hold* (the first half of a strict
# preference), it must hold up to rounding only: accepting up to TOLERANCE there would
# turn two outcomes 1e-9 apart into a "strict preference" in both directions.
HOLD_TOLERANCE = 1e-12

Rule = Callable


@dataclass(frozen=True)
class Finding:
    """The best result of one search: ``margin`` (largest seen), ``checks`` done, ``witness``."""

    margin: float
    checks: int
    witness: Counterexample | None


class Precision(StrEnum):
    """The precision a property's margin can be recomputed in (what :func:`properties.confirm` reports)."""

    EXTENDED = "extended (np.longdouble)"
    FLOAT64 = "float64 (payments)"  # payments, quadratures and couplings are float64


#: ``order_kinds`` of a property stated with any order.
ANY_ORDER = frozenset(OrderKind)


@dataclass(frozen=True)
class Property:
    """A property of docs/definitions.md (#properties, #payments) as a first-class object (see the module docstring)."""

    name: str
    formula: str
    search: Callable[[Rule, Profile, Order | None, np.random.Generator], Finding]
    margin: Callable[..., float]
    order_kinds: frozenset[OrderKind] = frozenset()
    margin_precision: Precision = Precision.EXTENDED
    payment: str | None = None

    @property
    def uses_order(self) -> bool:
        """Is the property stated with an order (``order_kinds`` not empty)?"""
        return bool(self.order_kinds)

    def accepts(self, order: Order) -> bool:
        """Is the property stated with ``order`` (its kind among ``order_kinds``)?"""
        return order.kind in self.order_kinds


def integral_from_zero(f, upper: float, points: int = 2048) -> float:
    """``∫_0^upper f(x) dx`` by the trapezoid rule on a geometric grid from ``1e-12·upper`` merged with a uniform one.

    An independent cross-check of ``mechanisms``' fixed quadratures: the geometric
    points resolve features at any scale near 0 (a cap at 1 under a bid of 1e9, say),
    the uniform ones features near ``upper`` (a jump of top-k), where a fixed number of
    panels sees few points. ``f`` is vectorised; the piece below ``1e-12·upper`` is
    taken at ``f``'s value there.

    >>> round(integral_from_zero(lambda x: 2 * x, 3.0), 6)
    9.0
    """
    if not upper > 0:
        return 0.0
    xs = np.union1d(upper * np.geomspace(1e-12, 1.0, points), np.linspace(0.0, upper, points + 1)[1:])
    values = np.asarray(f(xs), dtype=np.float64)
    return float(xs[0] * values[0] + np.sum(np.diff(xs) * (values[1:] + values[:-1]) / 2))


# Bid levels on an agent's path: simple absolute values (so shrunk counterexamples
# read well) plus multiples of its drawn bid (so the path sits at the drawn scale).
_ABSOLUTE_LEVELS = tuple(Fraction(x) for x in ("0", "1/1000", "1/2", "1", "2", "3", "10", "1000"))
_RELATIVE_LEVELS = tuple(Fraction(x) for x in ("1/4", "1/2", "1", "2", "4", "16"))
_EXTREME_LEVELS = (Fraction(1, 10**9), Fraction(10**9))


def bid_levels(bid: Number) -> list[Number]:
    """The 16 bids on one agent's path, increasing: simple values, multiples of ``bid``, extremes.

    Always 16 (repeats allowed), so that all agents' paths stack into one array.

    >>> [str(x) for x in bid_levels(Fraction(3))][:6]
    ['0', '1/1000000000', '1/1000', '1/2', '3/4', '1']
    """
    candidates = [*_ABSOLUTE_LEVELS, *(bid * m for m in _RELATIVE_LEVELS), *_EXTREME_LEVELS]
    return sorted(candidates, key=float)


def bid_variants(b: list[Number], rng: np.random.Generator, count: int) -> list[list[Number]]:
    """``b`` itself plus ``count − 1`` perturbations: others scaled by ``2^e``, ``e ∈ −4..4``, some zeroed.

    Exact numbers stay exact (powers of two are exact in both arithmetics).
    """
    variants = [list(b)]
    n = len(b)
    for _ in range(count - 1):
        exponents = rng.integers(-4, 5, size=n)
        zeroed = rng.random(n) < 0.2
        variants.append(
            [Fraction(0) if z else x * Fraction(2) ** int(e) for x, e, z in zip(b, exponents, zeroed)]
        )
    return variants
