r"""exp, log, sqrt and powers of extended reals: exact, algebraic, or sound bounds.

* **Exact values** (counterexample replay): ``mpmath`` at
  :data:`~proofs.extended.EXACT_PRECISION_BITS` bits.
* **Algebraic** (Z3): ``sqrt(x)`` and ``x ** (m/d)`` with a small denominator ``d``
  become a fresh variable ``y`` with the defining polynomial constraint
  ``y >= 0, y**d = x**m`` (for ``x > 0``); nonlinear real arithmetic decides these
  exactly.
* **Transcendental** (Z3): ``exp`` and ``log`` (and powers with a large-denominator
  exponent, ``x**c = exp(c log x)``) become uninterpreted functions ``E``, ``L``.
  :class:`Tracer` keeps every application; :mod:`proofs.transcendental` adds
  axioms that the true functions satisfy (so an ``unsat`` answer stays a proof) and
  refines them at spurious candidates.

The active :class:`Tracer` collects fresh variables and their definitions while a
rule is traced:

>>> import z3
>>> from proofs.extended import Ext
>>> with Tracer() as tracer:
...     y = ext_sqrt(Ext(z3.Real("x")))
>>> len(tracer.definitions)
1
"""

from __future__ import annotations

from fractions import Fraction

import mechanisms
import mpmath
import z3

from .extended import (EXACT_PRECISION_BITS, Ext, NotSymbolic, ProcessSlot, b_and, b_not, b_or, is_term,
                       observable_float_events, r_lt, recording_refusals)

#: Largest root degree encoded algebraically (``x ** (m/d)`` with ``d`` at most this).
MAX_ROOT_DEGREE = 4
#: Largest integer exponent expanded into products.
MAX_INTEGER_POWER = 8
#: Whole exponents are multiplied out exactly up to this size, else "not symbolic".
MAX_WHOLE_EXPONENT = 64

_current = ProcessSlot("tracer")  # seen by a rule's worker threads too

EXP = z3.Function("exp", z3.RealSort(), z3.RealSort())
LOG = z3.Function("log", z3.RealSort(), z3.RealSort())


class Tracer:
    """Collects what a traced rule needs beyond its terms: fresh variables with their
    definitions, exp/log applications, the sequence of array operations (used to
    check that a rule's code does not depend on the sizes), and every refusal
    (``(operation, file:line)``) raised while it is active, caught by the rule or not."""

    def __init__(self, prefix: str = "aux"):
        self.prefix = prefix
        self.definitions: list[z3.BoolRef] = []
        self.exp_args: list[z3.ArithRef] = []
        self.log_args: list[z3.ArithRef] = []
        self.operations: list[str] = []
        self.size_dependent: list[str] = []  # where the rule computed with n or k
        self.roots: dict[tuple[int, Fraction], z3.ArithRef] = {}  # one variable per distinct root
        self.refusals: list[tuple[str, str]] = []
        # (condition, message): the rule raises InvalidInput(message) unless condition holds
        self.guards: list[tuple[z3.BoolRef | bool, str]] = []
        self._token = None
        self._recorder = None

    def fresh(self, what: str) -> z3.ArithRef:
        """A new real variable, distinct from every other in the process (``z3.FreshReal``): a
        term a rule kept from an earlier trace is never read as this one. Its number counts the
        process's history, so each query renumbers fresh variables in order of appearance
        (:mod:`proofs.solving`) before the solver sees them."""
        return z3.FreshReal(f"{self.prefix}_{what}")

    def record(self, operation: str) -> None:
        self.operations.append(operation)

    def guard(self, condition, message: str) -> None:
        """The traced rule is defined only where ``condition`` holds (it raises ``InvalidInput(message)`` elsewhere)."""
        self.guards.append((condition, message))

    def __enter__(self):
        self._token = _current.set(self)
        self._recorder = recording_refusals()
        self.refusals = self._recorder.__enter__()
        return self

    def __exit__(self, *exc):
        self._recorder.__exit__(*exc)
        _current.reset(self._token)


def tracer() -> Tracer:
    t = _current.get()
    if t is None:
        raise RuntimeError("symbolic arrays with Z3 terms must be traced inside a proofs Tracer")
    return t


def tracing() -> bool:
    """Is a :class:`Tracer` active (constants are then encoded as Z3 terms too)?"""
    return _current.get() is not None


def defined_where(condition, message: str) -> None:
    """Record a guard of the rule on the active :class:`Tracer` (see :meth:`Tracer.guard`);
    evaluating exact constants outside a trace (a replay), raise as numpy does where it fails."""
    t = _current.get()
    if t is not None:
        t.guard(condition, message)
    elif condition is False:
        raise mechanisms.InvalidInput(message)


def mark_size_dependent(where: str) -> None:
    t = _current.get()
    if t is not None:
        t.size_dependent.append(where)


def record(operation: str) -> None:
    t = _current.get()
    if t is not None:
        why = observable_float_events()
        if why is not None:
            raise NotSymbolic(f"{operation} while {why} (floating-point events are not modelled)")
        t.record(operation)


def _real(v):
    return v if is_term(v) else z3.RealVal(v)


def _mp(x):
    return mpmath.mpf(x.numerator) / x.denominator if isinstance(x, Fraction) else mpmath.mpf(x)


def _exact(fn, x):
    with mpmath.workprec(EXACT_PRECISION_BITS):
        return fn(_mp(x))


def _symbolic(x: Ext) -> bool:
    """Encode for Z3 (inside a Tracer, even constants) rather than compute exactly."""
    return is_term(x.val) or tracing()


def ext_exp(x: Ext) -> Ext:
    """``exp`` with ``exp(-inf) = 0``, ``exp(inf) = inf``."""
    if _symbolic(x):
        t = tracer()
        arg = z3.simplify(_real(x.val))
        t.exp_args.append(arg)
        val = EXP(arg)
    else:
        val = _exact(mpmath.exp, x.val) if x.finite is True else Fraction(0)
    return Ext(_zero_if(x.ninf, val), b_and(x.pinf, b_not(x.nan)), False, x.nan, nonneg=True)


def ext_log(x: Ext) -> Ext:
    """``log`` with ``log(0) = -inf``, ``log(x < 0) = nan``, ``log(inf) = inf``."""
    nan = b_or(x.nan, x.ninf, x.negative())
    if _symbolic(x):
        t = tracer()
        arg = z3.simplify(_real(x.val))
        t.log_args.append(arg)
        val = LOG(arg)
    else:
        val = _exact(mpmath.log, x.val) if (x.finite is True and x.val > 0) else Fraction(0)
    return Ext(val, b_and(x.pinf, b_not(nan)), b_and(x.zero(), b_not(nan)), nan)


def ext_log1p(x: Ext) -> Ext:
    """``log1p(x) = log(1 + x)`` over the reals: encoded as ``log`` of ``1 + x`` (so log's axioms
    and brackets apply); a finite constant is computed by mpmath's ``log1p``, which keeps a
    tiny ``x`` that ``1 + x`` at 512 bits would round away."""
    result = ext_log(x + Ext.of(1))
    if _symbolic(x) or x.finite is not True or not x.val > -1:
        return result
    return Ext(_exact(mpmath.log1p, x.val), False, False, False)


def ext_expm1(x: Ext) -> Ext:
    """``expm1(x) = exp(x) − 1`` over the reals (``expm1(−inf) = −1``), encoded as ``exp`` minus 1;
    a finite constant is computed by mpmath's ``expm1`` (no cancellation near 0)."""
    if _symbolic(x) or x.finite is not True:
        return ext_exp(x) - Ext.of(1)
    return Ext(_exact(mpmath.expm1, x.val), False, False, False)


def ext_sqrt(x: Ext) -> Ext:
    """``sqrt``: ``x ** 0.5`` except ``sqrt(-inf) = nan`` (``(-inf) ** 0.5 = inf`` in C99 and numpy)."""
    root = ext_pow(x, Fraction(1, 2))
    return Ext(root.val, b_and(root.pinf, b_not(x.ninf)), False, b_or(root.nan, x.ninf), nonneg=root.nonneg)


def ext_array_pow(x: Ext, c) -> Ext:
    """``x ** c`` as numpy computes it for an array element: :func:`ext_pow`, except that numpy
    computes an array ``** 0.5`` as ``sqrt`` (``nan`` at ``-inf``) and a scalar ``** 0.5`` by C's
    ``pow`` (``inf``). A trace cannot tell the two apart, so a base that may be ``-inf`` is refused."""
    c = Fraction(c)
    if c == Fraction(1, 2) and x.ninf is not False:
        raise NotSymbolic("(-inf) ** 0.5 (numpy gives nan for arrays, inf for scalars)")
    return ext_pow(x, c)


def ext_pow(x: Ext, c) -> Ext:
    """``x ** c`` for a constant exponent ``c`` (numpy's rules for 0, inf, negatives; C's ``pow``)."""
    c = Fraction(c)
    if c == 0:
        return Ext(Fraction(1), nonneg=True)
    integer = c.denominator == 1
    if integer:
        # exact for every sign of x: binary exponentiation with Ext's own multiplication
        e = abs(c.numerator)
        if e > MAX_WHOLE_EXPONENT:
            raise NotSymbolic(f"pow with the whole exponent {c} (more than {MAX_WHOLE_EXPONENT})")
        out, base = None, x
        while e:
            if e & 1:
                out = base if out is None else out * base
            e >>= 1
            if e:
                base = base * base
        return Ext.of(1) / out if c < 0 else out
    if not x.plain:
        # C99 for a non-integer c: (+-inf)**c = inf (c > 0) or 0 (c < 0)
        inner = ext_pow(Ext(x.val), c)
        big = b_and(x.inf, b_not(x.nan))
        return Ext(_zero_if(b_and(big, c < 0), inner.val), b_or(b_and(big, c > 0), b_and(b_not(big), inner.pinf)),
                   False, b_or(x.nan, b_and(b_not(big), inner.nan)), nonneg=x.nonneg)
    positive, zero = r_lt(0, x.val), x.zero()
    nan = b_and(r_lt(x.val, 0), not integer)
    if _symbolic(x):
        val = z3.If(positive, _symbolic_root(z3.RealVal(x.val) if not is_term(x.val) else x.val, c, positive),
                    z3.RealVal(0))
    else:
        val = _exact(lambda v: v ** _mp(c), x.val) if x.val > 0 else Fraction(0)
    # 0 ** c: 0 for c > 0 (numpy: (-0) ** 0.5 = -0), inf for c < 0
    return Ext(val, b_and(zero, c < 0), False, nan, nonneg=x.nonneg)


def _symbolic_root(v, c: Fraction, positive) -> z3.ArithRef:
    t = tracer()
    m, d = c.numerator, c.denominator
    if d <= MAX_ROOT_DEGREE and abs(m) <= MAX_INTEGER_POWER:
        v = z3.simplify(v)
        key = (v.get_id(), c)
        if key in t.roots:
            return t.roots[key]
        y = t.roots[key] = t.fresh(f"pow{m}_{d}")
        # y > 0 and y**d == v**m (v**m as y**d * v**|m| == 1 when m < 0) determine y uniquely
        lhs, rhs = (y**d, v**m) if m > 0 else (y**d * v**(-m), z3.RealVal(1))
        t.definitions.append(z3.Implies(positive, z3.And(y > 0, lhs == rhs)))
        return y
    arg = z3.simplify(z3.RealVal(c) * _log_term(v))
    t.exp_args.append(arg)
    return EXP(arg)


def _log_term(v):
    arg = z3.simplify(v)
    tracer().log_args.append(arg)
    return LOG(arg)


def _zero_if(c, val):
    if c is False:
        return val
    if c is True:
        return Fraction(0)
    return z3.If(c, z3.RealVal(0), val if is_term(val) else z3.RealVal(val))
