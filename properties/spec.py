"""What a property is, and the vectorised helpers every property's search shares.

A :class:`Property` has a name, its formula (the docstring of its search), and two
functions:

- ``search(rule, profile, order, rng) -> Finding``: from one drawn profile, try many
  bid perturbations and bid paths in a few batched rule calls and return the largest
  margin seen, how many checks that was, and the witness;
- ``margin(rule, counterexample, order) -> float``: the margin of one witness, the
  function :func:`properties.replay` calls (``> 0`` means violated).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Callable

import mechanisms
import numpy as np

from .counterexample import Counterexample, Number
from .orders import Order
from .strategies import Profile, profiles

__all__ = ["Property", "Finding", "evaluate", "integral_from_zero", "bid_levels", "bid_variants", "TOLERANCE", "HOLD_TOLERANCE"]

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


@dataclass(frozen=True)
class Property:
    """A property of docs/definitions.md (#properties, #payments) as a first-class object (see the module docstring)."""

    name: str
    formula: str
    search: Callable[[Rule, Profile, Order | None, np.random.Generator], Finding]
    margin: Callable[[Rule, Counterexample, Order | None], float]
    uses_order: bool = False

    def strategy(self, n=None, k=None, logits=None):
        """Hypothesis strategy for this property's drawn inputs (see :func:`properties.strategies.profiles`)."""
        return profiles(n=n, k=k, logits=logits)


def evaluate(rule: Rule, p: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``q = rule(p, b)`` for a batch, with NaN rows where the rule is undefined.

    ``p`` is ``(n, k)`` or ``(B, n, k)``, ``b`` is ``(B, n)``; the result is ``(B, k)``
    in ``p``'s dtype. A rule declares a profile outside its domain by raising
    ``mechanisms.InvalidInput`` (all bids zero, disjoint supports for log-linear), and
    one such row fails the whole batched call. Whether a profile is in the domain
    usually depends only on which bids are zero, so the batch is split by that pattern;
    a group that fails and whose first row fails alone is taken as undefined as a
    whole, any other failing group is bisected. Undefined rows come back as NaN and
    take part in no comparison (a wrong guess can only hide a check, never invent a
    violation).
    """
    try:
        return _call(rule, p, b)
    except mechanisms.InvalidInput:
        pass
    q = np.full((len(b), p.shape[-1]), np.nan, dtype=p.dtype)
    _, group = np.unique(b > 0, axis=0, return_inverse=True)
    for g in np.unique(group):
        rows = np.flatnonzero(group.ravel() == g)
        p_rows = p if p.ndim == 2 else p[rows]
        try:
            q[rows] = _call(rule, p_rows, b[rows])
        except mechanisms.InvalidInput:
            if _defined(rule, p_rows if p.ndim == 2 else p_rows[:1], b[rows[:1]]):
                q[rows] = _bisect(rule, p_rows, b[rows])
    return q


def _defined(rule: Rule, p: np.ndarray, b: np.ndarray) -> bool:
    try:
        _call(rule, p, b)
    except mechanisms.InvalidInput:
        return False
    return True


def _call(rule: Rule, p: np.ndarray, b: np.ndarray) -> np.ndarray:
    q = np.asarray(rule(p, b), dtype=p.dtype)
    if q.shape != (len(b), p.shape[-1]):
        raise ValueError(
            f"the rule returned shape {q.shape} for p of shape {p.shape} and bids of shape "
            f"{b.shape}; rules must accept batched bids and return shape {(len(b), p.shape[-1])}"
        )
    return q


def _bisect(rule: Rule, p: np.ndarray, b: np.ndarray) -> np.ndarray:
    try:
        return _call(rule, p, b)
    except mechanisms.InvalidInput:
        if len(b) == 1:
            return np.full((1, p.shape[-1]), np.nan, dtype=p.dtype)
    half = len(b) // 2
    p_lo, p_hi = (p, p) if p.ndim == 2 else (p[:half], p[half:])
    return np.concatenate([_bisect(rule, p_lo, b[:half]), _bisect(rule, p_hi, b[half:])])


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
