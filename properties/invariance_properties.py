"""Properties without an order: validity, anonymity, unanimity, zero-bid neutrality,
bid-scale invariance (docs/definitions.md#properties).

Each compares the outcome on the drawn profile with outcomes on transformed profiles
(permuted, unanimous, with a zero bidder's distribution replaced, with bids scaled);
all transformed profiles go through the rule in one batched call. The margin is the
largest change in any token's probability (max norm), so ``> 0`` beyond rounding
means the property fails.

>>> import numpy as np, mechanisms
>>> from fractions import Fraction as F
>>> from properties.counterexample import Counterexample
>>> cx = Counterexample(p=[[F(1, 2), F(1, 2)]] * 2, b=[F(1), F(3)], agent=None, bid=None,
...                     token=None, margin=0.0, property="unanimity", order=None)
>>> float(unanimity_margin(mechanisms.linear, cx))
0.0
"""

from __future__ import annotations

from fractions import Fraction

import mechanisms
import numpy as np

from .counterexample import Counterexample, as_array, as_float64
from .spec import TOLERANCE, Finding, Precision, Property, evaluate
from .strategies import Profile

__all__ = ["VALIDITY", "ANONYMITY", "UNANIMITY", "ZERO_BID_NEUTRALITY", "SCALE_INVARIANCE"]


def _max_change(q, q_ref) -> np.ndarray:
    """``max_t |q(t) − q_ref(t)|`` per row; NaN rows (rule undefined) count as no change."""
    change = np.max(np.abs(q - q_ref), axis=-1)
    return np.where(np.isnan(change), -np.inf, change)


def _witness(profile_p, b, margin, name, q=None, q_ref=None, agent=None, extra=None) -> Counterexample:
    token = None if q is None else int(np.argmax(np.abs(q - q_ref)))
    return Counterexample(p=profile_p, b=list(b), agent=agent, bid=None, token=token, margin=margin,
                          property=name, order=None, extra=extra or {})


# ----------------------------------------------------------------------- validity


def validity_violation(q: np.ndarray, k: int) -> float:
    """How far ``q`` is from a distribution over ``k`` tokens: ``max(−min q, |Σ q − 1|)``; inf if not finite or misshapen."""
    q = np.asarray(q)
    if q.shape != (k,) or not np.all(np.isfinite(q)):
        return float("inf")
    return float(max(-np.min(q), abs(np.sum(q) - 1)))


def _validity_bids(profile: Profile) -> list[list]:
    """The drawn bids and their extremes: all equal, each agent alone at zero, scaled to 1e9
    (at most the profile's bid cap) and 1e-12."""
    b = profile.b
    n = len(b)
    rows = [list(b), [b[0]] * n]
    for i in range(n):
        rows.append([Fraction(0) if j == i else x for j, x in enumerate(b)])
    return rows + [[profile.capped(x * Fraction(10**9)) for x in b], [x * Fraction(1, 10**12) for x in b]]


def _validity_of_row(rule, p, row) -> tuple[float, str | None]:
    b = as_float64(row)
    try:
        mechanisms.check_profile(p, b)
    except mechanisms.InvalidInput:
        return -np.inf, None  # not a valid input
    try:
        q = np.asarray(rule(p, b), dtype=np.float64)
    except mechanisms.InvalidInput:
        return -np.inf, None  # outside the rule's declared domain (e.g. all bids zero)
    except Exception as error:  # a crash on valid input is the worst invalid output
        return float("inf"), f"{type(error).__name__}: {error}"
    return validity_violation(q, p.shape[-1]), None


def _search_validity(rule, profile: Profile, order, rng) -> Finding:
    """Validity: ``q(p, b)`` is a distribution (finite, ``≥ 0``, sums to 1) for every valid
    input, including zero probabilities, zero bids and extreme bids. A profile the rule
    rejects with ``mechanisms.InvalidInput`` is outside its domain, not a violation.
    Margin: ``max(−min_t q(t), |Σ_t q(t) − 1|)`` (``inf`` for non-finite output or a crash)."""
    p = profile.p_float
    best, witness = -np.inf, None
    rows = _validity_bids(profile)
    for row in rows:
        margin, error = _validity_of_row(rule, p, row)
        if margin > best:
            best = margin
            extra = {"error": error} if error else {}
            witness = _witness(profile.p, row, margin, "validity", extra=extra)
    found = witness if best > TOLERANCE else None
    return Finding(best, len(rows), found)


def validity_margin(rule, cx: Counterexample, order=None, dtype=np.float64) -> float:
    return _validity_of_row(rule, cx.p_array(dtype), cx.b)[0]


# the output is checked as the float64 distribution a caller would sample from
VALIDITY = Property("validity", _search_validity.__doc__, _search_validity, validity_margin,
                    margin_precision=Precision.FLOAT64)


# ---------------------------------------------------------------------- anonymity


def _permutations(n: int) -> list[list[int]]:
    """Every transposition with agent 0, and the reversal."""
    perms = []
    for j in range(1, n):
        perm = list(range(n))
        perm[0], perm[j] = j, 0
        perms.append(perm)
    if n > 2:
        perms.append(list(range(n))[::-1])
    return perms


def _search_anonymity(rule, profile: Profile, order, rng) -> Finding:
    """Anonymity: relabelling the agents changes nothing, ``q(p_π, b_π) = q(p, b)``.
    Margin: ``max_t |q(p_π, b_π)(t) − q(p, b)(t)|``."""
    n = len(profile.b)
    perms = _permutations(n)
    if not perms:
        return Finding(-np.inf, 0, None)
    p, b = profile.p_float, profile.b_float
    index = np.array([list(range(n))] + perms)
    q = evaluate(rule, p[index], b[index])
    change = _max_change(q[1:], q[:1])
    j = int(np.argmax(change))
    margin = float(change[j])
    if not margin > TOLERANCE:
        return Finding(margin, len(perms), None)
    return Finding(margin, len(perms), _witness(profile.p, profile.b, margin, "anonymity", q[j + 1], q[0],
                                                 extra={"permutation": perms[j]}))


def anonymity_margin(rule, cx: Counterexample, order=None, dtype=np.float64) -> float:
    perm = [int(x) for x in cx.extra["permutation"]]
    p, b = cx.p_array(dtype), cx.b_array(dtype)
    q = evaluate(rule, np.stack([p, p[perm]]), np.stack([b, b[perm]]))
    return float(_max_change(q[1], q[0]))


ANONYMITY = Property("anonymity", _search_anonymity.__doc__, _search_anonymity, anonymity_margin)


# ---------------------------------------------------------------------- unanimity


def _search_unanimity(rule, profile: Profile, order, rng) -> Finding:
    """Unanimity: if every ``p_i = r`` then ``q = r``. Each drawn row in turn is given to
    every agent. Margin: ``max_t |q(t) − r(t)|``."""
    p, b = profile.p_float, profile.b_float
    n = len(profile.b)
    unanimous = np.repeat(p[:, None, :], n, axis=1)  # (n choices of r, n agents, k)
    q = evaluate(rule, unanimous, np.broadcast_to(b, (n, n)))
    change = _max_change(q, p)
    r = int(np.argmax(change))
    margin = float(change[r])
    if not margin > TOLERANCE:
        return Finding(margin, n, None)
    return Finding(margin, n, _witness([profile.p[r]] * n, profile.b, margin, "unanimity", q[r], p[r]))


def unanimity_margin(rule, cx: Counterexample, order=None, dtype=np.float64) -> float:
    p = cx.p_array(dtype)
    q = evaluate(rule, p, cx.b_array(dtype)[None, :])
    return float(_max_change(q[0], p[0]))


UNANIMITY = Property("unanimity", _search_unanimity.__doc__, _search_unanimity, unanimity_margin)


# ------------------------------------------------------------ zero-bid neutrality


def _replacements(p: np.ndarray) -> np.ndarray:
    """Rows to swap in for a zero bidder: every drawn row, uniform, the two end point masses."""
    k = p.shape[-1]
    return np.concatenate([p, np.full((1, k), 1.0 / k), np.eye(k)[[0, k - 1]]])


def _search_zero_bid(rule, profile: Profile, order, rng) -> Finding:
    """Zero-bid neutrality: an agent bidding 0 has no influence — replacing its distribution
    leaves ``q`` unchanged (checked while some other bid is positive).
    Margin: ``max_t |q(p with p_i → r, b)(t) − q(p, b)(t)|``."""
    p = profile.p_float
    n = len(profile.b)
    best, checks, witness = -np.inf, 0, None
    for i in range(n):
        b = [Fraction(0) if j == i else x for j, x in enumerate(profile.b)]
        if not any(b):
            continue
        alternatives = _replacements(p)
        profiles = np.repeat(p[None], len(alternatives) + 1, axis=0)
        profiles[1:, i] = alternatives
        q = evaluate(rule, profiles, np.broadcast_to(as_float64(b), (len(profiles), n)))
        change = _max_change(q[1:], q[:1])
        checks += len(alternatives)
        j = int(np.argmax(change))
        if change[j] > best:
            best = float(change[j])
            witness = _witness(profile.p, b, best, "zero_bid_neutrality", q[j + 1], q[0], agent=i,
                               extra={"replacement": alternatives[j].tolist()})
    found = witness if best > TOLERANCE else None
    return Finding(best, checks, found)


def zero_bid_margin(rule, cx: Counterexample, order=None, dtype=np.float64) -> float:
    p = cx.p_array(dtype)
    replaced = p.copy()
    replaced[cx.agent] = as_array(cx.extra["replacement"], dtype)
    b = cx.b_array(dtype)
    q = evaluate(rule, np.stack([p, replaced]), np.stack([b, b]))
    return float(_max_change(q[1], q[0]))


ZERO_BID_NEUTRALITY = Property("zero_bid_neutrality", _search_zero_bid.__doc__, _search_zero_bid, zero_bid_margin)


# ------------------------------------------------------------- scale invariance

_SCALES = tuple(Fraction(x) for x in ("1/1000", "1/2", "2", "10", "1000000"))


def _search_scale(rule, profile: Profile, order, rng) -> Finding:
    """Bid-scale invariance: ``q(p, c·b) = q(p, b)`` for every ``c > 0`` (scales 1/1000 … 10⁶).
    Margin: ``max_t |q(p, c·b)(t) − q(p, b)(t)|``."""
    rows = [list(profile.b)] + [[x * c for x in profile.b] for c in _SCALES]
    q = evaluate(rule, profile.p_float, as_float64(rows))
    change = _max_change(q[1:], q[:1])
    j = int(np.argmax(change))
    margin = float(change[j])
    if not margin > TOLERANCE:
        return Finding(margin, len(_SCALES), None)
    return Finding(margin, len(_SCALES), _witness(profile.p, profile.b, margin, "scale_invariance", q[j + 1], q[0],
                                                   extra={"scale": _SCALES[j]}))


def scale_margin(rule, cx: Counterexample, order=None, dtype=np.float64) -> float:
    scaled = [x * cx.extra["scale"] for x in cx.b]
    q = evaluate(rule, cx.p_array(dtype), as_array([cx.b, scaled], dtype))
    return float(_max_change(q[1], q[0]))


SCALE_INVARIANCE = Property("scale_invariance", _search_scale.__doc__, _search_scale, scale_margin)
