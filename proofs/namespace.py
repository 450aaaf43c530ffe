"""The array API namespace of :class:`~proofs.symbolic.SymArray` (what ``xp`` is in a rule).

Elementwise functions broadcast like numpy and apply :class:`~proofs.extended.Ext`'s
IEEE-faithful scalar operations; reductions fold along axes; ``sort`` is a
compare-exchange network and ``argmax`` a first-maximum scan (both for small sizes),
both with numpy's NaN conventions.
A function not defined here raises ``NotSymbolic(<name>)`` instead of an
``AttributeError``, so a rule that needs it gets an explicit "not symbolic" verdict.

>>> from proofs.symbolic import SymArray
>>> x = SymArray.coerce([3.0, 1.0, 2.0])
>>> [e.val for e in sort(x, descending=True).elems]
[Fraction(3, 1), Fraction(2, 1), Fraction(1, 1)]
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from .extended import Ext, NotSymbolic, b_and, b_not, b_or, ite
from .functions import ext_exp, ext_log, ext_pow, ext_sqrt, record
from .symbolic import SymArray, bool_, constant, float64, int64, objects

bool = bool_  # noqa: A001 - the array API name of the boolean dtype
_builtin_bool = type(True)


class MissingFunction(NotSymbolic, AttributeError):
    """An array API function this namespace lacks (an AttributeError too, for ``hasattr``)."""


def __getattr__(name: str):
    if name.startswith("__"):
        raise AttributeError(name)
    raise MissingFunction(f"array API function {name!r} is not implemented for symbolic arrays")


# ------------------------------------------------------------------ helpers


def _number(e) -> Ext:
    """A numeric scalar (booleans become 0/1)."""
    return e if isinstance(e, Ext) else Ext(ite(e, 1, 0))


def _map(fn, *arrays, dtype, name: str) -> SymArray:
    record(name)
    arrs = [SymArray.coerce(a) for a in arrays]
    shape = np.broadcast_shapes(*(a.shape for a in arrs))
    views = [np.broadcast_to(a.elems, shape) for a in arrs]
    return SymArray(objects(shape, lambda i: fn(*(v[i] for v in views))), dtype)


def _result_dtype(*arrays):
    dtypes = {SymArray.coerce(a).dtype if isinstance(a, SymArray) else _py_dtype(a) for a in arrays}
    return int64 if dtypes <= {int64, bool_} else float64


def _py_dtype(x):
    if isinstance(x, (_builtin_bool, np.bool_)):
        return bool_
    if isinstance(x, (int, np.integer)):
        return int64
    return float64


def _axes(x: SymArray, axis) -> tuple[int, ...]:
    if axis is None:
        return tuple(range(x.ndim))
    axes = axis if isinstance(axis, tuple) else (axis,)
    return tuple(a % x.ndim for a in axes)


def _reduce(x, axis, keepdims, fold, name, dtype=None) -> SymArray:
    record(name)
    x = SymArray.coerce(x)
    axes = _axes(x, axis)
    kept = [a for a in range(x.ndim) if a not in axes]
    moved = np.transpose(x.elems, kept + list(axes))
    outer = moved.shape[: len(kept)]
    flat = moved.reshape(outer + (-1,))
    out = objects(outer, lambda i: fold(list(flat[i])))
    if keepdims:
        out = out.reshape(tuple(1 if a in axes else x.shape[a] for a in range(x.ndim)))
    return SymArray(out, dtype or x.dtype)


def _along_last(x: SymArray, axis: int, fn) -> SymArray:
    """Apply ``fn(list) -> list`` to every 1-d slice along ``axis``."""
    moved = np.moveaxis(x.elems, axis, -1)
    out = np.empty(moved.shape, dtype=object)
    for index in np.ndindex(*moved.shape[:-1]):
        out[index] = _objects_1d(fn(list(moved[index])))
    return SymArray(np.moveaxis(out, -1, axis), x.dtype)


def _objects_1d(items):
    arr = np.empty(len(items), dtype=object)
    for i, item in enumerate(items):
        arr[i] = item
    return arr


# ------------------------------------------------------------ creation, dtypes


def asarray(obj, dtype=None, device=None, copy=None):
    x = SymArray.coerce(obj)
    return astype(x, dtype) if dtype is not None else x


def astype(x, dtype, copy=True, device=None):
    x = SymArray.coerce(x)
    if dtype is x.dtype:
        return x
    if dtype is bool_:
        return _map(lambda e: b_not(e.eq(Ext.of(0))), x, dtype=bool_, name="astype")
    return _map(_number, x, dtype=dtype, name="astype")


def isdtype(dtype, kind) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    table = {"bool": {bool_}, "real floating": {float64}, "integral": {int64},
             "numeric": {float64, int64}, "signed integer": {int64}}
    return any(dtype is k or dtype in table.get(k, ()) for k in kinds)


def full(shape, fill_value, dtype=None, device=None):
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    value = constant(fill_value)
    return SymArray(objects(shape, lambda _: value), dtype or _py_dtype(fill_value))


def ones(shape, dtype=None, device=None):
    return full(shape, 1.0, dtype or float64)


def zeros(shape, dtype=None, device=None):
    return full(shape, 0.0, dtype or float64)


def full_like(x, fill_value, dtype=None, device=None):
    return full(x.shape, fill_value, dtype or x.dtype)


def ones_like(x, dtype=None, device=None):
    return full(x.shape, 1, dtype or x.dtype)


def zeros_like(x, dtype=None, device=None):
    return full(x.shape, 0, dtype or x.dtype)


def arange(start, stop=None, step=1, dtype=None, device=None):
    values = np.arange(start, stop, step) if stop is not None else np.arange(start)
    return SymArray(objects(values.shape, lambda i: Ext.of(int(values[i]))), dtype or int64)


def reshape(x, shape, copy=None):
    return SymArray(x.elems.reshape(shape), x.dtype)


def expand_dims(x, axis=0):
    return SymArray(np.expand_dims(x.elems, axis), x.dtype)


def broadcast_to(x, shape):
    return SymArray(np.broadcast_to(x.elems, shape).copy(), x.dtype)


# --------------------------------------------------------------- elementwise


def add(a, b):
    return _map(lambda x, y: _number(x) + _number(y), a, b, dtype=_result_dtype(a, b), name="add")


def subtract(a, b):
    return _map(lambda x, y: _number(x) - _number(y), a, b, dtype=_result_dtype(a, b), name="subtract")


def multiply(a, b):
    return _map(lambda x, y: _number(x) * _number(y), a, b, dtype=_result_dtype(a, b), name="multiply")


def divide(a, b):
    return _map(lambda x, y: _number(x) / _number(y), a, b, dtype=float64, name="divide")


def negative(x):
    return _map(lambda e: -_number(e), x, dtype=SymArray.coerce(x).dtype, name="negative")


def abs(x):  # noqa: A001 - array API name
    return _map(lambda e: Ext.select(e.lt(Ext.of(0)), -e, e), x, dtype=SymArray.coerce(x).dtype, name="abs")


def _constant_exponent(e) -> Fraction:
    if not (isinstance(e, Ext) and e.plain and isinstance(e.val, Fraction)):
        raise NotSymbolic("power with a symbolic or non-finite exponent")
    return e.val


def pow(a, b):  # noqa: A001 - array API name
    return _map(lambda x, y: ext_pow(_number(x), _constant_exponent(_number(y))), a, b, dtype=float64, name="pow")


def exp(x):
    return _map(lambda e: ext_exp(_number(e)), x, dtype=float64, name="exp")


def log(x):
    return _map(lambda e: ext_log(_number(e)), x, dtype=float64, name="log")


def sqrt(x):
    return _map(lambda e: ext_sqrt(_number(e)), x, dtype=float64, name="sqrt")


def maximum(a, b):
    return _map(lambda x, y: _number(x).maximum(_number(y)), a, b, dtype=_result_dtype(a, b), name="maximum")


def minimum(a, b):
    return _map(lambda x, y: _number(x).minimum(_number(y)), a, b, dtype=_result_dtype(a, b), name="minimum")


def clip(x, min=None, max=None):  # noqa: A002 - array API names
    if min is not None:
        x = maximum(x, min)
    return minimum(x, max) if max is not None else x


def less(a, b):
    return _map(lambda x, y: _number(x).lt(_number(y)), a, b, dtype=bool_, name="less")


def less_equal(a, b):
    return _map(lambda x, y: _number(x).le(_number(y)), a, b, dtype=bool_, name="less_equal")


def greater(a, b):
    return less(b, a)


def greater_equal(a, b):
    return less_equal(b, a)


def _equal(x, y):
    if isinstance(x, Ext) or isinstance(y, Ext):
        return _number(x).eq(_number(y))
    return b_or(b_and(x, y), b_and(b_not(x), b_not(y)))


def equal(a, b):
    return _map(_equal, a, b, dtype=bool_, name="equal")


def not_equal(a, b):
    return _map(lambda x, y: b_not(_equal(x, y)), a, b, dtype=bool_, name="not_equal")


def _truth(e):
    return b_not(e.eq(Ext.of(0))) if isinstance(e, Ext) else e


def logical_and(a, b):
    return _map(lambda x, y: b_and(_truth(x), _truth(y)), a, b, dtype=bool_, name="logical_and")


def logical_or(a, b):
    return _map(lambda x, y: b_or(_truth(x), _truth(y)), a, b, dtype=bool_, name="logical_or")


def logical_not(x):
    return _map(lambda e: b_not(_truth(e)), x, dtype=bool_, name="logical_not")


def isnan(x):
    return _map(lambda e: _number(e).nan, x, dtype=bool_, name="isnan")


def isinf(x):
    return _map(lambda e: _number(e).inf, x, dtype=bool_, name="isinf")


def isfinite(x):
    return _map(lambda e: _number(e).finite, x, dtype=bool_, name="isfinite")


def where(condition, x1, x2):
    def pick(c, a, b):
        if isinstance(a, Ext) or isinstance(b, Ext):
            return Ext.select(_truth(c), _number(a), _number(b))
        return ite(_truth(c), a, b)

    x1s, x2s = SymArray.coerce(x1), SymArray.coerce(x2)
    dtype = bool_ if x1s.dtype is bool_ and x2s.dtype is bool_ else _result_dtype(x1s, x2s)
    return _map(pick, condition, x1s, x2s, dtype=dtype, name="where")


# ---------------------------------------------------------------- reductions


def sum(x, axis=None, dtype=None, keepdims=False):  # noqa: A001 - array API name
    def fold(items):
        total = _number(items[0])
        for item in items[1:]:
            total = total + _number(item)
        return total

    x = SymArray.coerce(x)
    return _reduce(x, axis, keepdims, fold, "sum", float64 if x.dtype is bool_ else x.dtype)


def mean(x, axis=None, keepdims=False):
    x = SymArray.coerce(x)
    count = int(np.prod([x.shape[a] for a in _axes(x, axis)]))
    return divide(sum(x, axis=axis, keepdims=keepdims), float(count))


def _extreme(x, axis, keepdims, pick: str):
    """``max`` or ``min`` along ``axis`` through ``Ext.maximum`` / ``Ext.minimum``."""
    def fold(items):
        best = _number(items[0])
        for item in items[1:]:
            best = getattr(best, pick)(_number(item))
        return best

    return _reduce(x, axis, keepdims, fold, pick[:3])


def max(x, axis=None, keepdims=False):  # noqa: A001 - array API name
    return _extreme(x, axis, keepdims, "maximum")


def min(x, axis=None, keepdims=False):  # noqa: A001 - array API name
    return _extreme(x, axis, keepdims, "minimum")


def _nan_last_greater(a: Ext, b: Ext):
    """numpy's sort order: NaN above everything, then the usual order."""
    return b_or(b_and(a.nan, b_not(b.nan)), b_and(b_not(a.nan), b.lt(a)))


def argmax(x, axis=None, keepdims=False):
    def fold(items):
        items = [_number(e) for e in items]
        best, index = items[0], Ext.of(0)
        for j, item in enumerate(items[1:], start=1):
            # numpy: the first NaN wins; otherwise the first strict maximum
            better = b_or(b_and(item.nan, b_not(best.nan)), b_and(b_not(best.nan), best.lt(item)))
            best, index = Ext.select(better, item, best), Ext.select(better, Ext.of(j), index)
        return index

    x = SymArray.coerce(x)
    if axis is None and x.ndim > 1:
        raise NotSymbolic("argmax over a flattened multi-dimensional array")
    return _reduce(x, axis if axis is not None else 0, keepdims, fold, "argmax", int64)


def sort(x, axis=-1, descending=False, stable=True):
    """Ascending with NaN last, then flipped for ``descending`` (array_api_compat's numpy)."""

    def network(items):
        items = [_number(e) for e in items]
        # odd-even transposition sort: len(items) rounds of compare-exchange
        for round_ in range(len(items)):
            for i in range(round_ % 2, len(items) - 1, 2):
                swap = _nan_last_greater(items[i], items[i + 1])
                items[i], items[i + 1] = Ext.select(swap, items[i + 1], items[i]), Ext.select(swap, items[i], items[i + 1])
        return items[::-1] if descending else items

    record("sort")
    return _along_last(SymArray.coerce(x), axis, network)


def cumulative_sum(x, axis=None, dtype=None, include_initial=False):
    def prefix(items):
        out, total = ([Ext.of(0)] if include_initial else []), None
        for item in items:
            total = _number(item) if total is None else total + _number(item)
            out.append(total)
        return out

    record("cumulative_sum")
    x = SymArray.coerce(x)
    if axis is None:
        if x.ndim != 1:
            raise NotSymbolic("cumulative_sum without an axis on a multi-dimensional array")
        axis = 0
    return _along_last(x, axis, prefix)
