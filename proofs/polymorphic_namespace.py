"""The array API namespace of traced arrays: what ``xp`` is in a rule traced by :mod:`proofs.polymorphic`.

Every function records one program operation (:mod:`proofs.program`) or refuses
(:class:`~proofs.polymorphic.Refused`): elementwise functions broadcast like numpy with
symbolic axes meeting only themselves or length 1, reductions work over any axes,
``argmax`` / ``arange(n)`` give positions that may only be compared with each other
(a first-maximum one-hot). A name not defined here refuses when asked for during a
trace, so ``hasattr(xp, ...)`` cannot steer a rule onto another code path.

>>> import mechanisms
>>> from proofs.polymorphic import trace_program
>>> sorted({node.op for node in trace_program(mechanisms.CATALOGUE["dictator"]).nodes})
['arange', 'argmax', 'constant', 'input', 'map', 'reduce', 'view']
"""

from __future__ import annotations

import builtins

import numpy as np

from .polymorphic import (Dim, Traced, _as_bool, _as_float, _axis, _broadcast, _current, _index, _lift, _map,
                          _node, _program, bool_, float32, float64, int64, isdtype, refuse)

__all__ = ["float32", "float64", "int64", "isdtype"]  # re-exported dtypes of the namespace


# ----------------------------------------------------------- creation, dtypes


def _shape_axes(shape) -> tuple:
    return (_axis(shape),) if not isinstance(shape, (tuple, list)) else tuple(_axis(s) for s in shape)


def full(shape, fill_value, dtype=None, device=None) -> Traced:
    if not isinstance(fill_value, (builtins.bool, int, float, np.bool_, np.integer, np.floating)):
        raise refuse(f"full() with a fill value of type {type(fill_value).__name__}")
    boolean = dtype is bool_ or (dtype is None and isinstance(fill_value, (builtins.bool, np.bool_)))
    if dtype not in (None, float64, bool_):
        raise refuse(f"the dtype {dtype}")
    value = builtins.bool(fill_value) if boolean else float(fill_value)
    return _node("fill", (), (value,), _shape_axes(shape), "bool" if boolean else "float64")


def ones(shape, dtype=None, device=None):
    return full(shape, 1.0, dtype)


def zeros(shape, dtype=None, device=None):
    return full(shape, 0.0, dtype)


def full_like(x, fill_value, dtype=None, device=None):
    return full(x.shape, fill_value, dtype or x.dtype)


def ones_like(x, dtype=None, device=None):
    return full(x.shape, 1, dtype or x.dtype)


def zeros_like(x, dtype=None, device=None):
    return full(x.shape, 0, dtype or x.dtype)


def astype(x, dtype, copy=True, device=None) -> Traced:
    x = _lift(x)
    if dtype is float64:
        return _as_float(x)
    if dtype is bool_:
        return _as_bool(x)
    raise refuse(f"astype to {dtype} (numpy truncates or rounds)")


def asarray(obj, dtype=None, device=None, copy=None) -> Traced:
    if isinstance(obj, (list, tuple)):
        obj = np.asarray(obj)
    x = _lift(obj)
    return astype(x, dtype) if dtype is not None else x


# ------------------------------------------------------------------ views


def expand_dims(x, axis=0):
    x = _lift(x)
    axis = axis % (x.ndim + 1)
    return _index(x, (slice(None),) * axis + (None, Ellipsis))


def squeeze(x, axis):
    x = _lift(x)
    axes = tuple(a % x.ndim for a in (axis if isinstance(axis, tuple) else (axis,)))
    if builtins.any(x.axes[a] != 1 for a in axes):
        raise refuse("squeeze of an axis whose length is not 1")
    return _index(x, tuple(0 if a in axes else slice(None) for a in range(x.ndim)))


def permute_dims(x, axes):
    x = _lift(x)
    return _node("transpose", (x,), (tuple(axes),), tuple(x.axes[a] for a in axes), x._dtype)


def broadcast_to(x, shape):
    x = _lift(x)
    axes = _shape_axes(shape)
    if _broadcast(x, Traced(-1, axes, "float64")) != axes:
        raise refuse(f"broadcasting shape {x.shape} to {shape}")
    return _node("broadcast", (x,), (), axes, x._dtype)


def reshape(x, shape, copy=None):
    raise refuse("reshape (it mixes axes)")


# ------------------------------------------------------------ elementwise


def add(a, b):
    return _map("add", a, b)


def subtract(a, b):
    return _map("subtract", a, b)


def multiply(a, b):
    return _map("multiply", a, b)


def divide(a, b):
    return _map("divide", a, b)


def negative(x):
    return _map("negative", x)


def positive(x):
    return _lift(x)


def abs(x):  # noqa: A001 - array API name
    return _map("abs", x)


def exp(x):
    return _map("exp", x)


def log(x):
    return _map("log", x)


def sqrt(x):
    return _map("sqrt", x)


def square(x):
    return multiply(x, x)


def pow(a, b):  # noqa: A001 - array API name
    if not isinstance(b, (int, float, np.integer, np.floating)) or isinstance(b, (builtins.bool, np.bool_)):
        raise refuse("a power whose exponent is not a number")
    return _map("pow", a, params=(float(b),))


def maximum(a, b):
    return _map("maximum", a, b)


def minimum(a, b):
    return _map("minimum", a, b)


def clip(x, min=None, max=None):  # noqa: A002 - array API names
    if min is not None:
        x = maximum(x, min)
    return minimum(x, max) if max is not None else _lift(x)


def less(a, b):
    return _map("less", a, b, result="bool")


def less_equal(a, b):
    return _map("less_equal", a, b, result="bool")


def greater(a, b):
    return less(b, a)


def greater_equal(a, b):
    return less_equal(b, a)


def equal(a, b):
    return _map("equal", a, b, result="bool")


def not_equal(a, b):
    return _map("not_equal", a, b, result="bool")


def logical_and(a, b):
    return _map("logical_and", a, b, result="bool")


def logical_or(a, b):
    return _map("logical_or", a, b, result="bool")


def logical_not(x):
    return _map("logical_not", x, result="bool")


def isnan(x):
    return _map("isnan", x, result="bool")


def isinf(x):
    return _map("isinf", x, result="bool")


def isfinite(x):
    return _map("isfinite", x, result="bool")


def where(condition, x1, x2):
    c, a, b = _as_bool(_lift(condition)), _lift(x1), _lift(x2)
    if a._dtype == "bool" and b._dtype == "bool":
        return _node("map", (c, a, b), ("where",), _broadcast(c, a, b), "bool")
    a, b = _as_float(a), _as_float(b)
    return _node("map", (c, a, b), ("where",), _broadcast(c, a, b))


# ------------------------------------------------------------- reductions


def _reduce(kind: str, x, axis, keepdims) -> Traced:
    x = _lift(x)
    if x._dtype == "int64":
        raise refuse(f"{kind} of positions (argmax, arange)")
    if kind != "sum" and x._dtype == "bool":
        raise refuse(f"{kind} of booleans")
    axes = tuple(range(x.ndim)) if axis is None else tuple(
        a % x.ndim for a in (axis if isinstance(axis, tuple) else (axis,)))
    out = tuple(1 if a in axes else x.axes[a] for a in range(x.ndim)) if keepdims else \
        tuple(x.axes[a] for a in range(x.ndim) if a not in axes)
    return _node("reduce", (x,), (kind, axes, builtins.bool(keepdims)), out)


def sum(x, axis=None, dtype=None, keepdims=False):  # noqa: A001 - array API name
    return _reduce("sum", x, axis, keepdims)


def prod(x, axis=None, dtype=None, keepdims=False):
    return _reduce("prod", x, axis, keepdims)


def max(x, axis=None, keepdims=False):  # noqa: A001 - array API name
    return _reduce("max", x, axis, keepdims)


def min(x, axis=None, keepdims=False):  # noqa: A001 - array API name
    return _reduce("min", x, axis, keepdims)


def mean(x, axis=None, keepdims=False):
    """``sum / count``, the count itself a sum of ones (numpy's mean divides the same way)."""
    x = _lift(x)
    return divide(sum(x, axis, keepdims=keepdims), sum(ones_like(x), axis, keepdims=keepdims))


def matmul(a, b):
    """``a @ b`` for 1-d and 2-d operands: a broadcast product summed over the shared axis."""
    a, b = _lift(a), _lift(b)
    if a.ndim not in (1, 2) or b.ndim not in (1, 2):
        raise refuse("matmul of arrays with batch axes")
    left = a[:, :, None] if a.ndim == 2 else a[:, None]
    right = b[:, None] if b.ndim == 1 else b if a.ndim == 1 else b[None, :, :]  # (n,) @ (n, k) sums over n
    out = sum(left * right, axis=-2)
    return out[..., 0] if b.ndim == 1 else out


def argmax(x, axis=None, keepdims=False) -> Traced:
    """The first maximum's position along a symbolic axis (an int64 array: only ``==`` with
    ``arange`` of that axis is summarised, as a one-hot)."""
    x = _lift(x)
    if x._dtype != "float64" or (axis is None and x.ndim != 1):
        raise refuse("argmax of booleans or of a flattened array")
    a = (0 if axis is None else axis) % x.ndim
    if not isinstance(x.axes[a], str):
        raise refuse("argmax along a concrete axis")
    axes = tuple(1 if b == a else x.axes[b] for b in range(x.ndim)) if keepdims else \
        tuple(x.axes[b] for b in range(x.ndim) if b != a)
    return _node("argmax", (x,), (a, builtins.bool(keepdims)), axes, "int64")


def arange(start, stop=None, step=1, dtype=None, device=None) -> Traced:
    """``arange(n)`` of a symbolic length: the positions along that axis (int64)."""
    if stop is None and step == 1 and dtype in (None, int64) and isinstance(start, Dim) and len(start.factors) == 1:
        return _node("arange", (), (), start.factors, "int64")
    raise refuse("arange other than arange(n) (positions along an axis)")


def defined_where(condition, message: str) -> None:
    """``mechanisms.validation.check_positive_total``'s hook (see :func:`proofs.namespace.defined_where`):
    a scalar condition (no agent or token axis) is recorded in the program's ``guards``, for
    the all-sizes validity argument to state as its domain (docs/proofs.md §4.2). One with an
    axis is not used: the claims then cover every input, the raising ones included — a wider
    claim than needed, never a wrong one."""
    condition = _lift(condition)
    if condition.axes == () and condition.dtype == bool_:
        _program().guards.append((condition.node, message))


_POSITIONAL = ("argmin", "argsort", "sort", "cumulative_sum", "cumsum", "arange", "concat",
               "stack", "take", "flip", "roll", "unique_values", "nonzero", "searchsorted", "tril", "triu",
               "linspace", "eye")


def __getattr__(name: str):
    # Outside a trace this is an ordinary module: tools probe it for names (pytest's
    # doctest collection asks for `_mock_name` and `pytest_plugins`).
    if name.startswith("__") or _current.get() is None:
        raise AttributeError(name)
    if name in _POSITIONAL:
        raise refuse(f"{name} (positions along an axis)")
    raise refuse(f"the array API function {name!r}")


bool = bool_  # noqa: A001 - the array API name of the boolean dtype
