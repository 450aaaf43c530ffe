r"""The traced output terms, evaluated exactly at a concrete profile.

A fixed-size proof is about the Z3 terms the rule produced on the solver's symbolic
inputs, not about the rule's source run again on other inputs (a rule can tell Z3
terms from numbers). :class:`TracedProgram` compiles those terms — each output's value
and its ``+inf`` / ``-inf`` / NaN flags (:class:`~proofs.extended.Ext`) — once into a
straight-line program over the shared DAG, and :meth:`TracedProgram.at` runs it with
every input variable bound to an exact rational:

* ``+ − · /``, comparisons, ``If``, ``And``/``Or``/``Not`` exactly on ``Fraction``;
* ``exp`` and ``log`` (uninterpreted ``E``, ``L``: :mod:`proofs.functions`) with
  ``mpmath`` at :data:`~proofs.extended.EXACT_PRECISION_BITS` bits, and everything
  computed from them in that precision;
* a root variable ``y`` (``y > 0, y^d = v^m`` where ``v > 0``) as ``v^{m/d}``,
  exact when it is rational.

Free Boolean variables — the sign of a zero divisor, which the encoding leaves open
(:mod:`proofs.extended`) — are inputs too, bound by name like the others
(:meth:`TracedProgram.free_booleans` lists them). What Z3 leaves unspecified stays
unspecified: ``x / 0`` (Z3's division is total but unknown at 0), ``E`` or ``L``
outside the real functions' domain, a root where its argument is not positive, and an
unbound variable evaluate to :data:`ARBITRARY`, which propagates unless an ``If``,
``And`` or ``Or`` decides without it (Kleene's three-valued logic: ARBITRARY means "not
determined by what is bound", so a caller treats it as neither value).

>>> import z3
>>> from fractions import Fraction
>>> from proofs.extended import Ext
>>> x, y = z3.Real("b_0"), z3.Real("b_1")
>>> q = Ext(x / (x + y), nan=z3.And(x == 0, y == 0))
>>> program = TracedProgram([[q]])
>>> program.at(0, {"b_0": Fraction(1), "b_1": Fraction(3)})
[(Fraction(1, 4), False, False, False)]
>>> program.at(0, {"b_0": Fraction(0), "b_1": Fraction(0)})[0][3]
True
"""

from __future__ import annotations

import operator
from fractions import Fraction

import mpmath
import z3

from .extended import EXACT_PRECISION_BITS, Ext
from .functions import EXP, LOG

__all__ = ["ARBITRARY", "TracedProgram"]


class _Arbitrary:
    """A value Z3 leaves unspecified (see the module docstring)."""

    def __repr__(self):
        return "ARBITRARY"


ARBITRARY = _Arbitrary()


def _numbers(*xs):
    """Exact operands as they are; with an ``mpf`` among them, all as ``mpf``."""
    if any(isinstance(x, mpmath.mpf) for x in xs):
        return [x if isinstance(x, mpmath.mpf) else mpmath.mpf(x.numerator) / x.denominator for x in xs]
    return list(xs)


def _strict(fn):
    """An operation on numbers: :data:`ARBITRARY` in, :data:`ARBITRARY` out."""
    def apply(args):
        return ARBITRARY if any(a is ARBITRARY for a in args) else fn(*_numbers(*args))
    return apply


def _sum(*xs):
    total = xs[0]
    for x in xs[1:]:
        total = total + x
    return total


def _product(*xs):
    total = xs[0]
    for x in xs[1:]:
        total = total * x
    return total


def _divide(a, b):
    return ARBITRARY if b == 0 else a / b


def _power(x, c):
    if isinstance(c, Fraction) and c.denominator == 1:
        return ARBITRARY if x == 0 and c < 0 else x ** int(c)
    return mpmath.power(x, c) if x > 0 else ARBITRARY


def _exp(x):
    return mpmath.exp(x)


def _log(x):
    return mpmath.log(x) if x > 0 else ARBITRARY


def _chain(compare):
    return lambda *xs: all(compare(a, b) for a, b in zip(xs, xs[1:]))


def _ite(args):
    c, x, y = args
    if c is ARBITRARY:
        return x if _same(x, y) else ARBITRARY
    return x if c else y


def _same(x, y) -> bool:
    return x is y or (x is not ARBITRARY and y is not ARBITRARY and x == y)


def _and(args):
    if any(a is False for a in args):
        return False
    return ARBITRARY if any(a is ARBITRARY for a in args) else True


def _or(args):
    if any(a is True for a in args):
        return True
    return ARBITRARY if any(a is ARBITRARY for a in args) else False


def _not(args):
    return ARBITRARY if args[0] is ARBITRARY else not args[0]


def _implies(args):
    return _or([_not(args[:1]), args[1]])


def _xor(args):
    return ARBITRARY if any(a is ARBITRARY for a in args) else args[0] != args[1]


def _equal(args):
    if any(a is ARBITRARY for a in args):
        return ARBITRARY
    if isinstance(args[0], bool):
        return args[0] == args[1]
    a, b = _numbers(*args)
    return a == b


#: Z3 operation kinds and their evaluation on the children's values.
_OPERATIONS = {
    z3.Z3_OP_ADD: _strict(_sum), z3.Z3_OP_SUB: _strict(lambda a, *bs: a - _sum(*bs)),
    z3.Z3_OP_MUL: _strict(_product), z3.Z3_OP_UMINUS: _strict(operator.neg),
    z3.Z3_OP_DIV: _strict(_divide), z3.Z3_OP_POWER: _strict(_power), z3.Z3_OP_TO_REAL: _strict(lambda x: x),
    z3.Z3_OP_LT: _strict(_chain(operator.lt)), z3.Z3_OP_LE: _strict(_chain(operator.le)),
    z3.Z3_OP_GT: _strict(_chain(operator.gt)), z3.Z3_OP_GE: _strict(_chain(operator.ge)),
    z3.Z3_OP_EQ: _equal, z3.Z3_OP_IFF: _equal, z3.Z3_OP_DISTINCT: lambda args: _not([_equal(args)]),
    z3.Z3_OP_ITE: _ite, z3.Z3_OP_AND: _and, z3.Z3_OP_OR: _or, z3.Z3_OP_NOT: _not,
    z3.Z3_OP_IMPLIES: _implies, z3.Z3_OP_XOR: _xor,
}


class _Root:
    """The root variable ``y`` of ``x ** (m/d)``: from its definition (:mod:`proofs.functions`)
    ``positive ⇒ y > 0 ∧ lhs = rhs``, with ``rhs = v^m`` (m > 0) or ``lhs = y^d · v^{−m}``."""

    def __init__(self, exponent: Fraction, definition: z3.BoolRef):
        self.exponent = exponent
        equation = definition.arg(1).arg(1)
        # the child evaluated is v^|m|
        self.power = equation.arg(1) if exponent > 0 else equation.arg(0).arg(1)

    def __call__(self, args):
        (w,) = args
        if w is ARBITRARY or w <= 0:
            return ARBITRARY  # the value is If(v > 0, y, 0): y is unused
        d = self.exponent.denominator
        w = w if self.exponent > 0 else 1 / w
        return _exact_root(w, d) if isinstance(w, Fraction) else mpmath.root(w, d)


def _exact_root(w: Fraction, d: int):
    """``w^{1/d}``: a Fraction when both parts are perfect powers, else an ``mpf``."""
    parts = []
    for whole in (w.numerator, w.denominator):
        r = int(mpmath.nint(mpmath.root(whole, d)))
        if r ** d != whole:
            return mpmath.root(mpmath.mpf(w.numerator) / w.denominator, d)
        parts.append(r)
    return Fraction(*parts)


def _roots(tracer) -> dict[int, _Root]:
    """Root variables by Z3 id, from a Tracer's ``roots`` and ``definitions``."""
    exponents = {y.get_id(): c for (_, c), y in tracer.roots.items()}
    out = {}
    for definition in tracer.definitions:
        y = definition.arg(1).arg(0).arg(0)  # positive ⇒ And(y > 0, …)
        if y.get_id() in exponents:
            out[y.get_id()] = _Root(exponents[y.get_id()], definition)
    return out


class TracedProgram:
    """Groups of traced outputs (lists of :class:`~proofs.extended.Ext`, e.g. ``q`` and each
    ``q'`` of a monotonicity query) as one straight-line program over their shared DAG.

    ``tracer``: the :class:`~proofs.functions.Tracer` the outputs were traced in (its
    root variables and their definitions), or ``None`` when there are none.
    """

    def __init__(self, groups: list[list[Ext]], tracer=None):
        self._roots = _roots(tracer) if tracer else {}
        self._steps: list = []  # (operation, child step indices) or ("input", name) / ("constant", value)
        self._index: dict[int, int] = {}
        self._free: list = []  # free Boolean constants
        self._outputs = [[tuple(self._compile(part) for part in (e.val, e.pinf, e.ninf, e.nan)) for e in group]
                         for group in groups]
        self._slices = [self._needed(outputs) for outputs in self._outputs]
        self._booleans = {decl.name() for t in self._free for decl in [t.decl()]}

    def _compile(self, term) -> int:
        if not isinstance(term, z3.ExprRef):
            exact = isinstance(term, (bool, mpmath.mpf))
            return self._add(("constant", term if exact else Fraction(term)))
        stack = [(term, None)]
        while stack:  # post-order over the DAG, iteratively (traced terms can be deep)
            t, children = stack.pop()
            key = t.get_id()
            if key in self._index:
                continue
            if children is None:
                children = self._children(t)
                stack.append((t, children))
                stack.extend((c, None) for c in children)
                continue
            step = self._step(t, [self._index[c.get_id()] for c in children])
            if step[0] == "input" and z3.is_bool(t):
                self._free.append(t)
            self._index[key] = self._add(step)
        return self._index[term.get_id()]

    def _add(self, step) -> int:
        self._steps.append(step)
        return len(self._steps) - 1

    def _children(self, t) -> list:
        root = self._roots.get(t.get_id())
        return [root.power] if root is not None else t.children()

    def _step(self, t, children: list[int]):
        decl = t.decl()  # every traced term is an application (numerals and variables too)
        kind = decl.kind()
        if kind == z3.Z3_OP_ANUM:
            return ("constant", Fraction(t.numerator_as_long(), t.denominator_as_long()))
        if kind in (z3.Z3_OP_TRUE, z3.Z3_OP_FALSE):
            return ("constant", kind == z3.Z3_OP_TRUE)
        if t.get_id() in self._roots:
            return (self._roots[t.get_id()], children)
        if kind == z3.Z3_OP_UNINTERPRETED:
            if decl.eq(EXP) or decl.eq(LOG):
                return (_strict(_exp if decl.eq(EXP) else _log), children)
            if not children:  # a variable: an input, or a free Boolean (the sign of a zero)
                return ("input", decl.name())
        if kind not in _OPERATIONS:
            raise ValueError(f"cannot evaluate the traced operation {decl.name()} in {t}")
        return (_OPERATIONS[kind], children)

    def _needed(self, outputs) -> list[int]:
        """The steps the outputs depend on, in program order."""
        needed, stack = set(), [i for parts in outputs for i in parts]
        while stack:
            i = stack.pop()
            if i not in needed:
                needed.add(i)
                operation, args = self._steps[i]
                if operation not in ("constant", "input"):
                    stack.extend(args)
        return sorted(needed)

    def free_booleans(self, group: int) -> list[str]:
        """The free Boolean variables ``group`` depends on (each sign of a zero divisor)."""
        return sorted({args for i in self._slices[group] for operation, args in [self._steps[i]]
                       if operation == "input" and args in self._booleans})

    def at(self, group: int, inputs: dict[str, Fraction]) -> list[tuple]:
        """``(value, pinf, ninf, nan)`` per output of ``group`` with the input variables bound
        by name (an unbound variable is :data:`ARBITRARY`)."""
        values: dict[int, object] = {}
        with mpmath.workprec(EXACT_PRECISION_BITS):
            for i in self._slices[group]:
                operation, args = self._steps[i]
                if operation == "constant":
                    values[i] = args
                elif operation == "input":
                    values[i] = inputs.get(args, ARBITRARY)
                else:
                    values[i] = operation([values[j] for j in args])
        return [tuple(values[i] for i in parts) for parts in self._outputs[group]]
