"""The array API namespace of :class:`~proofs.symbolic.SymArray` (what ``xp`` is in a rule).

Every function follows numpy (``array_api_compat.numpy``) exactly on the values and
dtypes it accepts, or refuses with :class:`~proofs.extended.NotSymbolic`: dtypes are
numpy's ``float64``, ``int64`` and ``bool`` with numpy's promotion (Python scalars are
weak); ``astype`` to ``int64`` truncates toward zero (constants only); ``arange`` is
numpy's own array; elementwise functions broadcast like numpy and apply
:class:`~proofs.extended.Ext`'s IEEE-faithful scalar operations; reductions fold along
axes; ``sort`` is a compare-exchange network and ``argmax`` a first-maximum scan (both
for small sizes), both with numpy's NaN conventions. Where numpy raises (``max`` of an
empty array, an integer to a negative power) or computes something not encoded
(arithmetic on booleans, bitwise operators), the namespace refuses. A function not
defined here raises ``MissingFunction`` while a rule is evaluated (a ``NotSymbolic``,
so ``hasattr(xp, name)`` refuses rather than answering False, which would send the
rule down another path).

>>> from proofs.symbolic import SymArray
>>> x = SymArray.coerce([3.0, 1.0, 2.0])
>>> [e.val for e in sort(x, descending=True).elems]
[Fraction(3, 1), Fraction(2, 1), Fraction(1, 1)]
>>> [e.val for e in astype(SymArray.coerce([2.5, -2.5]), int64).elems]
[Fraction(2, 1), Fraction(-2, 1)]
"""

from __future__ import annotations

import math
from fractions import Fraction

import array_api_compat.numpy as _numpy_api
import mpmath
import numpy as np

from .extended import Ext, NotSymbolic, b_and, b_not, b_or, is_term, ite, recording
from .functions import defined_where as _record_guard, ext_exp, ext_expm1, ext_array_pow, ext_log, ext_log1p, ext_sqrt, record
from .symbolic import SymArray, constant, dtype_of, objects
from .symbolic import bool_ as BOOL, float64 as FLOAT64, int64 as INT64

# the array API's names, as array_api_compat.numpy has them
bool = np.bool_  # noqa: A001
float64, int64 = np.float64, np.int64
inf, nan, pi, e, newaxis = math.inf, math.nan, math.pi, math.e, None
finfo, iinfo = np.finfo, np.iinfo
_builtin_bool = type(True)

#: Largest magnitude numpy converts from float64 to int64 without an undefined result.
_INT64_LIMIT = 2**63


class MissingFunction(NotSymbolic):
    """An array API function this namespace lacks."""


def __getattr__(name: str):
    # while a rule runs (refusals are recorded) a missing name refuses; tools that
    # inspect the module (doctest, pydoc) probe names and get a plain AttributeError
    if name.startswith("__") or not recording():
        raise AttributeError(name)
    raise MissingFunction(f"array API function {name!r} is not implemented for symbolic arrays")


# ------------------------------------------------------------------ helpers


def _number(e) -> Ext:
    """A numeric scalar (booleans become 0/1)."""
    return e if isinstance(e, Ext) else Ext(ite(e, 1, 0), nonneg=True)


def _truth(e):
    """numpy's truth value of a scalar: non-zero (NaN included) is True."""
    return b_not(e.eq(Ext.of(0))) if isinstance(e, Ext) else e


def _map(fn, *arrays, dtype, name: str) -> SymArray:
    record(name)
    arrs = [SymArray.coerce(a) for a in arrays]
    shape = np.broadcast_shapes(*(a.shape for a in arrs))
    views = [np.broadcast_to(a.elems, shape) for a in arrs]
    return SymArray(objects(shape, lambda i: fn(*(v[i] for v in views))), dtype)


def _kind(x):
    """The dtype of an array, or the Python type of a (weak) scalar."""
    if isinstance(x, (SymArray, np.ndarray)):
        return x.dtype
    if isinstance(x, (_builtin_bool, np.bool_)):
        return BOOL
    return INT64 if isinstance(x, (int, np.integer)) else FLOAT64


def _result_dtype(*operands):
    """numpy's promotion among bool < int64 < float64 (Python scalars promote the same way)."""
    kinds = {_kind(x) for x in operands}
    return FLOAT64 if FLOAT64 in kinds else INT64 if INT64 in kinds else BOOL


def _numeric_dtype(name: str, *operands):
    dtype = _result_dtype(*operands)
    if dtype == BOOL:
        raise NotSymbolic(f"{name} of booleans (numpy computes logical or/and, or raises)")
    return dtype


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


def _along_last(x: SymArray, axis: int, fn, dtype=None) -> SymArray:
    """Apply ``fn(list) -> list`` to every 1-d slice along ``axis``."""
    moved = np.moveaxis(x.elems, axis, -1)
    items = [fn(list(moved[index])) for index in np.ndindex(*moved.shape[:-1])]
    length = len(items[0]) if items else moved.shape[-1]
    out = np.empty(moved.shape[:-1] + (length,), dtype=object)
    for index, row in zip(np.ndindex(*moved.shape[:-1]), items):
        for j, item in enumerate(row):
            out[index + (j,)] = item
    return SymArray(np.moveaxis(out, -1, axis), dtype or x.dtype)


def _nonempty(x: SymArray, axis, name: str) -> None:
    if any(x.shape[a] == 0 for a in _axes(x, axis)):
        raise NotSymbolic(f"{name} of an empty array (numpy raises ValueError)")


# ------------------------------------------------------------ creation, dtypes


def asarray(obj, dtype=None, device=None, copy=None):
    x = SymArray.coerce(obj)
    return astype(x, dtype) if dtype is not None else x


def _to_int(e) -> Ext:
    """numpy's float -> int64 cast: truncation toward zero (exact constants only)."""
    if not isinstance(e, Ext):
        return _number(e)
    if not e.plain:
        raise NotSymbolic("astype to int64 of a value that may be inf or NaN (numpy's result is arbitrary)")
    if is_term(e.val):
        raise NotSymbolic("astype of a symbolic real to int64 (truncation toward zero is not encoded)")
    whole = int(e.val)  # int() truncates toward zero, as numpy's cast does
    if isinstance(e.val, mpmath.mpf) and mpmath.fabs(e.val - mpmath.nint(e.val)) < mpmath.mpf(2) ** (-mpmath.mp.prec // 2):
        raise NotSymbolic("astype to int64 of a high-precision value too close to an integer to truncate")
    if not -_INT64_LIMIT <= whole < _INT64_LIMIT:
        raise NotSymbolic("astype to int64 of a value outside int64's range")
    return Ext(Fraction(whole))


def astype(x, dtype, copy=True, device=None):
    x, dtype = SymArray.coerce(x), dtype_of(dtype)
    if dtype == x.dtype:
        return x
    if dtype == BOOL:
        return _map(_truth, x, dtype=BOOL, name="astype")
    return _map(_number if dtype == FLOAT64 else _to_int, x, dtype=dtype, name="astype")


def isdtype(dtype, kind) -> _builtin_bool:
    return _numpy_api.isdtype(dtype, kind)


def full(shape, fill_value, dtype=None, device=None):
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    value = constant(fill_value)
    out = SymArray(objects(shape, lambda _: value), _kind(fill_value))
    return astype(out, dtype) if dtype is not None else out


def ones(shape, dtype=None, device=None):
    return full(shape, 1.0, dtype)


def zeros(shape, dtype=None, device=None):
    return full(shape, 0.0, dtype)


def full_like(x, fill_value, dtype=None, device=None):
    return full(x.shape, fill_value, dtype if dtype is not None else x.dtype)


def ones_like(x, dtype=None, device=None):
    return full_like(x, 1, dtype)


def zeros_like(x, dtype=None, device=None):
    return full_like(x, 0, dtype)


def arange(start, stop=None, step=1, dtype=None, device=None):
    """numpy's own ``arange`` (its length and float64 values), taken exactly."""
    if any(isinstance(a, (SymArray, Ext)) for a in (start, stop, step)):
        raise NotSymbolic("arange with array arguments")
    out = SymArray.coerce(np.arange(start, stop, step))
    return astype(out, dtype) if dtype is not None else out


def reshape(x, shape, copy=None):
    return SymArray(x.elems.reshape(shape), x.dtype)


def expand_dims(x, axis=0):
    return SymArray(np.expand_dims(x.elems, axis), x.dtype)


def broadcast_to(x, shape):
    return SymArray(np.broadcast_to(x.elems, shape).copy(), x.dtype)


# --------------------------------------------------------------- elementwise


def add(a, b):
    return _map(lambda x, y: _number(x) + _number(y), a, b, dtype=_numeric_dtype("add", a, b), name="add")


def subtract(a, b):
    return _map(lambda x, y: _number(x) - _number(y), a, b, dtype=_numeric_dtype("subtract", a, b), name="subtract")


def multiply(a, b):
    return _map(lambda x, y: _number(x) * _number(y), a, b, dtype=_numeric_dtype("multiply", a, b), name="multiply")


def divide(a, b):
    return _map(lambda x, y: _number(x) / _number(y), a, b, dtype=FLOAT64, name="divide")


def negative(x):
    return _map(lambda e: -_number(e), x, dtype=_numeric_dtype("negative", x), name="negative")


def abs(x):  # noqa: A001 - array API name
    x = SymArray.coerce(x)
    if x.dtype == BOOL:
        return x
    def one(e):
        out = Ext.select(e.lt(Ext.of(0)), -e, e)
        return Ext(out.val, out.pinf, out.ninf, out.nan, nonneg=True)  # abs(-0) = +0

    return _map(one, x, dtype=x.dtype, name="abs")


def _constant_exponent(e) -> Fraction:
    if not (isinstance(e, Ext) and e.plain and isinstance(e.val, (int, Fraction))):
        raise NotSymbolic("power with a symbolic or non-finite exponent")
    return Fraction(e.val)


def pow(a, b):  # noqa: A001 - array API name
    dtype = _numeric_dtype("pow", a, b)
    if _kind(a) == BOOL:
        raise NotSymbolic("pow of a boolean base")

    def one(x, y):
        c = _constant_exponent(_number(y))
        if dtype == INT64 and c < 0:
            raise NotSymbolic("an integer to a negative integer power (numpy raises ValueError)")
        return ext_array_pow(_number(x), c)

    return _map(one, a, b, dtype=dtype, name="pow")


def exp(x):
    return _map(lambda e: ext_exp(_number(e)), x, dtype=FLOAT64, name="exp")


def log(x):
    return _map(lambda e: ext_log(_number(e)), x, dtype=FLOAT64, name="log")


def sqrt(x):
    return _map(lambda e: ext_sqrt(_number(e)), x, dtype=FLOAT64, name="sqrt")


def log1p(x):
    return _map(lambda e: ext_log1p(_number(e)), x, dtype=FLOAT64, name="log1p")


def expm1(x):
    return _map(lambda e: ext_expm1(_number(e)), x, dtype=FLOAT64, name="expm1")


def maximum(a, b):
    dtype = _result_dtype(a, b)
    if dtype == BOOL:
        return logical_or(a, b)
    return _map(lambda x, y: _number(x).maximum(_number(y)), a, b, dtype=dtype, name="maximum")


def minimum(a, b):
    dtype = _result_dtype(a, b)
    if dtype == BOOL:
        return logical_and(a, b)
    return _map(lambda x, y: _number(x).minimum(_number(y)), a, b, dtype=dtype, name="minimum")


def clip(x, min=None, max=None):  # noqa: A002 - array API names
    x = SymArray.coerce(x)
    if _result_dtype(x, *(v for v in (min, max) if v is not None)) != x.dtype:
        raise NotSymbolic("clip with bounds of another dtype than the array")
    if min is not None:
        x = maximum(x, min)
    return minimum(x, max) if max is not None else x


def less(a, b):
    return _map(lambda x, y: _number(x).lt(_number(y)), a, b, dtype=BOOL, name="less")


def less_equal(a, b):
    return _map(lambda x, y: _number(x).le(_number(y)), a, b, dtype=BOOL, name="less_equal")


def greater(a, b):
    return less(b, a)


def greater_equal(a, b):
    return less_equal(b, a)


def _equal(x, y):
    if isinstance(x, Ext) or isinstance(y, Ext):
        return _number(x).eq(_number(y))
    return b_or(b_and(x, y), b_and(b_not(x), b_not(y)))


def equal(a, b):
    return _map(_equal, a, b, dtype=BOOL, name="equal")


def not_equal(a, b):
    return _map(lambda x, y: b_not(_equal(x, y)), a, b, dtype=BOOL, name="not_equal")


def logical_and(a, b):
    return _map(lambda x, y: b_and(_truth(x), _truth(y)), a, b, dtype=BOOL, name="logical_and")


def logical_or(a, b):
    return _map(lambda x, y: b_or(_truth(x), _truth(y)), a, b, dtype=BOOL, name="logical_or")


def logical_not(x):
    return _map(lambda e: b_not(_truth(e)), x, dtype=BOOL, name="logical_not")


def isnan(x):
    return _map(lambda e: _number(e).nan, x, dtype=BOOL, name="isnan")


def isinf(x):
    return _map(lambda e: _number(e).inf, x, dtype=BOOL, name="isinf")


def isfinite(x):
    return _map(lambda e: _number(e).finite, x, dtype=BOOL, name="isfinite")


def where(condition, x1, x2):
    def pick(c, a, b):
        if dtype == BOOL:
            return ite(_truth(c), a, b)
        return Ext.select(_truth(c), _number(a), _number(b))

    dtype = _result_dtype(x1, x2)
    return _map(pick, condition, x1, x2, dtype=dtype, name="where")


def defined_where(condition, message: str) -> None:
    """Not an array API function: ``mechanisms.validation.check_positive_total`` hands over
    the condition under which a rule does not raise ``InvalidInput(message)``; every entry
    of ``condition`` must hold. Recorded on the active tracer for the provers to state as
    the domain of a claim (docs/proofs.md §3.2)."""
    _record_guard(b_and(*(_truth(e) for e in SymArray.coerce(condition).elems.flat)), message)


# ---------------------------------------------------------------- reductions


def _total(items) -> Ext:
    total = _number(items[0]) if items else Ext.of(0)
    for item in items[1:]:
        total = total + _number(item)
    return total


def sum(x, axis=None, dtype=None, keepdims=False):  # noqa: A001 - array API name
    x = SymArray.coerce(x)
    if dtype is not None:
        x = astype(x, dtype)
    return _reduce(x, axis, keepdims, _total, "sum", INT64 if x.dtype == BOOL else x.dtype)


def mean(x, axis=None, keepdims=False):
    x = SymArray.coerce(x)
    count = int(np.prod([x.elems.shape[a] for a in _axes(x, axis)]))
    return divide(sum(x, axis=axis, keepdims=keepdims), float(count))  # 0 / 0 = nan when empty


def _extreme(x, axis, keepdims, pick: str):
    """``max`` or ``min`` along ``axis`` through ``Ext.maximum`` / ``Ext.minimum``."""
    x = SymArray.coerce(x)
    _nonempty(x, axis, pick[:3])
    if x.dtype == BOOL:
        fold = (lambda items: b_or(*items)) if pick == "maximum" else (lambda items: b_and(*items))
        return _reduce(x, axis, keepdims, fold, pick[:3])

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
    axis = axis if axis is not None else 0
    _nonempty(x, axis, "argmax")
    return _reduce(x, axis, keepdims, fold, "argmax", INT64)


def sort(x, axis=-1, descending=False, stable=True):
    """Ascending with NaN last, then flipped for ``descending`` (array_api_compat's numpy)."""

    def network(items):
        items = [_number(e) for e in items]
        # odd-even transposition sort: len(items) rounds of compare-exchange; it swaps
        # only strictly out-of-order neighbours, so it is stable like numpy's
        for round_ in range(len(items)):
            for i in range(round_ % 2, len(items) - 1, 2):
                swap = _nan_last_greater(items[i], items[i + 1])
                items[i], items[i + 1] = Ext.select(swap, items[i + 1], items[i]), Ext.select(swap, items[i], items[i + 1])
        items = items[::-1] if descending else items
        return [_truth(e) for e in items] if boolean else items

    record("sort")
    x = SymArray.coerce(x)
    boolean = x.dtype == BOOL
    return _along_last(x, axis, network)


def cumulative_sum(x, axis=None, dtype=None, include_initial=False):
    def prefix(items):
        out, total = ([Ext.of(0)] if include_initial else []), None
        for item in items:
            total = _number(item) if total is None else total + _number(item)
            out.append(total)
        return out

    record("cumulative_sum")
    x = SymArray.coerce(x)
    if dtype is not None:
        x = astype(x, dtype)
    if axis is None:
        if x.ndim != 1:
            raise NotSymbolic("cumulative_sum without an axis on a multi-dimensional array")
        axis = 0
    return _along_last(x, axis, prefix, INT64 if x.dtype == BOOL else x.dtype)
