"""Properties stated with a preference order: monotonicity, consistent aggregation,
payment monotonicity (docs/definitions.md#properties).

Each search evaluates, in one batched rule call, every agent's bid path (16 levels,
see :func:`properties.spec.bid_levels`) under 8 variants of the others' bids, and
compares every pair of points on every path with the order's vectorised margin.

>>> import numpy as np, mechanisms
>>> from fractions import Fraction as F
>>> from properties.counterexample import Counterexample
>>> cx = Counterexample(p=[[F(1), F(0)], [F(0), F(1)]], b=[F(1), F(1)], agent=0, bid=F(3),
...                     token=0, margin=0.0)
>>> float(monotonicity_margin(mechanisms.linear, cx, ORDERS["coordinatewise"]))  # q(0): 1/2 → 3/4
-0.25
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import mechanisms
import numpy as np

from .counterexample import Counterexample, Number, as_array, as_float64
from .orders import ORDERS, Order, coordinatewise_excess
from .spec import ANY_ORDER, HOLD_TOLERANCE, TOLERANCE, Finding, Precision, Property, bid_levels, bid_variants, evaluate, integral_from_zero
from .strategies import Profile

__all__ = ["MONOTONICITY", "CONSISTENT_AGGREGATION", "PAYMENT_MONOTONICITY", "bid_paths", "BidPaths"]

VARIANTS = 8


@dataclass(frozen=True)
class BidPaths:
    """``q[i, v, g]``: the outcome when agent ``i`` bids ``levels[i][g]`` against variant ``v`` of the others' bids."""

    levels: list[list[Number]]
    variants: list[list[Number]]
    q: np.ndarray  # (n, V, G, k)

    def bids(self, agent: int, variant: int, level: int) -> list[Number]:
        row = list(self.variants[variant])
        row[agent] = self.levels[agent][level]
        return row


def bid_paths(rule, profile: Profile, rng: np.random.Generator, variants: int = VARIANTS) -> BidPaths:
    """All agents' bid paths against ``variants`` versions of the others' bids, in one rule call."""
    p = profile.p_float
    n, k = p.shape
    levels = [bid_levels(x) for x in profile.b]
    others = bid_variants(profile.b, rng, variants)
    level_values, variant_values = as_float64(levels), as_float64(others)
    count = level_values.shape[1]
    bids = np.broadcast_to(variant_values[None, :, None, :], (n, variants, count, n)).copy()
    agents = np.arange(n)
    bids[agents, :, :, agents] = level_values[:, None, :]
    q = evaluate(rule, p, bids.reshape(-1, n)).reshape(n, variants, count, k)
    return BidPaths(levels, others, q)


def _complexity(x: Number) -> int:
    """Digits needed to write ``x``: exact rationals by their digits, floats as long."""
    if isinstance(x, Fraction):
        return len(str(x.numerator)) + len(str(x.denominator))
    return 40


def _pick(margins: np.ndarray, complexity: np.ndarray) -> tuple[int, ...]:
    """Index of a near-largest margin (within 1%) written with the fewest digits.

    Shrinking simplifies the drawn profile; this simplifies the searched bids.
    """
    best = np.max(margins)
    if not best > TOLERANCE:
        return np.unravel_index(int(np.argmax(margins)), margins.shape)
    near = margins == best if np.isinf(best) else margins >= best - 0.01 * abs(best)
    return np.unravel_index(int(np.argmin(np.where(near, complexity, np.iinfo(np.int64).max))), margins.shape)


def _path_complexity(paths: BidPaths) -> np.ndarray:
    """``c[i, v, g, h]``: digits of the two bids, plus a penalty for perturbed others' bids."""
    levels = np.array([[_complexity(x) for x in row] for row in paths.levels])  # (n, G)
    perturbed = 1000 * (np.arange(len(paths.variants)) > 0)  # prefer the drawn bids
    return perturbed[None, :, None, None] + levels[:, None, :, None] + levels[:, None, None, :]


def _finite(margins: np.ndarray) -> np.ndarray:
    """NaN (a point where the rule is undefined) never counts as a violation."""
    return np.where(np.isnan(margins), -np.inf, margins)


def _worst_token(p_i, q, q_new) -> int:
    """The token that moved furthest away from the agent (coordinatewise)."""
    return int(np.argmax(coordinatewise_excess(p_i, q, q_new)))


# ------------------------------------------------------------------ monotonicity


def _search_monotonicity(rule, profile: Profile, order: Order, rng) -> Finding:
    """Monotonicity w.r.t. ``⪰_i``: for every ``i``, ``p``, ``b_{−i}`` and ``x ≤ x'``,
    ``q(x', b_{−i}) ⪰_i q(x, b_{−i})``. Margin: ``order.violation(p_i, q(x), q(x'))``."""
    paths = bid_paths(rule, profile, rng)
    p = profile.p_float
    pairs = order.pairwise(p[:, None, :], paths.q)  # (n, V, G, G)
    count = pairs.shape[-1]
    later = np.triu(np.ones((count, count), dtype=bool), 1)
    margins = np.where(later, _finite(pairs), -np.inf)
    checks = int(later.sum()) * margins.shape[0] * margins.shape[1]
    i, v, g, h = _pick(margins, _path_complexity(paths))
    margin = float(margins[i, v, g, h])
    if not margin > TOLERANCE:
        return Finding(margin, checks, None)
    witness = Counterexample(
        p=profile.p, b=paths.bids(i, v, g), agent=int(i), bid=paths.levels[i][h],
        token=_worst_token(p[i], paths.q[i, v, g], paths.q[i, v, h]), margin=margin,
        property="monotonicity", order=order.name,
    )
    return Finding(margin, checks, witness)


def _outcomes(rule, cx: Counterexample, bid_rows, dtype) -> tuple[np.ndarray, np.ndarray]:
    p = cx.p_array(dtype)
    return p, evaluate(rule, p, as_array(bid_rows, dtype))


def monotonicity_margin(rule, cx: Counterexample, order: Order, dtype=np.float64) -> float:
    """``order.violation(p_i, q(b), q(b with b_i → bid))``."""
    p, q = _outcomes(rule, cx, [cx.b, cx.raised_bids()], dtype)
    return order.violation(p[cx.agent], q[0], q[1])


MONOTONICITY = Property(
    "monotonicity", _search_monotonicity.__doc__, _search_monotonicity, monotonicity_margin, order_kinds=ANY_ORDER
)


# --------------------------------------------------------- consistent aggregation


def _strict(pairs: np.ndarray) -> np.ndarray:
    """``out[..., g, h]`` = margin of ``q[g] ≻ q[h]`` from the pairwise violations ``pairs[..., g, h]``.

    See :meth:`Order.strict_margin`: ``q[g] ⪰ q[h]`` fails by ``pairs[..., h, g]``.
    """
    forward = np.swapaxes(pairs, -1, -2)
    return np.where(forward <= HOLD_TOLERANCE, pairs, -forward)


def _search_consistent_aggregation(rule, profile: Profile, order: Order, rng) -> Finding:
    """Consistent aggregation: if ``q(x, b_{−i}) ≻_i q(x', b_{−i})`` then not
    ``q(x', b'_{−i}) ≻_i q(x, b'_{−i})``. Margin: the smaller of the two strict-preference
    margins (``> 0``: the agent's ranking of its own two bids flips with the others' bids)."""
    paths = bid_paths(rule, profile, rng)
    p = profile.p_float
    strict = _strict(_finite(order.pairwise(p[:, None, :], paths.q)))  # (n, V, G, G)
    # margins[i, v, w, g, h] = min(q_v(g) ≻ q_v(h), q_w(h) ≻ q_w(g))
    margins = np.minimum(strict[:, :, None, :, :], np.swapaxes(strict, -1, -2)[:, None, :, :, :])
    margins = _finite(margins)
    # complexity of (i, v, w, g, h): that of the pair on path (i, v), plus 1000 if w is perturbed
    pair = _path_complexity(paths)  # (n, V, G, G)
    perturbed_w = 1000 * (np.arange(len(paths.variants)) > 0)[None, None, :, None, None]
    i, v, w, g, h = _pick(margins, pair[:, :, None] + perturbed_w)
    margin = float(margins[i, v, w, g, h])
    checks = margins.size
    if not margin > TOLERANCE:
        return Finding(margin, checks, None)
    witness = Counterexample(
        p=profile.p, b=paths.bids(i, v, g), agent=int(i), bid=paths.levels[i][h],
        token=_worst_token(p[i], paths.q[i, v, g], paths.q[i, v, h]), margin=margin,
        property="consistent_aggregation", order=order.name,
        extra={"other_bids": paths.bids(i, w, g)},
    )
    return Finding(margin, checks, witness)


def consistent_aggregation_margin(rule, cx: Counterexample, order: Order, dtype=np.float64) -> float:
    """``min(q(x, b) ≻_i q(x', b), q(x', b') ≻_i q(x, b'))`` with ``x = b_i``, ``x' = bid``, ``b' = other_bids``."""
    other = list(cx.extra["other_bids"])
    other_raised = list(other)
    other_raised[cx.agent] = cx.bid
    p, q = _outcomes(rule, cx, [cx.b, cx.raised_bids(), other, other_raised], dtype)
    p_i = p[cx.agent]
    first = order.strict_margin(p_i, q[0], q[1], HOLD_TOLERANCE)
    second = order.strict_margin(p_i, q[3], q[2], HOLD_TOLERANCE)
    return np.minimum(first, second)


CONSISTENT_AGGREGATION = Property(
    "consistent_aggregation", _search_consistent_aggregation.__doc__, _search_consistent_aggregation,
    consistent_aggregation_margin, order_kinds=ANY_ORDER,
)


# ---------------------------------------------------------- payment monotonicity

# Expected payments integrate along the path (thousands of rule calls each), so this
# search looks at a few levels against the drawn bids only.
_PAYMENT_LEVELS = 6


def _expected_payments(rule, p, bid_rows, agent: int) -> tuple[np.ndarray, np.ndarray]:
    """Expected critical-bid payments at each row (``mechanisms``), and an error estimate.

    The estimate is the distance to an independent evaluation of Myerson's formula
    ``b a(b) − ∫_0^b a(x) dx`` with :func:`properties.spec.integral_from_zero`.
    """
    payments, errors = [], []
    for row in bid_rows:
        try:
            z = mechanisms.expected_critical_bid_payment(rule, p, row, agent)
        except mechanisms.NoStableCoupling:  # no payment exists here: nothing to compare
            payments.append(np.nan)
            errors.append(0.0)
            continue
        bid = float(row[agent])
        cross = 0.0
        if bid > 0:
            def a(xs, row=row):
                return mechanisms.pivot_probability(rule, p, row, agent, xs)

            cross = bid * float(a(bid)) - integral_from_zero(a, bid)
        payments.append(z)
        errors.append(abs(z - cross))
    return np.array(payments), np.array(errors)


# Payments are compared only beyond their error estimate plus this fraction of the larger bid.
PAYMENT_RESOLUTION = 1e-6


def _payment_pair_margin(order: Order, p_i, q, z, error, bids):
    """``z(x) > z(x') ⇒ q(x) ⪰_i q(x')`` in both directions for one pair of bids ``(x, x')``.

    ``q``, ``z``, ``error``, ``bids``: pairs (outcomes, payments, their error, the bids).
    """
    slack = error[0] + error[1] + PAYMENT_RESOLUTION * max(1.0, *bids)
    margins = [-np.inf]
    if z[0] > z[1] + slack:
        margins.append(float(order.violation(p_i, q[1], q[0])))
    if z[1] > z[0] + slack:
        margins.append(float(order.violation(p_i, q[0], q[1])))
    return max(margins)


def _search_payment_monotonicity(rule, profile: Profile, order: Order, rng) -> Finding:
    """Payment monotonicity (critical-bid payments, in expectation): paying strictly more
    buys a weakly preferred outcome, ``z_i(x) > z_i(x') ⇒ q(x, b_{−i}) ⪰_i q(x', b_{−i})``.
    Margin: ``order.violation(p_i, q(x'), q(x))`` over pairs with ``z_i(x) > z_i(x')`` by more
    than the payments' quadrature error estimate plus ``1e-6 · max(1, x, x')``."""
    p = profile.p_float
    best, checks, witness = -np.inf, 0, None
    for agent in range(len(profile.b)):
        levels = bid_levels(profile.b[agent])
        chosen = [levels[j] for j in np.linspace(0, len(levels) - 1, _PAYMENT_LEVELS).astype(int)]
        rows = []
        for level in chosen:
            row = list(profile.b)
            row[agent] = level
            rows.append(row)
        q = evaluate(rule, p, as_float64(rows))
        if np.isnan(q).any():
            continue
        z, error = _expected_payments(rule, p, as_float64(rows), agent)
        for g in range(len(rows)):
            for h in range(g + 1, len(rows)):
                checks += 1
                pair = [g, h]
                margin = _payment_pair_margin(order, p[agent], q[pair], z[pair], error[pair],
                                              (float(chosen[g]), float(chosen[h])))
                if margin > best:
                    best = margin
                    witness = (agent, rows[g], chosen[h], g, h, q)
    if witness is None or not best > TOLERANCE:
        return Finding(best, checks, None)
    agent, row, bid, g, h, q = witness
    cx = Counterexample(
        p=profile.p, b=row, agent=agent, bid=bid, token=_worst_token(p[agent], q[g], q[h]),
        margin=best, property="payment_monotonicity", order=order.name,
    )
    return Finding(best, checks, cx)


def payment_monotonicity_margin(rule, cx: Counterexample, order: Order, dtype=np.float64) -> float:
    """The pair margin for ``x = b_i`` and ``x' = bid`` (expected critical-bid payments, float64)."""
    p, q = _outcomes(rule, cx, [cx.b, cx.raised_bids()], dtype)
    z, error = _expected_payments(rule, cx.p_array(), as_float64([cx.b, cx.raised_bids()]), cx.agent)
    return _payment_pair_margin(order, p[cx.agent], q, z, error, (float(cx.b[cx.agent]), float(cx.bid)))


PAYMENT_MONOTONICITY = Property(
    "payment_monotonicity", _search_payment_monotonicity.__doc__, _search_payment_monotonicity,
    payment_monotonicity_margin, order_kinds=ANY_ORDER, margin_precision=Precision.FLOAT64,
    payment="critical_bid",
)
