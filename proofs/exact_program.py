"""A :class:`~proofs.program.Program`'s guard nodes evaluated exactly on a concrete profile.

numpy evaluates a guard in float64, where it always agrees with the rule's own raise; the
provers use its value over the reals. :func:`exact_guards` computes the real value:
``Fraction`` arithmetic for the rational operations (exact), ``mpmath`` at
:data:`PRECISION_BITS` once ``exp``, ``log``, ``sqrt``, ``log1p``, ``expm1`` or a
non-integer power appear (exact where the value is rational: ``√(9/4)``, ``0^{1/2}``,
``log 1``). A comparison of approximate values closer than
``2^{-PRECISION_BITS/2}`` (relative) has no decided sign and raises :class:`Undecided`:
a caller that needs the guard refuses. Non-finite values follow IEEE: ``x/0 = ±inf``,
``0/0 = NaN``, ``log`` of a negative number is NaN, and every comparison with NaN is false.

>>> from proofs.program import Program
>>> import numpy as np
>>> prog = Program()
>>> b = prog.add("input", (), ("b",), ("n",))
>>> x = prog.add("map", (prog.add("reduce", (b,), ("sum", (0,), False), ()),
...                     prog.add("constant", (), (1e-30, ()), ())), ("multiply",), ())
>>> one = prog.add("constant", (), (1.0, ()), ())
>>> lost = prog.add("map", (x, prog.add("map", (prog.add("map", (one, x), ("add",), ()), one), ("subtract",), ())),
...                 ("subtract",), ())
>>> prog.guards = [(prog.add("map", (prog.add("constant", (), (0.0, ()), ()), lost), ("less",), (), "bool"), "x")]
>>> exact_guards(prog, {"p": np.ones((2, 2)) / 2, "b": np.array([1.0, 0.0])})  # 0 > 0 over the reals
[False]
"""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import numpy as np

from .program import Node, Program, concrete_shape

__all__ = ["exact_guards", "Undecided", "PRECISION_BITS"]

#: Working precision of the approximate (transcendental) values.
PRECISION_BITS = 600
NAN, INF = mpmath.mpf("nan"), mpmath.mpf("inf")


class Undecided(Exception):
    """A guard's value over the reals is not decided by this evaluation."""


def _approx(x):
    return mpmath.mpf(x.numerator) / x.denominator if isinstance(x, Fraction) else x


def _exact(x) -> bool:
    return isinstance(x, Fraction)


def _both(f_exact, f_approx):
    def op(a, b):
        if _exact(a) and _exact(b):
            return f_exact(a, b)
        return f_approx(_approx(a), _approx(b))
    return op


def _divide(a, b):
    if b == 0:
        a = _approx(a)
        return NAN if a == 0 or mpmath.isnan(a) else INF * mpmath.sign(a)
    return a / b if _exact(a) and _exact(b) else _approx(a) / _approx(b)


def _compare(a, b) -> int:
    """The sign of ``a − b`` (NaN: None), refusing approximate values too close to call."""
    if _exact(a) and _exact(b):
        return (a > b) - (a < b)
    a, b = _approx(a), _approx(b)
    if mpmath.isnan(a) or mpmath.isnan(b):
        return None
    if mpmath.isinf(a) or mpmath.isinf(b):
        return (a > b) - (a < b)
    gap = a - b
    if abs(gap) <= mpmath.ldexp(max(1, abs(a), abs(b)), -PRECISION_BITS // 2):
        raise Undecided(f"the sign of {mpmath.nstr(a, 8)} − {mpmath.nstr(b, 8)} is not decided at "
                        f"{PRECISION_BITS} bits")
    return 1 if gap > 0 else -1


def _transcendental(f, defined, exact_at: dict):
    """``f`` on the reals, NaN outside ``defined`` (as numpy), exact at the rational points
    ``exact_at`` (input: value; ``log(1) = 0``), else through mpmath."""
    def op(x):
        if _exact(x) and x in exact_at:
            return exact_at[x]
        x = _approx(x)
        return f(x) if mpmath.isnan(x) or defined(x) else NAN
    return op


def _sqrt(x):
    """√x, exact where x is the square of a rational."""
    if _exact(x) and x >= 0:
        top, bottom = math.isqrt(x.numerator), math.isqrt(x.denominator)
        if Fraction(top * top, bottom * bottom) == x:
            return Fraction(top, bottom)
    return _transcendental(mpmath.sqrt, lambda y: y >= 0, {})(x)


def _maximum(a, b, larger=True):
    order = _compare(a, b)
    if order is None:
        return NAN
    return a if (order >= 0) == larger else b


def _power(x, exponent: float):
    """numpy's array ``x ** exponent``: C's ``pow`` (``x ** 0 = 1``, a whole exponent for any sign,
    ``(-inf) ** c`` is ``inf`` or ``0``), except ``(-inf) ** 0.5 = nan`` (numpy takes an array's ``** 0.5`` as ``sqrt``)."""
    whole = float(exponent).is_integer()
    if exponent == 0:  # x ** 0 = 1 for every x, nan and inf included
        return Fraction(1)
    if x == 0 and exponent < 0:
        return INF
    if _exact(x) and (whole or x in (0, 1)):
        return x ** int(exponent) if whole else x  # 0^e = 0, 1^e = 1 (e > 0)
    x = _approx(x)
    if whole:
        return mpmath.power(x, int(exponent))
    if mpmath.isinf(x) and x < 0 and exponent != 0.5:
        return INF if exponent > 0 else mpmath.mpf(0)
    return NAN if x < 0 else mpmath.power(x, mpmath.mpf(exponent))


def _finite(x) -> bool:
    return _exact(x) or mpmath.isfinite(x)


_MAPS = {
    "add": _both(lambda a, b: a + b, lambda a, b: a + b),
    "subtract": _both(lambda a, b: a - b, lambda a, b: a - b),
    "multiply": _both(lambda a, b: a * b, lambda a, b: a * b),
    "divide": _divide,
    "negative": lambda x: -x, "abs": abs,
    "exp": _transcendental(mpmath.exp, lambda x: True, {Fraction(0): Fraction(1)}),
    "expm1": _transcendental(mpmath.expm1, lambda x: True, {Fraction(0): Fraction(0)}),
    "log": _transcendental(mpmath.log, lambda x: x >= 0, {Fraction(1): Fraction(0), Fraction(0): -INF}),
    "log1p": _transcendental(mpmath.log1p, lambda x: x >= -1, {Fraction(0): Fraction(0), Fraction(-1): -INF}),
    "sqrt": _sqrt,
    "maximum": _maximum, "minimum": lambda a, b: _maximum(a, b, larger=False),
    "less": lambda a, b: _compare(a, b) == -1,
    "less_equal": lambda a, b: _compare(a, b) in (-1, 0),
    "equal": lambda a, b: _compare(a, b) == 0,
    "not_equal": lambda a, b: _compare(a, b) != 0,
    "logical_and": lambda a, b: bool(a) and bool(b), "logical_or": lambda a, b: bool(a) or bool(b),
    "logical_not": lambda a: not a,
    "isnan": lambda x: not _exact(x) and bool(mpmath.isnan(x)),
    "isinf": lambda x: not _exact(x) and bool(mpmath.isinf(x)),
    "isfinite": _finite,
    "to_float": lambda x: Fraction(int(x)) if isinstance(x, (bool, np.bool_)) else x,
    "to_bool": lambda x: _compare(x, Fraction(0)) != 0,
}
_REDUCTIONS = {"sum": _MAPS["add"], "prod": _MAPS["multiply"], "max": _maximum, "min": _MAPS["minimum"]}


def _ufunc(f, arity: int):
    return np.frompyfunc(f, arity, 1)


def _as_exact(array: np.ndarray, dtype: str) -> np.ndarray:
    values = np.asarray(array)
    if dtype == "bool":
        return values.astype(bool).astype(object)
    return np.vectorize(_number, otypes=[object])(values) if values.size else values.astype(object)


def _number(value) -> Fraction | mpmath.mpf:
    """A float64 exactly (±inf and NaN as mpmath's)."""
    value = float(value)
    return Fraction(value) if math.isfinite(value) else mpmath.mpf(value)


def _step(node: Node, args: list, inputs: dict, sizes: dict):
    op, params = node.op, node.params
    if op == "input":
        return _as_exact(inputs[params[0]], "float64")
    if op == "constant":
        return _as_exact(np.asarray(params[0]).reshape(params[1]), node.dtype)
    if op == "fill":
        return _as_exact(np.full(concrete_shape(node.shape, sizes), params[0]), node.dtype)
    if op == "map":
        if params[0] == "pow":
            return _ufunc(lambda x: _power(x, params[1]), 1)(args[0])
        if params[0] == "where":
            return np.where(np.asarray(args[0], dtype=bool), args[1], args[2])
        f = _MAPS[params[0]]
        return _ufunc(f, len(args))(*args)
    if op == "view":
        return np.asarray(args[0], dtype=object)[tuple(slice(None) if item == ":" else item for item in params[0])]
    if op == "transpose":
        return np.transpose(args[0], params[0])
    if op == "broadcast":
        return np.broadcast_to(args[0], concrete_shape(node.shape, sizes))
    if op == "reduce":
        kind, axes, keepdims = params
        x = np.asarray(args[0], dtype=object)
        if kind == "sum" and x.size and isinstance(x.flat[0], (bool, np.bool_)):
            x = _ufunc(_MAPS["to_float"], 1)(x)
        for axis in sorted((a % x.ndim for a in axes), reverse=True):  # the later axes first: indices stay
            x = _ufunc(_REDUCTIONS[kind], 2).reduce(x, axis=axis, keepdims=keepdims)
        return x
    raise Undecided(f"the operation {op!r} is not evaluated exactly")


def _ancestors(program: Program, roots: list[int]) -> list[int]:
    """The nodes ``roots`` depend on, in program order."""
    needed, stack = set(), list(roots)
    while stack:
        node = stack.pop()
        if node not in needed:
            needed.add(node)
            stack.extend(program.nodes[node].inputs)
    return sorted(needed)


def exact_guards(program: Program, inputs: dict[str, np.ndarray]) -> list[bool]:
    """Each guard of ``program`` (:attr:`~proofs.program.Program.guards`) over the reals at the
    float64 ``inputs`` taken exactly; raises :class:`Undecided` where a sign is not decided."""
    sizes = {"n": inputs["p"].shape[0], "k": inputs["p"].shape[1]}
    values: dict[int, np.ndarray] = {}
    with mpmath.workprec(PRECISION_BITS):
        for index in _ancestors(program, [node for node, _ in program.guards]):
            node = program.nodes[index]
            values[index] = _step(node, [values[i] for i in node.inputs], inputs, sizes)
    return [bool(np.asarray(values[node]).reshape(()).item()) for node, _ in program.guards]
