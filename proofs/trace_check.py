r"""Validating a trace at the size it is used: the symbolic namespace must be numpy's program.

The prover reasons about the rule as the symbolic namespace runs it. If an operation
there differs from numpy (a cast, a corner case, a rule that looks at its inputs'
type), the proof is about another program. So before :func:`proofs.prove_monotone`
trusts a trace at ``(n, k)``, :func:`validate_trace` runs the rule's own source twice
on the same handful of profiles:

* **exactly**: on :class:`~proofs.symbolic.SymArray` of ``Fraction`` (exp, log and roots
  through ``mpmath`` at 512 bits), with every refusal recorded, and
* **in float64**: on numpy arrays,

and requires the same NaN / ``+inf`` / ``-inf`` pattern and, for finite entries,

.. math::  |q^{\mathrm{exact}}_t - q^{\mathrm{float}}_t| \le \tau \max(1, |q^{\mathrm{float}}_t|),
           \qquad \tau = 10^{-9}.

Why :math:`\tau`: each float64 operation is correctly rounded (relative error at most
:math:`2^{-53} \approx 1.1 \cdot 10^{-16}`), and a rule evaluated at these sizes runs at
most a few thousand operations, so a well-conditioned rule stays within
:math:`10^{-12}`; :math:`\tau` leaves three more orders for cancellation, and a
different program (a truncated cast, a flipped branch) misses by far more. The inputs
are float64 numbers taken exactly, so both runs see the same profile. Profiles where
numpy rejects the input (``InvalidInput``) or overflows are outside both the rule's
domain and the stated arithmetic (exact reals) and are skipped.

A mismatch names the profile and the token; the verdict is then *unknown*.

>>> import mechanisms
>>> validate_trace(mechanisms.linear, 2, 3) is None
True
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import numpy as np

from .extended import Ext, NotSymbolic
from . import validation_profiles
from .replay import exact_outputs

#: Relative tolerance between the exact and the float64 output (derivation above).
TOLERANCE = 1e-9
#: Seed of the random validation profiles (validation is reproducible).
SEED = 20240513


def _exactly(x) -> Fraction:
    """A number as the float64 numpy will see, taken exactly."""
    return Fraction(float(x))


def _in_domain(p, b, prob_floor, bid_max):
    if prob_floor:
        floor = _exactly(prob_floor)
        p = [[_exactly(floor + (1 - len(row) * floor) * v) for v in row] for row in p]
    if bid_max is not None:
        b = [min(v, _exactly(bid_max)) for v in b]
    return p, b


def profiles(n: int, k: int, prob_floor: float = 0.0, bid_max=None) -> list[tuple[list, list]]:
    """The validation profiles (:mod:`proofs.validation_profiles`), taken exactly, in the domain."""
    found = validation_profiles.profiles(n, k, np.random.default_rng(SEED))
    return [_in_domain([[_exactly(v) for v in row] for row in p], [_exactly(v) for v in b], prob_floor, bid_max)
            for _, p, b in found]


def _numpy_outcome(rule, p, b):
    """float64 output, or None where the rule rejects the input or overflows."""
    pf = np.array([[float(v) for v in row] for row in p])
    bf = np.array([float(v) for v in b])
    try:
        with np.errstate(over="raise", divide="ignore", invalid="ignore", under="ignore"):
            return np.asarray(rule(pf, bf), dtype=np.float64).reshape(-1)
    except Exception:  # InvalidInput (outside the rule's domain) or FloatingPointError (overflow)
        return None


def _agrees(e: Ext, f: float) -> bool:
    if np.isnan(f) or np.isinf(f):
        return bool(e.nan) if np.isnan(f) else bool(e.pinf if f > 0 else e.ninf)
    if e.finite is not True:
        return False
    return abs(float(e.val - Fraction(f) if isinstance(e.val, Fraction) else e.val - mpmath.mpf(f))) <= (
        TOLERANCE * max(1.0, abs(f)))


def _show(values) -> str:
    return "[" + ", ".join(f"{float(v):.6g}" for v in values) + "]"


def validate_trace(rule, n: int, k: int, prob_floor: float = 0.0, bid_max=None) -> str | None:
    """None if the symbolic namespace reproduces numpy on every profile, else the reason."""
    for p, b in profiles(n, k, prob_floor, bid_max):
        expected = _numpy_outcome(rule, p, b)
        if expected is None:
            continue
        where = f"p = {[_show(row) for row in p]}, b = {_show(b)}".replace("'", "")
        try:
            got = exact_outputs(rule, p, b)
        except (Exception, NotSymbolic) as exc:
            if not np.all(np.isfinite(expected)):
                continue  # undefined there for numpy too; the prover requires a finite output
            return (f"the symbolic evaluation fails where numpy computes q = {_show(expected)} "
                    f"({type(exc).__name__}: {exc}) at {where}")
        if len(got) != len(expected):
            return f"the symbolic evaluation returns {len(got)} values, numpy {len(expected)}, at {where}"
        for token, (e, f) in enumerate(zip(got, expected)):
            if not _agrees(e, f):
                return (f"the symbolic evaluation differs from numpy at token {token}: {_ext_text(e)} "
                        f"vs {f!r} at {where}")
    return None


def _ext_text(e: Ext) -> str:
    if e.nan:
        return "nan"
    if e.pinf or e.ninf:
        return "inf" if e.pinf else "-inf"
    return f"{float(e.val):.17g}"
