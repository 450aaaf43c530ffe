r"""Validating a trace at the size it is used: the solver's terms must be numpy's program.

A fixed-size proof is about the Z3 terms produced when the rule ran on the solver's
symbolic inputs. If those terms differ from what numpy computes (an operation encoded
wrongly, a rule that looks at its inputs' type, its elements' module or its caller),
the proof is about another program. So before :func:`proofs.prove_monotone` or
:func:`proofs.validity.prove_validity` trusts a trace at ``(n, k)``,
:func:`validate_trace` takes each traced output — the terms themselves, not the rule
run again — and compares, on a handful of profiles (:mod:`proofs.validation_profiles`):

* the terms **evaluated exactly** at the profile (:class:`~proofs.trace_values.TracedProgram`:
  the input variables bound to the profile's float64 numbers taken exactly, exp, log
  and roots through ``mpmath`` at 512 bits), with
* the rule **in float64** on numpy arrays, run in a fresh thread so that no prover
  frame is on its call stack (the rule as a caller outside the prover runs it).

They must have the same NaN / ``+inf`` / ``-inf`` pattern and, for finite entries,

.. math::  |q^{\mathrm{trace}}_t - q^{\mathrm{float}}_t| \le \tau \max(1, |q^{\mathrm{float}}_t|),
           \qquad \tau = 10^{-9}.

Why :math:`\tau`: each float64 operation is correctly rounded (relative error at most
:math:`2^{-53} \approx 1.1 \cdot 10^{-16}`), and a rule evaluated at these sizes runs at
most a few thousand operations, so a well-conditioned rule stays within
:math:`10^{-12}`; :math:`\tau` leaves three more orders for cancellation, and a
different program (a truncated cast, a flipped branch) misses by far more. The sign
of a zero divisor is a free Boolean of the trace (the proof covers both signs): the
trace agrees if one assignment of its free Booleans (at most :data:`MAX_FREE_SIGNS`)
reproduces numpy's whole output. A flag or value the trace leaves undetermined
(:data:`~proofs.trace_values.ARBITRARY`, e.g. Z3's ``x / 0``) agrees with nothing.
Profiles where numpy overflows are outside the stated arithmetic (exact reals) and are
skipped; so are those where numpy rejects the input (``InvalidInput``), outside the
rule's domain. A trace that carries **guards** (conditions under which the traced rule
does not raise, :meth:`proofs.functions.Tracer.guard`, which a prover states as the
domain of its claim) must have each hold, evaluated exactly on the terms, at every
profile where numpy answers, and for each the profiles must include one where it fails
and numpy raises ``InvalidInput`` and one where all hold and numpy answers. (A raise
where they hold only makes the claim wider than needed.)

A mismatch names the trace, the profile and the token; the verdict is then *unknown*.

>>> import mechanisms, z3
>>> from proofs.functions import Tracer
>>> from proofs.monotone import trace
>>> from proofs.symbolic import SymArray
>>> p, b = SymArray.variables("p", (2, 3)), SymArray.variables("b", (2,))
>>> with Tracer() as tracer:
...     q = trace(mechanisms.linear, p, b, 3)
>>> validate_trace(mechanisms.linear, [Trace(q, p, b)], tracer) is None
True
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from fractions import Fraction

import mpmath
import numpy as np

import mechanisms
import z3

from . import validation_profiles
from .extended import Ext
from .symbolic import SymArray
from .trace_values import ARBITRARY, TracedProgram

#: Relative tolerance between the exact and the float64 output (derivation above).
TOLERANCE = 1e-9
#: Seed of the random validation profiles (validation is reproducible).
SEED = 20240513
#: Free Booleans (signs of zero divisors) of one trace whose assignments are all tried;
#: beyond this they stay undetermined (and a profile where they matter is a mismatch).
MAX_FREE_SIGNS = 6


@dataclass
class Trace:
    """Outputs traced on the symbolic inputs ``p`` (``n x k``) and ``b`` (``n``); an entry
    of ``b`` may be another variable (the raised bid of a monotonicity query), which
    validation binds to the profile's bid of that agent."""

    outputs: list[Ext]
    p: SymArray
    b: SymArray
    #: where the traced rule is defined: (Z3 Boolean over the inputs, raise message) per guard
    guards: list[tuple[z3.BoolRef | bool, str]] = field(default_factory=list)

    def evaluated(self) -> list[Ext]:
        """The outputs, then each guard as a 0/1 value."""
        conditions = [c if z3.is_expr(c) else z3.BoolVal(c) for c, _ in self.guards]
        return self.outputs + [Ext(z3.If(c, z3.RealVal(1), z3.RealVal(0))) for c in conditions]

    def variables(self, p: list, b: list) -> dict[str, Fraction]:
        """The inputs' variable names bound to the profile ``(p, b)``."""
        pairs = [(e, v) for row, values in zip(self.p.elems, p) for e, v in zip(row, values)]
        pairs += list(zip(self.b.elems, b))
        return {str(e.val): v for e, v in pairs}


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


#: :func:`_numpy_outcome` where the rule raises ``InvalidInput``.
REJECTED = "rejected"


def _numpy_outcome(rule, p, b):
    """float64 output, :data:`REJECTED` where the rule raises ``InvalidInput``, None where it
    overflows or fails otherwise."""
    pf = np.array([[float(v) for v in row] for row in p])
    bf = np.array([float(v) for v in b])
    try:
        with np.errstate(over="raise", divide="ignore", invalid="ignore", under="ignore"):
            return np.asarray(rule(pf, bf), dtype=np.float64).reshape(-1)
    except mechanisms.InvalidInput:  # outside the rule's domain
        return REJECTED
    except Exception:  # FloatingPointError (overflow)
        return None


def _numpy_outcomes(rule, found: list) -> list:
    """:func:`_numpy_outcome` at every profile, in a fresh thread: the prover's frames are
    not on the rule's call stack (a rule that asks who calls it sees no prover)."""
    out: list = []
    worker = threading.Thread(target=lambda: out.extend(_numpy_outcome(rule, p, b) for p, b in found),
                              name="numpy reference run")
    worker.start()
    worker.join()
    if len(out) != len(found):
        raise RuntimeError("the numpy reference run of the rule did not finish")
    return out


def _agrees(got: tuple, f: float) -> bool:
    """The evaluated trace ``(value, pinf, ninf, nan)`` is numpy's ``f`` (flags determined)."""
    val, pinf, ninf, nan = got
    flags = (bool(np.isposinf(f)), bool(np.isneginf(f)), bool(np.isnan(f)))
    if (pinf, ninf, nan) != flags:  # an undetermined flag (ARBITRARY) equals neither value
        return False
    if not np.isfinite(f):
        return True
    if val is ARBITRARY:
        return False
    exact = val - Fraction(f) if isinstance(val, Fraction) else val - mpmath.mpf(f)
    return abs(float(exact)) <= TOLERANCE * max(1.0, abs(f))


def _show(values) -> str:
    return "[" + ", ".join(f"{float(v):.6g}" for v in values) + "]"


def validate_trace(rule, traces: list[Trace], tracer, prob_floor: float = 0.0, bid_max=None) -> str | None:
    """None if every trace, evaluated at every profile, reproduces numpy's output, else the reason.

    ``tracer``: the :class:`~proofs.functions.Tracer` the traces were made in (root definitions)."""
    n, k = traces[0].p.shape
    found = profiles(n, k, prob_floor, bid_max)
    program = TracedProgram([t.evaluated() for t in traces], tracer)
    sides = [[set() for _ in t.guards] for t in traces]  # per trace and guard: the sides seen
    for (p, b), expected in zip(found, _numpy_outcomes(rule, found)):
        if expected is None:
            continue
        where = f"p = {[_show(row) for row in p]}, b = {_show(b)}".replace("'", "")
        raised = isinstance(expected, str)
        if not raised and len(expected) != k:
            return f"numpy returns {len(expected)} values, the trace {k}, at {where}"
        for number, trace in enumerate(traces):
            if trace.guards:
                mismatch = _guards_seen(program.at(number, trace.variables(p, b))[k:], trace.guards, raised,
                                        sides[number])
                if mismatch is not None:
                    return f"{mismatch} at {where}, where numpy returns an output"
            if raised:
                continue
            outcomes = (program.at(number, inputs)[:k] for inputs in _bindings(program, number, trace, p, b))
            first = next(outcomes)  # the signs rarely matter: try the other assignments only if needed
            if not all(map(_agrees, first, expected)) and not any(all(map(_agrees, got, expected)) for got in outcomes):
                token, g = next((t, g) for t, (g, f) in enumerate(zip(first, expected)) if not _agrees(g, f))
                return (f"the solver's trace{_which(number, len(traces))} differs from numpy at token "
                        f"{token}: {_text(g)} vs {expected[token]!r} at {where}")
    for trace, seen in zip(traces, sides):
        for (_, message), values in zip(trace.guards, seen):
            if values != {False, True}:
                return (f"the traced guard ({message}) is not checked on both sides: no validation profile "
                        f"{'raises where it fails' if True in values else 'answers where it holds'} in the domain")
    return None


def _guards_seen(values: list, guards: list, raised: bool, seen: list) -> str | None:
    """Where numpy answers every guard must hold (else the reason); record in ``seen[j]`` a guard
    failing where numpy raises (False) and all holding where it answers (True)."""
    holds = [value[0] for value in values]
    for value, (_, message) in zip(holds, guards):
        if not raised and (value is ARBITRARY or not value):
            return f"the traced guard ({message}) {'is left open' if value is ARBITRARY else 'fails'}"
    for value, sides in zip(holds, seen):
        if raised and value is not ARBITRARY and not value:
            sides.add(False)
        elif not raised:
            sides.add(True)
    return None


def _bindings(program: TracedProgram, number: int, trace: Trace, p, b):
    """The profile's inputs, with every assignment of the trace's free Booleans (few of them)."""
    inputs = trace.variables(p, b)
    signs = program.free_booleans(number)
    if len(signs) > MAX_FREE_SIGNS:
        yield inputs
        return
    for values in itertools.product((False, True), repeat=len(signs)):
        yield inputs | dict(zip(signs, values))


def _which(number: int, count: int) -> str:
    return "" if count == 1 else f" (evaluation {number + 1} of {count})"


def _text(got: tuple) -> str:
    val, pinf, ninf, nan = got
    if nan is not False:
        return "nan" if nan is True else "nan or not (left open)"
    if pinf is not False or ninf is not False:
        return "inf" if pinf is True else "-inf" if ninf is True else "±inf or finite (left open)"
    return "a value left open" if val is ARBITRARY else f"{float(val):.17g}"
