r"""Sound axioms for ``exp`` and ``log`` as uninterpreted functions, and their refinement.

A traced rule calls ``E = exp`` and ``L = log`` only through uninterpreted functions
(:mod:`proofs.functions`). The constraints below hold for the true functions, so if
the query is unsatisfiable with them it is unsatisfiable with ``exp`` and ``log``
themselves: an ``unsat`` stays a proof. For every application ``E(a)``, ``L(x)``:

* ``E(a) > 0``, ``E(a) >= 1 + a`` (tangent at 0), ``E(a) <= 1`` for ``a <= 0``,
  ``E(a) (1 - a) <= 1`` for ``a < 1``; strictly increasing on every pair;
  ``E(a) = E(c) E(a - c)`` for every pair within one evaluation of the rule (the
  functional equation, one level deep);
* ``L(x) <= x - 1`` and ``x L(x) >= x - 1`` for ``x > 0``; strictly increasing.

A satisfying assignment may still be spurious (``E`` need not be ``exp``).
:func:`refinements` then adds, at each point ``v`` where the model's value is wrong,
valid cuts from an enclosure ``lo <= exp(v) <= hi``: the tangent
``E(a) >= lo (1 + a - v)`` and the brackets ``a >= v => E(a) >= lo``,
``a <= v => E(a) <= hi`` (and the concave analogues for ``log``), with
``lo``, ``hi`` from interval arithmetic (:func:`enclosure`), valid at every magnitude.

>>> import z3
>>> from proofs.functions import EXP
>>> a = z3.Real("a")
>>> s = z3.Solver(); s.add(axioms([[a]], []) + [EXP(a) < 1 + a])
>>> s.check()
unsat
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import z3
from mpmath.libmp import to_rational

from .functions import EXP, LOG

#: Functional-equation instances are added only up to this many exp applications.
MAX_PAIRED_EXP = 12


def _unique(terms) -> list[z3.ArithRef]:
    seen, out = set(), []
    for t in terms:
        key = t.get_id()  # Z3 hash-conses terms: equal ids iff structurally equal
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


def exp_points(exp_groups) -> list[z3.ArithRef]:
    """The exp arguments, with the differences of arguments within each group (one
    traced evaluation of the rule) for the functional equation. Differences across
    evaluations (``(b_0 - max b) - (x' - max b')``) would only add useless terms."""
    groups = [_unique(group) for group in exp_groups]
    points = [a for group in groups for a in group]
    for args in groups:
        if len(args) <= MAX_PAIRED_EXP:
            points += [z3.simplify(a - c) for i, a in enumerate(args) for c in args[i + 1:]]
    return _unique(points)


def axioms(exp_groups, log_args) -> list[z3.BoolRef]:
    """The axioms above for every application; ``exp_groups``: exp arguments per evaluation."""
    out: list[z3.BoolRef] = []
    points = exp_points(exp_groups)
    for a in points:
        e = EXP(a)
        out += [e > 0, e >= 1 + a, z3.Implies(a <= 0, e <= 1), z3.Implies(a < 1, e * (1 - a) <= 1)]
    for i, a in enumerate(points):
        for c in points[i + 1:]:
            out += [z3.Implies(a < c, EXP(a) < EXP(c)), z3.Implies(c < a, EXP(c) < EXP(a))]
    for group in map(_unique, exp_groups):
        if len(group) <= MAX_PAIRED_EXP:
            out += [EXP(a) == EXP(c) * EXP(z3.simplify(a - c)) for i, a in enumerate(group) for c in group[i + 1:]]
    logs = _unique(log_args)
    for x in logs:
        out += [z3.Implies(x > 0, LOG(x) <= x - 1), z3.Implies(x > 0, x * LOG(x) >= x - 1)]
    for i, x in enumerate(logs):
        for y in logs[i + 1:]:
            out += [z3.Implies(z3.And(0 < x, x < y), LOG(x) < LOG(y)),
                    z3.Implies(z3.And(0 < y, y < x), LOG(y) < LOG(x))]
    return out


class Purifier:
    """Ackermann's reduction: every application ``E(a)``, ``L(x)`` becomes a real variable,
    with ``a_i = a_j => e_i = e_j`` for each pair. The result is equisatisfiable with the
    original and pure nonlinear real arithmetic, which nlsat decides (it has no
    uninterpreted functions)."""

    def __init__(self, exp_groups, log_args):
        self.groups = [(EXP, "exp", exp_points(exp_groups)), (LOG, "log", _unique(log_args))]
        self.pairs = [(fn(a), z3.Real(f"{name}_app_{i}")) for fn, name, args in self.groups
                      for i, a in enumerate(args)]

    def __call__(self, formulas: list) -> list | None:
        """The purified formulas plus congruence constraints, or None if an application is left."""
        if not self.pairs:
            return list(formulas)
        congruence = [z3.Implies(a == c, fn(a) == fn(c)) for fn, _, args in self.groups
                      for i, a in enumerate(args) for c in args[i + 1:]]
        out = [z3.substitute(f, *self.pairs) for f in list(formulas) + congruence]
        return None if _mentions(out, {EXP.get_id(), LOG.get_id()}) else out

    def value(self, model: z3.ModelRef, term) -> Fraction:
        """A term's value in a model of the purified formulas."""
        return model_fraction(model, z3.substitute(term, *self.pairs) if self.pairs else term)


def _mentions(formulas, functions: set[int]) -> bool:
    """Does any formula apply one of ``functions`` (by declaration id)? A DAG walk."""
    seen, stack = set(), list(formulas)
    while stack:
        term = stack.pop()
        if term.get_id() in seen:
            continue
        seen.add(term.get_id())
        if z3.is_app(term):
            if term.decl().get_id() in functions:
                return True
            stack.extend(term.children())
    return False


def model_fraction(model: z3.ModelRef, term) -> Fraction:
    """The model's value of a real term as a Fraction (algebraic numbers: 40 digits)."""
    v = model.eval(term, model_completion=True)
    if z3.is_rational_value(v):
        return Fraction(v.numerator_as_long(), v.denominator_as_long())
    if z3.is_algebraic_value(v):
        return Fraction(v.approx(40).as_fraction())
    raise ValueError(f"no numeric value for {term} in the model (got {v})")


#: Relative width (bits) of the exp/log brackets, at every magnitude of the argument.
BRACKET_BITS = 80
#: Beyond this |v|, e^v has more than about three million bits: the bracket is taken at
#: ±EXP_ARGUMENT_LIMIT instead (still valid by monotonicity, open on the far side).
EXP_ARGUMENT_LIMIT = 2**21


def enclosure(fn: str, v: Fraction) -> tuple[Fraction | None, Fraction | None]:
    """Rigorous ``lo <= fn(v) <= hi`` for ``fn`` in ``"exp"``, ``"log"`` (``v > 0``).

    Interval arithmetic (``mpmath.iv``: every rounding outward) makes the bracket valid
    for any ``v``; the working precision grows with the bits of ``|v|`` (the error of
    ``e^v`` is ``|v|`` times that of ``v``), so it stays about ``2^-80`` wide relative to
    the value, from ``v = 1e-300`` to ``v = 1e6``. ``None`` is a missing side: for
    ``v > L`` (:data:`EXP_ARGUMENT_LIMIT`) only ``e^v >= lo(e^L)``, for ``v < -L`` only
    ``e^v <= hi(e^-L)``.
    """
    if fn == "exp" and abs(v) > EXP_ARGUMENT_LIMIT:
        lo, hi = enclosure(fn, Fraction(EXP_ARGUMENT_LIMIT if v > 0 else -EXP_ARGUMENT_LIMIT))
        return (lo, None) if v > 0 else (None, hi)
    magnitude = max(0, abs(v.numerator).bit_length() - v.denominator.bit_length())
    iv = mpmath.iv
    saved = iv.prec
    try:
        iv.prec = BRACKET_BITS + magnitude + 8
        y = getattr(iv, fn)(iv.mpf(v.numerator) / iv.mpf(v.denominator))
    finally:
        iv.prec = saved
    lo, hi = (Fraction(*to_rational(end)) for end in y._mpi_)
    return lo, hi


def _outside(x: Fraction, lo, hi) -> bool:
    return (lo is not None and x < lo) or (hi is not None and x > hi)


def refinements(model: z3.ModelRef, exp_groups, log_args, value=model_fraction) -> list[z3.BoolRef]:
    """Valid cuts at the model's points where ``E`` or ``L`` disagree with exp/log.

    ``value(model, term)`` reads a term's value (``Purifier.value`` for purified queries).
    """
    cuts: list[z3.BoolRef] = []
    points, logs = exp_points(exp_groups), _unique(log_args)
    for a in points:
        v = value(model, a)
        lo, hi = enclosure("exp", v)
        if not _outside(value(model, EXP(a)), lo, hi):
            continue
        for b in points:
            # the tangent at v scaled by lo <= e^v stays below e^b (it is <= 0 where 1 + b - v < 0)
            e = EXP(b)
            cuts += ([e >= lo * (1 + b - v), z3.Implies(b >= v, e >= lo)] if lo is not None else []) + (
                [z3.Implies(b <= v, e <= hi)] if hi is not None else [])
    for x in logs:
        v = value(model, x)
        if v <= 0:
            continue
        lo, hi = enclosure("log", v)
        if not _outside(value(model, LOG(x)), lo, hi):
            continue
        for y in logs:
            ly = LOG(y)
            cuts += [z3.Implies(y > 0, ly <= hi + (y - v) / v), z3.Implies(y >= v, ly >= lo),
                     z3.Implies(z3.And(y > 0, y <= v), ly <= hi)]
    return cuts
