"""Replaying a solver's candidate on the numeric rule before anything is called refuted.

A candidate ``(p, b, agent, bid)`` from Z3 is only a claim about the *encoding*. It
becomes a counterexample when the rule's own source, run twice, shows the violation:

1. **exactly** — on :class:`~proofs.symbolic.SymArray` of ``Fraction`` (exact
   rationals; ``mpmath`` at 512 bits once exp/log/roots appear), and
2. **in float64** — on plain numpy arrays, the margin measured by
   ``properties.orders`` (an implementation independent of this package) and
   required to exceed :data:`FLOAT_MARGIN`.

Only when both agree is the candidate returned, as a :class:`properties.Counterexample`.

>>> import mechanisms
>>> from fractions import Fraction as F
>>> r = replay_monotonicity(mechanisms.CATALOGUE["linear_argmax"], "coordinatewise",
...                         [[F(9, 16), F(7, 16)], [F(3, 8), F(5, 8)]], [F(1, 2), F(1, 4)], 0, F(17, 2))
>>> r.confirmed, r.counterexample.token, r.counterexample.margin
(True, 0, 0.4375)
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import mpmath
import numpy as np
from mechanisms import evaluate
from properties.counterexample import Counterexample
from properties.orders import ORDERS

from .extended import EXACT_PRECISION_BITS, Ext, NotSymbolic, check_no_refusal, recording_refusals
from .order_formulas import violated
from .symbolic import SymArray

#: A float64 replay must show a violation larger than this (properties' tolerance).
FLOAT_MARGIN = 1e-9
#: With mpmath values in play, the exact replay must show at least this margin.
HIGH_PRECISION_MARGIN = Fraction(1, 10**40)


@dataclass
class Replay:
    """A candidate's replay: ``confirmed`` with its ``counterexample``, or not, and ``reason`` why."""

    confirmed: bool
    reason: str = ""
    counterexample: Counterexample | None = None


def exact_outputs(rule, p, b, bits: int = EXACT_PRECISION_BITS) -> list[Ext]:
    """The rule's own source on exact inputs (``SymArray`` of ``Fraction``; mpmath at
    ``bits`` for exp/log/roots), flattened. Raises ``NotSymbolic`` (also for a refusal
    the rule caught) or the rule's own error."""
    with recording_refusals() as log, mpmath.workprec(bits):
        q = rule(SymArray.of_terms(p), SymArray.of_terms(b))
        check_no_refusal(log)
    if not isinstance(q, SymArray):
        raise TypeError(f"the rule returned {type(q).__name__} on symbolic arrays")
    return [e if isinstance(e, Ext) else Ext.of(int(e)) for e in q.elems.reshape(-1)]


def _exact_outcome(rule, p, b):
    values = exact_outputs(rule, p, b)
    if not all(e.finite is True for e in values):
        return None
    return [e.val for e in values]


def _token(order: str, p_i, q, q_new) -> int:
    if order == "coordinatewise":
        excess = np.maximum(np.minimum(q, p_i) - q_new, q_new - np.maximum(q, p_i))
        return int(np.argmax(excess))
    direction = p_i - q
    length2 = float(direction @ direction)
    alpha = float(np.clip((q_new - q) @ direction / length2, 0, 1)) if length2 > 0 else 0.0
    return int(np.argmax(np.abs(q_new - q - alpha * direction)))


def replay_monotonicity(rule, order: str, p, b, agent: int, bid, rule_name: str | None = None) -> Replay:
    """Does raising ``agent``'s bid from ``b[agent]`` to ``bid`` violate ``order``?"""
    raised = list(b)
    raised[agent] = bid
    try:
        q, q_new = _exact_outcome(rule, p, b), _exact_outcome(rule, p, raised)
    except (Exception, NotSymbolic) as exc:  # a refusal, or the rule's own error on exact numbers
        return Replay(False, f"exact replay impossible: {type(exc).__name__}: {exc}")
    if q is None or q_new is None:
        return Replay(False, "the rule's output is not finite at the candidate (exact replay)")
    high_precision = any(isinstance(v, mpmath.mpf) for v in q + q_new)
    margin = HIGH_PRECISION_MARGIN if high_precision else 0
    with mpmath.workprec(EXACT_PRECISION_BITS):
        exact = violated(order, list(p[agent]), q, q_new, margin)
    if exact is not True:
        return Replay(False, "the exact replay shows no violation")
    pf, bf, rf = (np.array([[float(v) for v in row] for row in p]), np.array([float(v) for v in b]),
                  np.array([float(v) for v in raised]))
    try:
        qf, qf_new = np.asarray(rule(pf, bf), dtype=np.float64), np.asarray(rule(pf, rf), dtype=np.float64)
    except ValueError as exc:  # mechanisms.InvalidInput: the rule refuses the float64 input
        return Replay(False, f"the numeric rule rejects the candidate: {exc}")
    float_margin = float(ORDERS[order].violation(pf[agent], qf, qf_new))
    if not float_margin > FLOAT_MARGIN:
        return Replay(False, f"float64 replay margin {float_margin:.3g} is not above {FLOAT_MARGIN:g}")
    cx = Counterexample(p=[list(row) for row in p], b=list(b), agent=agent, bid=bid,
                        token=_token(order, pf[agent], qf, qf_new), margin=float_margin,
                        property="monotonicity", order=order, rule=rule_name,
                        extra={"replayed": "float64 and " + ("mpmath 512-bit" if high_precision else "exact rationals")})
    return Replay(True, "", cx)


def draw_profiles(rng, count: int, n: int, k: int, floor: Fraction, bid_max):
    """Exact random profiles: probabilities on a 1/16 grid above the floor, dyadic bids."""
    counts = rng.multinomial(16, rng.dirichlet(np.full(k, 0.5), size=(count, n)).reshape(-1, k)).reshape(count, n, k)
    scale = 1 - k * floor
    p = [[[floor + scale * Fraction(int(c), 16) for c in row] for row in profile] for profile in counts]
    levels = [Fraction(1, 4), Fraction(1, 2), Fraction(1), Fraction(2), Fraction(4), Fraction(8)]
    if bid_max is not None:
        cap = Fraction(bid_max)
        levels = [min(v, cap) for v in levels]
    picks = rng.integers(0, len(levels), size=(count, n + 1))
    b = [[levels[j] for j in row[:n]] for row in picks]
    raises = [levels[row[n]] for row in picks]
    return p, b, raises


def search_candidates(rule, order: str, n: int, k: int, prob_floor=0.0, bid_max=None,
                      count: int = 256, seed: int = 0) -> list[tuple]:
    """Seeded random profiles whose float64 outcome violates ``order``, best first.

    Each entry is ``(agent, p, b, bid)`` in exact rationals, for
    :func:`replay_monotonicity` to confirm. A search alone never proves anything; it
    only proposes candidates.
    """
    rng = np.random.default_rng(seed)
    p, b, raises = draw_profiles(rng, count, n, k, Fraction(prob_floor), bid_max)
    pf = np.array([[[float(v) for v in row] for row in prof] for prof in p])
    bf = np.array([[float(v) for v in row] for row in b])
    violation = ORDERS[order].violation
    found = []
    for agent in range(n):
        bid = [row[agent] + r if bid_max is None else min(row[agent] + r, Fraction(bid_max))
               for row, r in zip(b, raises)]
        rf = bf.copy()
        rf[:, agent] = [float(x) for x in bid]
        margins = _margins(rule, violation, pf, bf, rf, agent)
        found += [(margins[i], agent, p[i], b[i], bid[i]) for i in range(count) if margins[i] > FLOAT_MARGIN]
    found.sort(key=lambda entry: -entry[0])
    return [entry[1:] for entry in found]


def _margins(rule, violation, pf, bf, rf, agent) -> np.ndarray:
    """The float64 violation margin per profile; ``-inf`` where the rule is undefined (a NaN row)
    or fails (a search only proposes candidates: a profile the rule cannot answer proposes none)."""
    try:
        with np.errstate(invalid="ignore"):
            margins = violation(pf[:, agent], evaluate(rule, pf, bf), evaluate(rule, pf, rf))
    except Exception:  # some profile makes the rule fail: one profile at a time
        if len(pf) == 1:
            return np.full(1, -np.inf)
        margins = np.concatenate([_margins(rule, violation, pf[i:i + 1], bf[i:i + 1], rf[i:i + 1], agent)
                                  for i in range(len(pf))])
    return np.where(np.isnan(margins), -np.inf, margins)


#: Decimal digits of the two mpmath evaluations that confirm a counterexample in real arithmetic.
CONFIRM_DIGITS = (50, 100)


def _real_violation(rule, cx: Counterexample, bits: int):
    """``cx``'s violation over the reals at ``bits`` of mpmath precision, as a number (validity:
    ``max(−min q, |Σq − 1|)``, inf where ``q`` is not finite) or a truth value (monotonicity:
    violated by more than the tolerance); raises where the rule cannot be evaluated so."""
    if cx.property == "validity":
        q = exact_outputs(rule, cx.p, cx.b, bits)
        if any(e.finite is not True for e in q):
            return mpmath.inf if all(e.finite is False or e.finite is True for e in q) else None
        values = [e.val for e in q]
        if all(isinstance(v, (Fraction, int)) for v in values):  # exact rationals
            return max(-min(values), abs(sum(values) - 1))
        with mpmath.workprec(bits):
            values = [mpmath.mpf(v.numerator) / v.denominator if isinstance(v, Fraction) else mpmath.mpf(v)
                      for v in values]
            return max(-min(values), abs(mpmath.fsum(values) - 1))
    raised = list(cx.b)
    raised[cx.agent] = cx.bid
    q, q_new = _exact_outcome(rule, cx.p, cx.b), _exact_outcome(rule, cx.p, raised)
    if q is None or q_new is None:
        return None
    with mpmath.workprec(bits):
        return violated(cx.order, list(cx.p[cx.agent]), q, q_new, Fraction(FLOAT_MARGIN)) is True


def confirm_in_real_arithmetic(rule, cx: Counterexample) -> bool | None:
    """Does a fuzzer's counterexample hold over the reals? The rule's source on the exact
    inputs at :data:`CONFIRM_DIGITS` digits: validity's margin above the tolerance at both,
    agreeing to ``10^{-40}`` (relative), monotonicity violated by more than the tolerance at
    both. ``None`` where this cannot say (another property, a refusal, an output left open)."""
    if cx.property not in ("validity", "monotonicity") or (cx.property == "monotonicity" and cx.bid is None):
        return None
    try:
        found = [_real_violation(rule, cx, int(digits * 3.33) + 8) for digits in CONFIRM_DIGITS]
    except (Exception, NotSymbolic):  # the rule refuses exact inputs, or fails on them
        return None
    if any(v is None for v in found):
        return None
    if cx.property == "monotonicity":
        return all(found)
    low, high = found
    agree = low == high or abs(low - high) <= mpmath.mpf(10) ** -40 * max(1, abs(high))
    return bool(agree and low > FLOAT_MARGIN and high > FLOAT_MARGIN)
